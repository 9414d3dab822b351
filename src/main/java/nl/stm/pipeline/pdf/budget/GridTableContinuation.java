package nl.stm.pipeline.pdf.budget;

import java.util.ArrayList;
import java.util.List;

import nl.stm.pipeline.pdf.page.TextLine;

/**
 * Decides whether a budget table goes on past a gap, a rule or a page break. Such a table has no
 * frame, so only what follows tells whether a line still belongs to it: table rows after a
 * label-only line make it a row, and a new page continues the table when it repeats the header or
 * starts with rows that fit its columns.
 */
final class GridTableContinuation {

	/**
	 * A label-only line at most this many font sizes below the previous line is a wrapped label
	 * (set at the line leading, up to 1.5 line spacing); further down it is a row of its own or
	 * text after the table.
	 */
	static final float CONTINUATION = 1.6f;

	/** Caption lines wrapped above or below the year line follow each other at the leading. */
	static final float CAPTION_LEADING = 1.6f;

	/** How many caption lines a header repeated at the top of a page may stand under (a narrow label column wraps it). */
	private static final int REPEATED_CAPTION_LINES = 7;

	/** A gap of more than this many font sizes ends a table on its page. */
	private static final float TABLE_GAP = 2.6f;

	/** How far below the previous line a row may start while the row spacing is learned. */
	private static final float LEARNING_REACH = 6f;

	/** A table whose rows are this many font sizes apart or more is set with open row spacing. */
	private static final float OPEN_SPACING = 2f;

	private final List<TextLine> lines;

	private final GridHeader header;

	/** The usual gap between the last line of a row and the first line of the next; 0 when unknown. */
	private float rowGap;

	/** Whether the table's rows start with a number (or Totaal): then a plain label line never starts one. */
	private boolean numberedRows;

	GridTableContinuation(List<TextLine> lines, GridHeader header, int headerIndex) {
		this.lines = lines;
		this.header = header;
		learnRowSpacing(headerIndex);
	}

	/**
	 * Learns the table's own row spacing: the median gap before the lines that start a row (an
	 * enumeration, a Totaal, or a label with values) in the run of table lines after the header,
	 * and whether its rows are numbered. Producers set rows at the text leading, with padding, or
	 * double-spaced; a fixed gap would end an open table after its first row.
	 */
	private void learnRowSpacing(int headerIndex) {
		float fs = header.line().fontSize();
		List<Float> gaps = new ArrayList<>();
		int marked = 0;
		TextLine previous = header.line();
		for (int k = headerIndex + 1; k < lines.size() && gaps.size() < 15; k++) {
			TextLine line = lines.get(k);
			float gap = line.y() - previous.y();
			if (line.page() != previous.page() || gap > LEARNING_REACH * fs || GridHeader.of(line) != null) {
				break;
			}
			GridLineSplit split = GridLineSplit.of(line, header);
			if (split == null) {
				break;
			}
			if (split.marked() || !split.values().isEmpty() && !split.label().isEmpty()) {
				gaps.add(gap);
				marked += split.marked() ? 1 : 0;
			}
			previous = line;
		}
		if (gaps.size() >= 2) {
			numberedRows = marked == gaps.size();
			gaps.sort(null);
			rowGap = gaps.get(gaps.size() / 2);
		}
	}

	/**
	 * Whether {@code line}, on the page of {@code previous}, is past the table: the header of
	 * another table, or further below than a table gap.
	 */
	boolean apart(TextLine previous, TextLine line) {
		return GridHeader.of(line) != null
				|| line.y() - previous.y() > Math.max(TABLE_GAP * Math.max(line.fontSize(), header.line().fontSize()),
						1.35f * rowGap);
	}

	/**
	 * Whether {@code below} is the next line of a caption wrapped from {@code above}: set at the
	 * leading, or at the row spacing of a table whose every line is set that far apart or whose
	 * caption is a row of its own above the year line.
	 */
	boolean captionWraps(TextLine above, TextLine below) {
		float limit = CAPTION_LEADING * below.fontSize();
		if (rowGap >= OPEN_SPACING * below.fontSize() || header.captionWords().isEmpty()) {
			limit = Math.max(limit, 1.1f * rowGap);
		}
		return below.page() == above.page() && below.y() - above.y() <= limit;
	}

	/**
	 * Whether a label line at {@code line} is the next line of the label above in a table whose rows
	 * are all numbered and which sets every line at the row spacing (a double-spaced table): such a
	 * line cannot start a row, having no number. A line in another size (a source note) is no part of it.
	 */
	boolean wrapsAtRowSpacing(TextLine previous, TextLine line) {
		return numberedRows && rowGap > 0 && line.page() == previous.page() && line.y() - previous.y() <= 1.3f * rowGap
				&& Math.abs(line.fontSize() - previous.fontSize()) <= 0.6f;
	}

	/**
	 * Whether {@code line} follows {@code previous} at the distance of a wrapped line within one
	 * cell: the text leading, or in a table with open row spacing anything well short of a row gap.
	 */
	boolean withinRow(TextLine previous, TextLine line) {
		float gap = line.y() - previous.y();
		float limit = CONTINUATION * line.fontSize();
		if (rowGap >= OPEN_SPACING * line.fontSize()) {
			limit = Math.max(limit, 0.7f * rowGap);
		}
		return line.page() == previous.page() && gap <= limit;
	}

	/**
	 * Whether the line after {@code i} on the same page is a table row (numbered or with
	 * values): then a label-only line at {@code i} after a rule or a wide gap is an unnumbered
	 * row, otherwise it is text after the table (a heading, a note) and ends it.
	 */
	boolean rowFollows(int i) {
		if (i + 1 >= lines.size()) {
			return false;
		}
		TextLine line = lines.get(i);
		TextLine next = lines.get(i + 1);
		if (next.page() != line.page() || apart(line, next)) {
			return false;
		}
		return GridLineSplit.fitsColumns(next, header);
	}

	/**
	 * Whether the label-only line at {@code i} (with the lines wrapped under it) is followed by
	 * a table row: at the top of a page it is then the rest of a row the page break cut, not
	 * text after the table.
	 */
	boolean continuesTable(int i) {
		if (!GridLineSplit.isLabelOnly(lines.get(i), header)) {
			return false;
		}
		int k = i;
		while (k + 1 < lines.size() && lines.get(k + 1).page() == lines.get(k).page()
				&& withinRow(lines.get(k), lines.get(k + 1)) && GridLineSplit.isLabelOnly(lines.get(k + 1), header)) {
			k++;
		}
		return rowFollows(k);
	}

	/**
	 * Where the rows continue when the page starting at {@code i} repeats the header of the table
	 * captioned {@code captionText}: the same year columns and the same caption (or none; a
	 * "vervolg" mark aside), its lines above and below the year line included; -1 when it does not.
	 */
	int afterRepeatedHeader(int i, String captionText) {
		String original = normalCaption(captionText);
		String caption = "";
		for (int k = i; k < Math.min(lines.size(), i + REPEATED_CAPTION_LINES + 1)
				&& lines.get(k).page() == lines.get(i).page(); k++) {
			TextLine line = lines.get(k);
			if (k > i && !captionWraps(lines.get(k - 1), line)) {
				return -1;
			}
			GridHeader candidate = GridHeader.of(line);
			if (candidate != null) {
				if (!candidate.sameColumns(header)) {
					return -1;
				}
				caption = normalCaption(caption + " " + candidate.caption());
				int end = k + 1;
				while (end < lines.size() && lines.get(end).page() == line.page()
						&& captionWraps(lines.get(end - 1), lines.get(end))
						&& GridLineSplit.isLabelOnly(lines.get(end), header)) {
					String longer = normalCaption(caption + " " + lines.get(end).text());
					if (!(original + " ").startsWith(longer + " ")) {
						break;
					}
					caption = longer;
					end++;
				}
				return caption.isEmpty() || caption.equals(original) ? end : -1;
			}
			GridLineSplit split = GridLineSplit.of(line, header);
			boolean spanningCaption = split == null && !header.hasValueIn(line);
			if (split == null ? !spanningCaption : !split.values().isEmpty()) {
				return -1;
			}
			caption = caption + " " + (split == null ? line.text() : split.labelText());
		}
		return -1;
	}

	private static String normalCaption(String caption) {
		return caption.replaceAll("(?i)\\(?\\b(vervolg|continued)\\b\\)?", " ").replaceAll("[\\s:]+", " ").trim();
	}
}
