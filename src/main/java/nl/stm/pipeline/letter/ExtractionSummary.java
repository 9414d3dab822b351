package nl.stm.pipeline.letter;

import nl.stm.pipeline.pdf.ExtractedLetter;

/**
 * The one line {@code extract} prints on standard error per file read: what was found (tables and rows) and
 * how many warnings, so that a letter read as empty is seen at once, without reading the JSON.
 */
final class ExtractionSummary {

	private ExtractionSummary() {
	}

	static String of(ExtractedLetter letter) {
		int actionRows = letter.actielijnTables().stream().mapToInt(t -> t.rows().size()).sum();
		int progressRows = letter.progressReports().stream().mapToInt(r -> r.rows().size()).sum();
		StringBuilder line = new StringBuilder(letter.fileName()).append(": ");
		line.append(letter.overview() == null ? "no programme overview"
				: "programme overview (" + letter.overview().lines().size() + " lines)");
		line.append(", ").append(count(letter.actielijnTables().size(), "actielijn table"));
		line.append(" (").append(count(actionRows, "row")).append(")");
		line.append(", ").append(count(letter.progressReports().size(), "progress report"));
		if (!letter.progressReports().isEmpty()) {
			line.append(" (").append(count(progressRows, "row")).append(")");
		}
		line.append(", ").append(count(letter.warnings().size(), "warning"));
		if (!letter.warnings().isEmpty()) {
			line.append(": ").append(letter.warnings().get(0));
			if (letter.warnings().size() > 1) {
				line.append(" …");
			}
		}
		return line.toString();
	}

	private static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
