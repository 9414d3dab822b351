package nl.stm.pipeline.pdf.page;

/**
 * A run of glyphs without a visual gap: the unit the table reader assigns to columns.
 * {@code gapBefore} is true when the word is separated from the previous one on its line by
 * more than a word space (a column gap rather than a space inside a sentence).
 */
public record Word(String text, float x0, float x1, float fontSize, boolean bold, boolean gapBefore) {

	public float center() {
		return (x0 + x1) / 2;
	}
}
