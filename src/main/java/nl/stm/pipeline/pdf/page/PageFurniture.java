package nl.stm.pipeline.pdf.page;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds running heads, running feet and page numbers ("Tweede Kamer, vergaderjaar 2023–2024,
 * 28 638, nr. 249   7"). They sit between the last row of a page and the first row of the next, so
 * a table reader that sees them would end a table at every page break. A line counts as furniture
 * when it lies in the outer band of its page and the same band of another page holds the same
 * text, numbers aside (page numbers change). A lone number in the band of one page only may be a
 * table value and is kept.
 */
public final class PageFurniture {

	/** Share of the page height, top and bottom, where running heads and feet live. */
	private static final float BAND = 0.075f;

	private PageFurniture() {
	}

	public static Set<TextLine> find(List<PageLayout> pages) {
		Map<String, Set<Integer>> pagesByKey = new HashMap<>();
		for (PageLayout page : pages) {
			for (TextLine line : page.lines()) {
				String key = key(page, line);
				if (key != null) {
					pagesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(page.page());
				}
			}
		}
		Set<TextLine> furniture = TextLine.identitySet();
		for (PageLayout page : pages) {
			for (TextLine line : page.lines()) {
				String key = key(page, line);
				if (key != null && pagesByKey.get(key).size() > 1) {
					furniture.add(line);
				}
			}
		}
		return furniture;
	}

	/** Band (top or bottom) plus the text with its numbers blanked out; null outside the bands. */
	private static String key(PageLayout page, TextLine line) {
		String band = line.y() < BAND * page.height() ? "top:" : line.y() > (1 - BAND) * page.height() ? "bottom:" : null;
		return band == null ? null : band + line.text().replaceAll("\\d+", "#").replaceAll("\\s+", " ").trim();
	}
}
