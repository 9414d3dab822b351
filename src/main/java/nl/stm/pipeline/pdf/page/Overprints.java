package nl.stm.pipeline.pdf.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs painted so far on a page, to find the same character painted again at (nearly) the
 * same place, which producers do for two reasons that matter here: a duplicate, which PDFBox's
 * text stripper drops so the text is printed once (its rule is reproduced exactly: an earlier shown
 * glyph of the same text within a third of the glyph's width, both ways), and "fake bold", a word
 * painted twice a fraction of a point apart, whose glyphs are all bold. Both are found in one
 * lookup in a coarse grid of hashed cells, which is much cheaper than the stripper's own sorted maps.
 */
final class Overprints {

	private static final float CELL = 4f;

	private static final int BUCKET_BITS = 12;

	/** A search spanning more cells than this (a glyph wider than a column) scans every painting. */
	private static final int MAX_CELLS = 64;

	private record Painting(TextPosition text, String unicode, float x, float y, boolean shown) {
	}

	@SuppressWarnings("unchecked")
	private final List<Painting>[] buckets = new List[1 << BUCKET_BITS];

	private final List<Painting> all = new ArrayList<>();

	private final Set<TextPosition> overprinted = Collections.newSetFromMap(new IdentityHashMap<>());

	/** Forgets the page read before. */
	void clear() {
		Arrays.fill(buckets, null);
		all.clear();
		overprinted.clear();
	}

	/** True when the glyph was painted twice: it and the other painting are fake bold. */
	boolean overprinted(TextPosition text) {
		return overprinted.contains(text);
	}

	/**
	 * Records a painting of a glyph; false when it is a duplicate the stripper would drop (then it
	 * must not be handed on).
	 */
	boolean paint(TextPosition text) {
		String unicode = text.getUnicode();
		float x = text.getX();
		float y = text.getY();
		float width = text.getWidth() / Math.max(1, unicode.length()) / 3;
		float bold = Math.min(1.5f, width);
		float reach = Math.max(Math.max(width, bold), 0.5f);
		int cx0 = cell(x - reach);
		int cx1 = cell(x + reach);
		int cy0 = cell(y - reach);
		int cy1 = cell(y + reach);
		boolean duplicate = false;
		if ((long) (cx1 - cx0 + 1) * (cy1 - cy0 + 1) > MAX_CELLS) {
			duplicate = compare(all, text, unicode, x, y, width, bold);
		}
		else {
			for (int cx = cx0; cx <= cx1; cx++) {
				for (int cy = cy0; cy <= cy1; cy++) {
					List<Painting> bucket = buckets[bucket(cx, cy)];
					if (bucket != null && compare(bucket, text, unicode, x, y, width, bold)) {
						duplicate = true;
					}
				}
			}
		}
		Painting painting = new Painting(text, unicode, x, y, !duplicate);
		int b = bucket(cell(x), cell(y));
		if (buckets[b] == null) {
			buckets[b] = new ArrayList<>(4);
		}
		buckets[b].add(painting);
		all.add(painting);
		return !duplicate;
	}

	/** Marks fake bold against the earlier paintings; true when one of them makes this a duplicate. */
	private boolean compare(List<Painting> earlier, TextPosition text, String unicode, float x, float y, float width,
			float bold) {
		boolean duplicate = false;
		for (Painting p : earlier) {
			if (!p.unicode().equals(unicode)) {
				continue;
			}
			// PDFBox: subMap(x - tolerance, x + tolerance), then subSet(y - tolerance, y + tolerance)
			if (p.shown() && p.x() >= x - width && p.x() < x + width && p.y() >= y - width && p.y() < y + width) {
				duplicate = true;
			}
			if (Math.abs(p.x() - x) < bold && Math.abs(p.y() - y) < 0.5f) {
				overprinted.add(p.text());
				overprinted.add(text);
			}
		}
		return duplicate;
	}

	private static int cell(float v) {
		return (int) Math.floor(v / CELL);
	}

	private static int bucket(int cx, int cy) {
		return (cx * 0x9E3779B1 + cy * 0x85EBCA6B) >>> (32 - BUCKET_BITS);
	}
}
