package nl.stm.pipeline.pdf.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into lines (shared baseline) and words (no visual gap). Works on glyph geometry
 * only, so it gives the same result whether a producer writes whole words, single characters or
 * omits space characters altogether.
 */
public final class LineBuilder {

	/** A gap wider than this share of the font size separates two words. */
	private static final float WORD_GAP = 0.18f;

	/** A gap wider than this share of the font size is a column gap, not a word space. */
	private static final float COLUMN_GAP = 0.8f;

	/**
	 * Glyphs whose baselines differ by less than this share of the font size share a line, so a
	 * superscript footnote mark stays on its line while a caption wrapped beside a vertically
	 * centred year header (half a line away) does not.
	 */
	private static final float LINE_TOLERANCE = 0.42f;

	private LineBuilder() {
	}

	public static List<TextLine> build(int page, List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
		List<TextLine> lines = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		float lineY = 0;
		float lineSize = 0;
		for (Glyph g : sorted) {
			if (!current.isEmpty() && Math.abs(g.y() - lineY) > LINE_TOLERANCE * Math.max(Math.max(g.fontSize(), lineSize), 4)) {
				addLine(page, current, lines);
				current = new ArrayList<>();
			}
			if (current.isEmpty()) {
				lineY = g.y();
				lineSize = 0;
			}
			lineSize = Math.max(lineSize, g.fontSize());
			current.add(g);
		}
		addLine(page, current, lines);
		return lines;
	}

	private static void addLine(int page, List<Glyph> glyphs, List<TextLine> lines) {
		if (glyphs.isEmpty()) {
			return;
		}
		glyphs.sort(Comparator.comparingDouble(Glyph::x));
		List<Word> words = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		float x0 = 0;
		float x1 = 0;
		float size = 0;
		int bold = 0;
		int count = 0;
		float previousRight = Float.NaN;
		float wordEnd = Float.NaN;
		float maxSize = 0;
		float baseline = 0;
		for (Glyph g : glyphs) {
			maxSize = Math.max(maxSize, g.fontSize());
			float fs = Math.max(g.fontSize(), 4);
			boolean gap = !Float.isNaN(previousRight) && g.x() - previousRight > WORD_GAP * fs;
			if ((g.isBlank() || gap) && count > 0) {
				words.add(word(text, x0, x1, size / count, bold * 2 > count, words.isEmpty(), wordEnd, fs));
				wordEnd = x1;
				text.setLength(0);
				count = 0;
				bold = 0;
				size = 0;
			}
			previousRight = Math.max(g.right(), Float.isNaN(previousRight) ? g.right() : previousRight);
			if (g.isBlank()) {
				continue;
			}
			if (count == 0) {
				x0 = g.x();
			}
			text.append(g.text());
			x1 = Math.max(x1, g.right());
			size += g.fontSize();
			bold += g.bold() ? 1 : 0;
			count++;
			baseline = Math.max(baseline, g.y());
		}
		if (count > 0) {
			words.add(word(text, x0, x1, size / count, bold * 2 > count, words.isEmpty(), wordEnd, Math.max(size / count, 4)));
		}
		if (!words.isEmpty()) {
			lines.add(new TextLine(page, dominantBaseline(glyphs), maxSize, List.copyOf(words)));
		}
	}

	private static Word word(StringBuilder text, float x0, float x1, float size, boolean bold, boolean first,
			float previousEnd, float fs) {
		boolean columnGap = !first && !Float.isNaN(previousEnd) && x0 - previousEnd > COLUMN_GAP * fs;
		return new Word(text.toString(), x0, x1, size, bold, columnGap);
	}

	/**
	 * The baseline most glyphs sit on, so a superscript does not move the line. Glyphs on the same
	 * baseline give the same count, so each distinct baseline is counted once.
	 */
	private static float dominantBaseline(List<Glyph> glyphs) {
		float best = glyphs.get(0).y();
		int bestCount = 0;
		float[] counted = new float[glyphs.size()];
		int distinct = 0;
		next: for (Glyph g : glyphs) {
			float y = g.y();
			for (int i = 0; i < distinct; i++) {
				if (counted[i] == y) {
					continue next;
				}
			}
			counted[distinct++] = y;
			int n = 0;
			for (Glyph h : glyphs) {
				if (Math.abs(h.y() - y) < 0.5f) {
					n++;
				}
			}
			if (n > bestCount) {
				bestCount = n;
				best = y;
			}
		}
		return best;
	}
}
