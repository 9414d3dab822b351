package nl.stm.pipeline.report;

/**
 * Neutralises text that a spreadsheet would run as a formula (OWASP "CSV Injection", CWE-1236):
 * text from letters and partners that starts with {@code = + - @}, a tab, CR or LF gets a leading
 * apostrophe, so Excel and LibreOffice show it as text. Only for text columns: numbers are never
 * altered (a negative amount starts with a minus).
 */
public final class FormulaGuard {

	private FormulaGuard() {
	}

	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + text;
			default -> text;
		};
	}
}
