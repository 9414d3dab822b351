package nl.stm.pipeline.pdf.budget;

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

	/** A gap of more than this many font sizes ends a table on its page. */
	private static final float TABLE_GAP = 2.6f;

	private final List<TextLine> lines;

	private final GridHeader header;

	GridTableContinuation(List<TextLine> lines, GridHeader header) {
		this.lines = lines;
		this.header = header;
	}

	/**
	 * Whether {@code line}, on the page of {@code previous}, is past the table: the header of
	 * another table, or further below than a table gap.
	 */
	boolean apart(TextLine previous, TextLine line) {
		return GridHeader.of(line) != null
				|| line.y() - previous.y() > TABLE_GAP * Math.max(line.fontSize(), header.line().fontSize());
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
				&& lines.get(k + 1).y() - lines.get(k).y() <= CONTINUATION * lines.get(k + 1).fontSize()
				&& GridLineSplit.isLabelOnly(lines.get(k + 1), header)) {
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
		for (int k = i; k < Math.min(lines.size(), i + 4) && lines.get(k).page() == lines.get(i).page(); k++) {
			TextLine line = lines.get(k);
			if (k > i && line.y() - lines.get(k - 1).y() > CAPTION_LEADING * line.fontSize()) {
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
						&& lines.get(end).y() - lines.get(end - 1).y() <= CAPTION_LEADING * lines.get(end).fontSize()
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
			if (split == null || !split.values().isEmpty()) {
				return -1;
			}
			caption = caption + " " + split.labelText();
		}
		return -1;
	}

	private static String normalCaption(String caption) {
		return caption.replaceAll("(?i)\\(?\\b(vervolg|continued)\\b\\)?", " ").replaceAll("[\\s:]+", " ").trim();
	}
}
