package nl.stm.pipeline.partner;

import java.text.Normalizer;

/** Folding of partner text for matching: case, accents, punctuation and spacing do not count. */
final class Text {

	private Text() {
	}

	/**
	 * Lower case, accents removed, every run of characters that are not letters or digits turned
	 * into one space, trimmed: {@code "Stand van zaken"} and {@code " stand-van  ZAKEN "} both give
	 * {@code "stand van zaken"}.
	 */
	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String s = text;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) >= 0x80) {
				s = Normalizer.normalize(s, Normalizer.Form.NFD);
				break;
			}
		}
		StringBuilder out = new StringBuilder(s.length());
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (Character.isLetterOrDigit(c)) {
				if (space && out.length() > 0) {
					out.append(' ');
				}
				space = false;
				out.append(Character.toLowerCase(c));
			}
			else {
				space = true;
			}
		}
		return out.toString();
	}

	/** Whether a cell is empty: nothing but spaces (including no-break spaces). */
	static boolean isBlank(String value) {
		if (value == null) {
			return true;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F') {
				return false;
			}
		}
		return true;
	}

	/** A cell without surrounding spaces (including no-break spaces), or null when it is blank. */
	static String clean(String value) {
		if (isBlank(value)) {
			return null;
		}
		int start = 0;
		int end = value.length();
		while (isSpace(value.charAt(start))) {
			start++;
		}
		while (isSpace(value.charAt(end - 1))) {
			end--;
		}
		return start == 0 && end == value.length() ? value : value.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
	}

	/** A value for a one-line message: quoted, line breaks shown as spaces, cut at 60 characters. */
	static String quote(String value) {
		String s = value == null ? "" : value.replaceAll("[\\r\\n\\t]+", " ");
		return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
	}
}
