package nl.stm.pipeline.reconcile;

import nl.stm.pipeline.pdf.page.BBox;

/**
 * Where a figure of a finding was printed or submitted: a letter (document, page, table, row, and
 * the box the figure was printed in, when known) or a partner file (file, line). Unused parts are null.
 */
public record Source(String document, Integer page, String table, String row, String file, Integer line, BBox box) {

	public static Source letter(String document, int page, String table, String row) {
		return letter(document, page, table, row, null);
	}

	public static Source letter(String document, int page, String table, String row, BBox box) {
		return new Source(document, page, table, row, null, null, box);
	}

	public static Source partnerFile(String file, int line) {
		return new Source(null, null, null, null, file, line, null);
	}

	@Override
	public String toString() {
		if (file != null) {
			return file + " line " + line;
		}
		return document + " p. " + page + ", " + table + (row == null ? "" : ", " + row);
	}
}
