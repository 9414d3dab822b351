package nl.stm.pipeline.reconcile;

/**
 * Where a figure of a finding was printed or submitted: a letter (document, page, table, row) or a
 * partner file (file, line). Unused parts are null.
 */
public record Source(String document, Integer page, String table, String row, String file, Integer line) {

	public static Source letter(String document, int page, String table, String row) {
		return new Source(document, page, table, row, null, null);
	}

	public static Source partnerFile(String file, int line) {
		return new Source(null, null, null, null, file, line);
	}

	@Override
	public String toString() {
		if (file != null) {
			return file + " line " + line;
		}
		return document + " p. " + page + ", " + table + (row == null ? "" : ", " + row);
	}
}
