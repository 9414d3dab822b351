package nl.stm.pipeline.ops;

/**
 * Text from inputs (file names, cell values, messages of parsers) made inert for our output: every
 * control character is escaped ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}, …), so one
 * file or row is always exactly one printed line and no input can forge a line of its own or send
 * terminal escape sequences.
 */
public final class OneLine {

	private OneLine() {
	}

	public static String of(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder s = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
			if (control && s == null) {
				s = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (s != null) {
				if (!control) {
					s.append(c);
				}
				else if (c == '\n') {
					s.append("\\n");
				}
				else if (c == '\r') {
					s.append("\\r");
				}
				else if (c == '\t') {
					s.append("\\t");
				}
				else {
					s.append(String.format("\\u%04x", (int) c));
				}
			}
		}
		return s == null ? text : s.toString();
	}
}
