package nl.stm.pipeline.pdf.progress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nl.stm.pipeline.pdf.page.ColourDistance;
import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.Shape;
import nl.stm.pipeline.pdf.page.TextJoin;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Word;

/**
 * Reads the legend of a progress report ("Legenda stand van zaken", "Legenda:"): icons each
 * followed by a label, listed below the heading (one per line) or beside it (several per line);
 * a label may wrap onto the next line. The legend ends at the first line that has no icon and does
 * not continue a label. Only a line that starts with the word "Legenda" is a heading, so the word
 * inside running text is not one, and only icons right of the heading's start count, so the status
 * icons of a table row beside such text are never taken for legend icons. A legend that runs to the
 * foot of a page goes on at the top of the next (running heads and feet aside).
 */
final class LegendReader {

	private static final Pattern HEADING = Pattern.compile("(?i)^legenda\\b.*");

	/** The legend entries of all pages (a report may repeat its legend; duplicates are dropped). */
	private final List<LegendEntry> entries = new ArrayList<>();

	/** The lines the legends occupy (headings, labels), which are no table rows. */
	private final Set<TextLine> lines = TextLine.identitySet();

	/** The left edge of a legend that ran to the foot of the page last read; NaN when none did. */
	private float openLeft = Float.NaN;

	/** Running heads and feet, which a legend continued on the next page passes over. */
	private final Set<TextLine> furniture;

	private LegendReader(Set<TextLine> furniture) {
		this.furniture = furniture;
	}

	static LegendReader read(List<PageLayout> pages, Set<TextLine> furniture) {
		LegendReader reader = new LegendReader(furniture);
		for (PageLayout page : pages) {
			List<Shape> icons = null;
			List<TextLine> pageLines = page.lines();
			float carried = reader.openLeft;
			reader.openLeft = Float.NaN;
			int top = 0;
			while (top < pageLines.size() && furniture.contains(pageLines.get(top))) {
				top++; // a running head above the rest of the legend
			}
			if (!Float.isNaN(carried) && top < pageLines.size()) {
				icons = StatusIcons.icons(page);
				reader.readLegend(page, pageLines, top, carried, false, icons);
			}
			for (int i = 0; i < pageLines.size(); i++) {
				TextLine line = pageLines.get(i);
				if (!line.words().get(0).text().regionMatches(true, 0, "legenda", 0, 7)
						|| !HEADING.matcher(line.words().get(0).text()).matches()) {
					continue;
				}
				if (icons == null) {
					icons = StatusIcons.icons(page);
				}
				i = reader.readLegend(page, pageLines, i, line.x0() - 10, true, icons) - 1;
			}
		}
		return reader;
	}

	List<LegendEntry> entries() {
		return List.copyOf(entries);
	}

	Set<TextLine> lines() {
		return lines;
	}

	/** An entry under construction: its icon and label words. */
	private static final class Draft {

		final Shape icon;

		final float labelX0;

		final StringBuilder label = new StringBuilder();

		Draft(Shape icon, float labelX0) {
			this.icon = icon;
			this.labelX0 = labelX0;
		}

		void add(String word) {
			if (!label.isEmpty()) {
				boolean hyphen = label.charAt(label.length() - 1) == '-' && !word.isEmpty()
						&& !TextJoin.KEEPS_SPACE_AFTER_HYPHEN.contains(word.toLowerCase(Locale.ROOT));
				if (!hyphen) {
					label.append(' ');
				}
			}
			label.append(word);
		}
	}

	/**
	 * Reads one legend from its heading line, or ({@code headed} false) the rest of a legend from the top of a
	 * page; returns the index of the first line after it.
	 */
	private int readLegend(PageLayout page, List<TextLine> pageLines, int headingIndex, float left, boolean headed,
			List<Shape> icons) {
		TextLine heading = pageLines.get(headingIndex);
		List<Draft> drafts = new ArrayList<>();
		List<Draft> previousLine = List.of();
		TextLine previous = null;
		Set<Shape> used = new HashSet<>();
		int i = headingIndex;
		for (; i < pageLines.size(); i++) {
			TextLine line = pageLines.get(i);
			float fs = Math.max(line.fontSize(), 4);
			// a legend set as a table may leave a padded cell between its heading and the first entry
			float gap = previous == heading && headed ? 3.6f : 2.8f;
			if (previous != null && line.y() - previous.y() > gap * Math.max(fs, previous.fontSize())) {
				break;
			}
			List<Shape> onLine = new ArrayList<>();
			for (Shape icon : icons) {
				if (!used.contains(icon) && icon.x0() >= left && icon.centerY() >= line.y() - 1.2f * fs
						&& icon.centerY() <= line.y() + 0.4f * fs && icon.height() <= 3 * fs && icon.width() <= 3 * fs
						&& icon.x1() <= line.x1()) {
					onLine.add(icon);
				}
			}
			onLine.sort((a, b) -> Float.compare(a.x0(), b.x0()));
			List<Draft> lineDrafts = new ArrayList<>();
			for (int k = 0; k < onLine.size(); k++) {
				Shape icon = onLine.get(k);
				float limit = k + 1 < onLine.size() ? onLine.get(k + 1).x0() : Float.MAX_VALUE;
				Draft draft = null;
				for (Word w : line.words()) {
					if (w.x0() < icon.x1() - 1 || w.x0() >= limit) {
						continue;
					}
					if (draft == null) {
						if (w.x0() - icon.x1() > Math.max(3 * fs, 20)) {
							break;
						}
						draft = new Draft(icon, w.x0());
					}
					else if (w.gapBefore() && limit == Float.MAX_VALUE) {
						break; // a column gap: what follows is no part of this label
					}
					draft.add(w.text());
				}
				if (draft != null) {
					used.add(icon);
					lineDrafts.add(draft);
				}
			}
			if (lineDrafts.isEmpty()) {
				if (i == headingIndex && headed) {
					previous = line;
					continue;
				}
				if (previousLine.isEmpty() || line.y() - previous.y() > 1.7f * fs || !continues(line, previousLine)) {
					break;
				}
				for (Word w : line.words()) {
					Draft target = null;
					for (Draft d : previousLine) {
						if (d.labelX0 <= w.x0() + 2 && (target == null || d.labelX0 > target.labelX0)) {
							target = d;
						}
					}
					target.add(w.text());
				}
			}
			else {
				drafts.addAll(lineDrafts);
				previousLine = lineDrafts;
			}
			lines.add(line);
			previous = line;
		}
		if (drafts.isEmpty()) {
			return headingIndex + 1; // "Legenda" in running text, or a legend without icons
		}
		if (pageLines.subList(i, pageLines.size()).stream().allMatch(furniture::contains)) {
			openLeft = left;
		}
		if (headed) {
			lines.add(heading);
		}
		for (Draft d : drafts) {
			add(new LegendEntry(StatusCode.fromLabel(d.label.toString()), d.label.toString(), d.icon.colour(),
					d.icon.form(), page.page()));
		}
		return Math.max(i, headingIndex + 1);
	}

	/**
	 * A line without icons continues the labels above when it starts where one of them starts (a
	 * wrapped label); text elsewhere, such as the wrapped header of a table under the legend, ends it.
	 */
	private static boolean continues(TextLine line, List<Draft> above) {
		for (Draft d : above) {
			if (Math.abs(line.x0() - d.labelX0) <= 2) {
				return true;
			}
		}
		return false;
	}

	private void add(LegendEntry entry) {
		for (LegendEntry e : entries) {
			if (e.label().equalsIgnoreCase(entry.label()) && e.form() == entry.form()
					&& ColourDistance.deltaE(e.colour(), entry.colour()) < 3) {
				return;
			}
		}
		entries.add(entry);
	}
}
