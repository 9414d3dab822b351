package nl.stm.pipeline.pdf.page;

/**
 * One printed character in page coordinates (origin top-left, y = baseline), with the styling
 * signals a table reader needs: size for line grouping, boldness for "new action" rows.
 */
public record Glyph(String text, float x, float y, float width, float height, float fontSize, boolean bold) {

	public float right() {
		return x + width;
	}

	/** A space of any kind, the no-break spaces producers put between "€" and its amount included. */
	public boolean isBlank() {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}
}
