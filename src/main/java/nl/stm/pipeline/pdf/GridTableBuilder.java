package nl.stm.pipeline.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One budget table while it is read from its header line on: the caption around the year line,
 * the lines just above it (where the unit often stands), and the rows down to where the table ends.
 * Cells are assigned to years only in {@link #build(List)}, when the alignment of its sibling
 * tables is known too.
 */
final class GridTableBuilder {

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
		this.continuation = new GridTableContinuation(lines, header);
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

	private void collectCaptionAbove() {
		TextLine below = header.line();
		int k = headerIndex - 1;
		float fs = header.line().fontSize();
		while (k >= previousEnd) {
			TextLine above = lines.get(k);
			if (above.page() != below.page() || below.y() - above.y() > GridTableContinuation.CAPTION_LEADING * fs
					|| above.x1() > header.valueLeft() || Math.abs(above.fontSize() - fs) > 0.6f
					|| page(above).ruledBetween(above.y(), below.y(), above.x0(), above.x1())
					|| Unit.isStatement(above.text())) {
				break;
			}
			captionAbove.add(0, above.text());
			below = above;
			k--;
		}
		for (int c = k; c >= Math.max(previousEnd, k - 2); c--) {
			if (lines.get(c).page() == header.line().page()) {
				context.add(0, lines.get(c).text());
			}
		}
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
			if (inHeader && labelOnly && close && !ruled) {
				captionBelow.add(split.labelText());
				previous = line;
				i++;
				continue;
			}
			inHeader = false;
			boolean openRow = row != null && !row.isTotal();
			// a wrapped label line: set at the leading, or the rest of a row broken over a page
			boolean wrapped = labelOnly && (close && !ruled || pageTop && openRow && continuation.continuesTable(i));
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
		ColumnMapper mapper = ColumnMapper.fit(header.yearWords(), header.years(), alikeValues);
		List<GridRow> rows = new ArrayList<>();
		for (GridRowDraft d : drafts) {
			rows.add(d.toRow(mapper, warnings));
		}
		return new GridTable(captionText(), List.copyOf(context), header.years(), header.line().page(), lastPage,
				List.copyOf(rows), List.copyOf(warnings));
	}
}
