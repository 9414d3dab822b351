package nl.stm.pipeline.pdf.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Unit;
import nl.stm.pipeline.pdf.page.Word;

/**
 * One budget table while it is read from its header line on: the caption around the year line,
 * the lines just above it (where the unit often stands), and the rows down to where the table ends.
 * Cells are assigned to years only in {@link #build(List)}, when the alignment of its sibling
 * tables is known too.
 */
final class GridTableBuilder {

	/** A caption that starts here names its table; the line above it is not part of it. */
	private static final Pattern CAPTION_START = Pattern.compile("^(?i)(actielijn\\s+\\d+|programma\\b)");

	private final List<TextLine> lines;

	private final List<PageLayout> pages;

	private final GridHeader header;

	private final int headerIndex;

	private final int previousEnd;

	private final GridTableContinuation continuation;

	private final List<GridRowDraft> drafts = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	private final List<String> captionAbove = new ArrayList<>();

	private final List<String> captionBelow = new ArrayList<>();

	private final List<String> context = new ArrayList<>();

	private int lastPage;

	/**
	 * Starts the table whose header is line {@code headerIndex} of {@code lines}; its caption may
	 * reach up to line {@code previousEnd}, the first line after the table before it.
	 */
	GridTableBuilder(List<TextLine> lines, List<PageLayout> pages, GridHeader header, int headerIndex, int previousEnd) {
		this.lines = lines;
		this.pages = pages;
		this.header = header;
		this.headerIndex = headerIndex;
		this.previousEnd = previousEnd;
		this.continuation = new GridTableContinuation(lines, header, headerIndex);
		this.lastPage = header.line().page();
		collectCaptionAbove();
	}

	GridHeader header() {
		return header;
	}

	/** The index of the table's first line: its caption above the header, or the header. */
	int firstLine() {
		return headerIndex - captionAbove.size();
	}

	/**
	 * Collects the caption lines wrapped above the year line: set at the leading, in the caption's
	 * size, aligned with it (same left edge, or same centre for a centred caption) and not a heading
	 * or note of their own. A caption that starts with its actielijn starts on the year line.
	 */
	private void collectCaptionAbove() {
		TextLine below = header.line();
		float belowX0 = header.captionWords().isEmpty() ? Float.NaN : header.captionWords().get(0).x0();
		float belowX1 = header.captionWords().isEmpty() ? Float.NaN
				: header.captionWords().get(header.captionWords().size() - 1).x1();
		int k = headerIndex - 1;
		float fs = header.line().fontSize();
		boolean captionStarts = CAPTION_START.matcher(header.caption()).find();
		while (k >= previousEnd && !captionStarts) {
			TextLine above = lines.get(k);
			// a year line without a caption has it in a row of its own above, which may span the table
			boolean ownRow = header.captionWords().isEmpty();
			if (!continuation.captionWraps(above, below) || !ownRow && above.x1() > header.valueLeft() || Math.abs(above.fontSize() - fs) > 0.6f
					|| page(above).ruledBetween(above.y(), below.y(), above.x0(), above.x1()) && !(ownRow && below == header.line())
					|| !ownRow && Unit.isStatement(above.text()) || !alignedWith(above, belowX0, belowX1)
					|| header.hasValueIn(above)) {
				break;
			}
			captionAbove.add(0, above.text());
			captionStarts = CAPTION_START.matcher(above.text()).find();
			below = above;
			belowX0 = above.x0();
			belowX1 = above.x1();
			k--;
		}
		for (int c = k; c >= Math.max(previousEnd, k - 2); c--) {
			if (lines.get(c).page() == header.line().page()) {
				context.add(0, lines.get(c).text());
			}
		}
	}

	/** Whether a line is aligned with the caption text below it (NaN: nothing to align with). */
	private static boolean alignedWith(TextLine above, float x0, float x1) {
		return Float.isNaN(x0) || Math.abs(above.x0() - x0) <= 2
				|| Math.abs((above.x0() + above.x1()) / 2 - (x0 + x1) / 2) <= 3;
	}

	/** Reads rows after the header; returns the index of the first line after the table. */
	int readRows() {
		int i = headerIndex + 1;
		TextLine previous = header.line();
		GridRowDraft row = null;
		boolean inHeader = true;
		boolean pageTop = false;
		while (i < lines.size()) {
			TextLine line = lines.get(i);
			boolean samePage = line.page() == previous.page();
			if (!samePage) {
				if (row != null && row.isTotal()) {
					break;
				}
				int afterHeader = continuation.afterRepeatedHeader(i, captionText());
				if (afterHeader >= 0) {
					i = afterHeader;
					previous = lines.get(i - 1);
					lastPage = line.page();
					pageTop = true;
					continue;
				}
				if (GridHeader.of(line) != null
						|| !(GridLineSplit.fitsColumns(line, header) || continuation.continuesTable(i))) {
					break;
				}
				lastPage = line.page();
				pageTop = true;
			}
			else if (continuation.apart(previous, line)) {
				break;
			}
			GridLineSplit split = GridLineSplit.of(line, header);
			if (split == null) {
				break;
			}
			boolean marker = split.marked();
			boolean labelOnly = !marker && split.values().isEmpty();
			boolean ruled = samePage && page(line).ruledBetween(previous.y(), line.y(), line.x0(), header.valueLeft());
			// close below the previous line and in its size: a source note in small print is no wrapped label
			boolean close = samePage && line.y() - previous.y() <= GridTableContinuation.CONTINUATION * line.fontSize()
					&& Math.abs(line.fontSize() - previous.fontSize()) <= 0.6f;
			if (inHeader && labelOnly && !ruled && (close || continuation.captionWraps(previous, line))) {
				captionBelow.add(split.labelText());
				previous = line;
				i++;
				continue;
			}
			inHeader = false;
			boolean openRow = row != null && !row.isTotal();
			// a wrapped label line: set at the leading, or the rest of a row broken over a page
			boolean wrapped = labelOnly && (close && !ruled || pageTop && openRow && continuation.continuesTable(i)
					|| openRow && !ruled && continuation.wrapsAtRowSpacing(previous, line));
			pageTop = false;
			if (labelOnly && !wrapped && (row != null && row.isTotal() || !continuation.rowFollows(i))) {
				break;
			}
			if (row != null && row.isTotal() && !wrapped) {
				break;
			}
			boolean newRow = row == null || !wrapped && (marker || ruled || labelOnly || row.hasValues());
			if (newRow) {
				row = new GridRowDraft(line.page());
				drafts.add(row);
			}
			row.add(split, line);
			previous = line;
			i++;
		}
		return i;
	}

	private String captionText() {
		List<String> caption = new ArrayList<>(captionAbove);
		caption.add(header.caption());
		caption.addAll(captionBelow);
		return String.join(" ", caption).replaceAll("\\s+", " ").trim();
	}

	private PageLayout page(TextLine line) {
		return pages.get(line.page() - pages.get(0).page());
	}

	List<Word> valueWords() {
		return drafts.stream().flatMap(d -> d.values().stream()).toList();
	}

	/**
	 * The table with its cells assigned to years. How numbers align under the year headers is
	 * fitted on {@code alikeValues}, the values of every table of the letter with the same
	 * header geometry: a small table of equally wide numbers cannot show its alignment, its
	 * siblings can.
	 */
	GridTable build(List<Word> alikeValues) {
		ColumnMapper mapper = ColumnMapper.fit(header.columnWords(), header.columnKeys(), alikeValues);
		List<GridRow> rows = new ArrayList<>();
		for (GridRowDraft d : drafts) {
			rows.add(d.toRow(mapper, warnings));
		}
		return new GridTable(captionText(), List.copyOf(context), header.years(), header.line().page(), lastPage,
				List.copyOf(rows), List.copyOf(warnings));
	}
}
