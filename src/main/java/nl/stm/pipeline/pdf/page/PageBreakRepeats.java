package nl.stm.pipeline.pdf.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the second print of a line that a page break cut in two. Some producers (wkhtmltopdf, Qt's
 * PDF engine) print pages as windows onto one long rendering without margins for the break: a line
 * that straddles the break is printed at the very bottom of one page and again at the very top of the
 * next, half visible on each, and read twice it would join a cell's text twice ("… en beleid beleid")
 * or count a row twice. Only a line hard against both page edges counts: at most
 * {@value #EDGE_LINES} line heights from the bottom edge of one page and the top edge of the next, at
 * the same place, with the same words (or the bottom copy's words a part of the top copy's, when the
 * cut hid the rest). Margins of ordinary letters keep their running heads and footers far from the edges.
 */
public final class PageBreakRepeats {

	/** How close to a page edge, in line heights (font sizes), a cut line lies. */
	static final float EDGE_LINES = 2f;

	private PageBreakRepeats() {
	}

	/** The pages with each line cut by a page break kept once. */
	public static List<PageLayout> remove(List<PageLayout> pages) {
		List<PageLayout> result = new ArrayList<>(pages.size());
		for (PageLayout page : pages) {
			PageLayout previous = result.isEmpty() ? null : result.get(result.size() - 1);
			if (previous == null || previous.lines().isEmpty() || page.lines().isEmpty()) {
				result.add(page);
				continue;
			}
			TextLine bottom = previous.lines().get(previous.lines().size() - 1);
			TextLine top = page.lines().get(0);
			float fs = Math.max(Math.max(bottom.fontSize(), top.fontSize()), 4);
			boolean cut = previous.height() - bottom.y() <= EDGE_LINES * fs && top.y() <= EDGE_LINES * fs
					&& Math.abs(bottom.fontSize() - top.fontSize()) <= 0.6f;
			if (cut && sameWords(bottom, top)) {
				result.add(withLines(page, page.lines().subList(1, page.lines().size())));
			}
			else if (cut && partOf(bottom, top)) {
				result.set(result.size() - 1,
						withLines(previous, previous.lines().subList(0, previous.lines().size() - 1)));
				result.add(page);
			}
			else {
				result.add(page);
			}
		}
		return result;
	}

	private static boolean sameWords(TextLine a, TextLine b) {
		return a.words().size() == b.words().size() && partOf(a, b);
	}

	/** Every word of {@code part} is a word of {@code whole} at the same place. */
	private static boolean partOf(TextLine part, TextLine whole) {
		for (Word w : part.words()) {
			boolean found = false;
			for (Word o : whole.words()) {
				if (o.text().equals(w.text()) && Math.abs(o.x0() - w.x0()) < 1 && Math.abs(o.x1() - w.x1()) < 1) {
					found = true;
					break;
				}
			}
			if (!found) {
				return false;
			}
		}
		return !part.words().isEmpty();
	}

	private static PageLayout withLines(PageLayout page, List<TextLine> lines) {
		return new PageLayout(page.page(), page.width(), page.height(), List.copyOf(lines), page.rulings(), page.shapes());
	}
}
