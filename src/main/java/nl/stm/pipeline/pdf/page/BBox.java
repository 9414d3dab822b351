package nl.stm.pipeline.pdf.page;

import java.util.List;

/**
 * Where something was printed: page and box in PDF points, origin at the top-left of the page as
 * PDFBox lays out text (y grows downwards). The box of text runs from a line's baseline minus its
 * font size (the tallest glyphs) to a quarter of the font size below the baseline (descenders). It
 * lets a report cut the printed row or figure from the page as evidence.
 */
public record BBox(int page, float x0, float y0, float x1, float y1) {

	/** The box of words of one text line. */
	public static BBox of(TextLine line, List<Word> words) {
		float x0 = Float.MAX_VALUE;
		float x1 = -Float.MAX_VALUE;
		for (Word w : words) {
			x0 = Math.min(x0, w.x0());
			x1 = Math.max(x1, w.x1());
		}
		return new BBox(line.page(), x0, line.y() - line.fontSize(), x1, line.y() + 0.25f * line.fontSize());
	}

	/** The smallest box holding both; {@code other} may be null. Both must be on the same page. */
	public BBox union(BBox other) {
		if (other == null) {
			return this;
		}
		return new BBox(page, Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1),
				Math.max(y1, other.y1));
	}
}
