package nl.stm.pipeline.partner;

/**
 * Bytes of a UTF-8 file that are not UTF-8, carried through the text as lone low surrogates
 * U+DC80–U+DCFF (one per byte, as Python's {@code surrogateescape}): strict UTF-8 never decodes to
 * a lone surrogate, so they stand only for such bytes, and the byte is recovered exactly.
 */
final class InvalidBytes {

	private static final char FIRST = '\uDC80';

	private InvalidBytes() {
	}

	/** The character that stands for an invalid byte (0x80–0xFF). */
	static char escape(byte b) {
		return (char) (0xDC00 + (b & 0xff));
	}

	private static boolean isEscape(String text, int i) {
		char c = text.charAt(i);
		return c >= FIRST && c <= '\uDCFF' && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
	}

	/** What is invalid in the text ("byte 0xE9 at column 12", "3 bytes, the first 0xE9 at column 12"), or null. */
	static String describe(String text) {
		int count = 0;
		int first = -1;
		for (int i = 0; i < text.length(); i++) {
			if (isEscape(text, i)) {
				count++;
				first = first < 0 ? i : first;
			}
		}
		if (count == 0) {
			return null;
		}
		String at = String.format("0x%02X at column %d", text.charAt(first) - 0xDC00, first + 1);
		return count == 1 ? "byte " + at : count + " bytes, the first " + at;
	}

	/** The text with every invalid byte written as {@code \xNN}. */
	static String shown(String text) {
		StringBuilder s = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			if (isEscape(text, i)) {
				s.append(String.format("\\x%02X", text.charAt(i) - 0xDC00));
			}
			else {
				s.append(text.charAt(i));
			}
		}
		return s.toString();
	}
}
