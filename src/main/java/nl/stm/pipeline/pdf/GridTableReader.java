package nl.stm.pipeline.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds tables whose columns are years ({@code … | 2023 | 2024 | 2025}) in the text lines of a
 * document and reads their rows. Budget tables in the letters have horizontal rules at most, so
 * columns come from the header's year words and the alignment of the numbers beneath them; rows
 * start at an enumeration ("12.", "3 en 4.", "b."), a Totaal label, a rule, or a second line of
 * values; a line without number or values continues the row above when it follows at the line
 * leading (a wrapped label), and otherwise ends the table unless table rows follow it. A table
 * continues on the next page when that page repeats its header (same years and caption; skipped)
 * or starts with rows that fit, including the rest of a row the page break cut; running heads,
 * feet and page numbers in between are ignored ({@link PageFurniture}). A Totaal row closes a table.
 */
public final class GridTableReader {

	static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

	static final Pattern ROW_MARKER = Pattern.compile(
			"^(\\d{1,3}(\\s*(,|en|t/m|tot en met|-|–|&)\\s*\\d{1,3})*\\s*[.)]|[a-z][.)])(\\s|$).*");

	static final Pattern TOTAL = Pattern.compile("^(sub)?tota(a)?l\\b.*", Pattern.CASE_INSENSITIVE);

	private static final Pattern NON_AMOUNT = Pattern.compile("(?i)p\\.?m\\.?|n\\.?v\\.?t\\.?|\\*+");

	private static final Pattern TOTAL_COLUMN = Pattern.compile("(?i)tota(a)?l");

	/**
	 * A label-only line at most this many font sizes below the previous line is a wrapped label
	 * (set at the line leading, up to 1.5 line spacing); further down it is a row of its own or
	 * text after the table.
	 */
	private static final float CONTINUATION = 1.6f;

	/** Caption lines wrapped above or below the year line follow each other at the leading. */
	private static final float CAPTION_LEADING = 1.6f;

	/** A gap of more than this many font sizes ends a table on its page. */
	private static final float TABLE_GAP = 2.6f;

	private final List<PageLayout> pages;

	private final List<TextLine> lines = new ArrayList<>();

	private final Set<TextLine> tableLines = new HashSet<>();

	GridTableReader(List<PageLayout> pages) {
		this.pages = pages;
		Set<TextLine> furniture = PageFurniture.find(pages);
		pages.forEach(p -> p.lines().stream().filter(l -> !furniture.contains(l)).forEach(lines::add));
	}

	List<GridTable> read() {
		List<TableBuilder> found = new ArrayList<>();
		int i = 0;
		int previousEnd = 0;
		while (i < lines.size()) {
			Header header = Header.of(lines.get(i));
			if (header == null) {
				i++;
				continue;
			}
			TableBuilder table = new TableBuilder(header, i, previousEnd);
			int start = i - table.captionAbove.size();
			i = table.readRows();
			tableLines.addAll(lines.subList(start, i));
			previousEnd = i;
			found.add(table);
		}
		List<GridTable> tables = new ArrayList<>();
		for (TableBuilder table : found) {
			tables.add(table.build(found.stream()
				.filter(other -> other.header.sameGeometry(table.header))
				.flatMap(other -> other.valueWords().stream())
				.toList()));
		}
		return tables;
	}

	/** The lines that belong to the tables found by {@link #read()}, captions included. */
	Set<TextLine> tableLines() {
		return Set.copyOf(tableLines);
	}

	static boolean isAmountToken(String text) {
		return AmountParser.isAmount(text) || NON_AMOUNT.matcher(text).matches();
	}

	/** The year header line: caption words left, year words right (optionally a Totaal column). */
	record Header(TextLine line, List<Word> captionWords, List<Word> yearWords, List<Integer> years, float pitch) {

		/**
		 * The header in a line, or null: a run of increasing years at the end of the line
		 * (optionally followed by a Totaal column) that stands apart from the caption before it,
		 * by a column gap or, when tight cell padding leaves less than that, by being laid out
		 * as columns (evenly spaced, far wider apart than a year is wide; prose never is).
		 */
		static Header of(TextLine line) {
			List<Word> words = line.words();
			int end = words.size();
			if (end > 0 && TOTAL_COLUMN.matcher(words.get(end - 1).text()).matches()) {
				end--;
			}
			int first = end;
			while (first > 0 && YEAR.matcher(words.get(first - 1).text()).matches()
					&& (first == end || year(words.get(first - 1)) < year(words.get(first)))) {
				first--;
			}
			if (end - first < 2) {
				return null;
			}
			List<Word> yearWords = words.subList(first, end);
			float pitch = (yearWords.get(yearWords.size() - 1).center() - yearWords.get(0).center()) / (yearWords.size() - 1);
			if (first > 0 && !words.get(first).gapBefore() && !laidOutAsColumns(yearWords, pitch)) {
				return null;
			}
			return new Header(line, words.subList(0, first), List.copyOf(yearWords),
					yearWords.stream().map(Header::year).toList(), pitch);
		}

		private static int year(Word w) {
			return Integer.parseInt(w.text());
		}

		private static boolean laidOutAsColumns(List<Word> yearWords, float pitch) {
			for (int k = 0; k < yearWords.size(); k++) {
				Word w = yearWords.get(k);
				if (w.x1() - w.x0() > pitch / 1.5f
						|| (k > 0 && Math.abs(w.center() - yearWords.get(k - 1).center() - pitch) > 0.15f * pitch)) {
					return false;
				}
			}
			return true;
		}

		float valueLeft() {
			return yearWords.get(0).x0() - 0.1f * pitch;
		}

		/**
		 * Same year columns at the same place: tables of one letter laid out alike, whose numbers
		 * are aligned alike too (see {@link TableBuilder#build(List)}).
		 */
		boolean sameGeometry(Header other) {
			if (yearWords.size() != other.yearWords.size()) {
				return false;
			}
			for (int k = 0; k < yearWords.size(); k++) {
				Word a = yearWords.get(k);
				Word b = other.yearWords.get(k);
				if (Math.abs(a.x0() - b.x0()) > 1.5f || Math.abs(a.x1() - b.x1()) > 1.5f) {
					return false;
				}
			}
			return true;
		}

		boolean sameColumns(Header other) {
			return years.equals(other.years) && Math.abs(yearWords.get(0).x0() - other.yearWords.get(0).x0()) < 3;
		}
	}

	/** A row while it is being read: label parts, boldness and the value words seen so far. */
	private static final class RowDraft {

		final int page;

		final StringBuilder label = new StringBuilder();

		final List<Word> values = new ArrayList<>();

		int boldChars;

		int chars;

		RowDraft(int page) {
			this.page = page;
		}

		void addLabel(List<Word> words) {
			for (Word w : words) {
				if (label.length() > 0) {
					label.append(' ');
				}
				label.append(w.text());
				chars += w.text().length();
				boldChars += w.bold() ? w.text().length() : 0;
			}
		}

		boolean isTotal() {
			return TOTAL.matcher(label).matches();
		}
	}

	private final class TableBuilder {

		private final Header header;

		private final int headerIndex;

		private final int previousEnd;

		private final List<RowDraft> drafts = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private final List<String> captionAbove = new ArrayList<>();

		private final List<String> captionBelow = new ArrayList<>();

		private final List<String> context = new ArrayList<>();

		private int lastPage;

		TableBuilder(Header header, int headerIndex, int previousEnd) {
			this.header = header;
			this.headerIndex = headerIndex;
			this.previousEnd = previousEnd;
			this.lastPage = header.line().page();
			collectCaptionAbove();
		}

		private void collectCaptionAbove() {
			TextLine below = header.line();
			int k = headerIndex - 1;
			float fs = header.line().fontSize();
			while (k >= previousEnd) {
				TextLine above = lines.get(k);
				if (above.page() != below.page() || below.y() - above.y() > CAPTION_LEADING * fs
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
			RowDraft row = null;
			boolean inHeader = true;
			boolean pageTop = false;
			while (i < lines.size()) {
				TextLine line = lines.get(i);
				boolean samePage = line.page() == previous.page();
				if (!samePage) {
					if (row != null && row.isTotal()) {
						break;
					}
					int afterHeader = afterRepeatedHeader(i);
					if (afterHeader >= 0) {
						i = afterHeader;
						previous = lines.get(i - 1);
						lastPage = line.page();
						pageTop = true;
						continue;
					}
					if (Header.of(line) != null || !(fitsColumns(line) || continuesTable(i))) {
						break;
					}
					lastPage = line.page();
					pageTop = true;
				}
				else if (Header.of(line) != null
						|| line.y() - previous.y() > TABLE_GAP * Math.max(line.fontSize(), header.line().fontSize())) {
					break;
				}
				Split split = split(line);
				if (split == null) {
					break;
				}
				String labelText = join(split.label());
				boolean marker = ROW_MARKER.matcher(labelText).matches() || TOTAL.matcher(labelText).matches();
				boolean labelOnly = !marker && split.values().isEmpty();
				boolean ruled = samePage && page(line).ruledBetween(previous.y(), line.y(), line.x0(), header.valueLeft());
				// close below the previous line and in its size: a source note in small print is no wrapped label
				boolean close = samePage && line.y() - previous.y() <= CONTINUATION * line.fontSize()
						&& Math.abs(line.fontSize() - previous.fontSize()) <= 0.6f;
				if (inHeader && labelOnly && close && !ruled) {
					captionBelow.add(labelText);
					previous = line;
					i++;
					continue;
				}
				inHeader = false;
				boolean openRow = row != null && !row.isTotal();
				// a wrapped label line: set at the leading, or the rest of a row broken over a page
				boolean wrapped = labelOnly && (close && !ruled || pageTop && openRow && continuesTable(i));
				pageTop = false;
				if (labelOnly && !wrapped && (row != null && row.isTotal() || !rowFollows(i))) {
					break;
				}
				if (row != null && row.isTotal() && !wrapped) {
					break;
				}
				boolean newRow = row == null || !wrapped && (marker || ruled || labelOnly || !row.values.isEmpty());
				if (newRow) {
					row = new RowDraft(line.page());
					drafts.add(row);
				}
				row.addLabel(split.label());
				row.values.addAll(split.values());
				previous = line;
				i++;
			}
			return i;
		}

		/**
		 * Whether the line after {@code i} on the same page is a table row (numbered or with
		 * values): then a label-only line at {@code i} after a rule or a wide gap is an unnumbered
		 * row, otherwise it is text after the table (a heading, a note) and ends it.
		 */
		private boolean rowFollows(int i) {
			if (i + 1 >= lines.size()) {
				return false;
			}
			TextLine line = lines.get(i);
			TextLine next = lines.get(i + 1);
			if (next.page() != line.page() || Header.of(next) != null
					|| next.y() - line.y() > TABLE_GAP * Math.max(next.fontSize(), header.line().fontSize())) {
				return false;
			}
			return fitsColumns(next);
		}

		/**
		 * Whether the label-only line at {@code i} (with the lines wrapped under it) is followed by
		 * a table row: at the top of a page it is then the rest of a row the page break cut, not
		 * text after the table.
		 */
		private boolean continuesTable(int i) {
			if (!isLabelOnly(lines.get(i))) {
				return false;
			}
			int k = i;
			while (k + 1 < lines.size() && lines.get(k + 1).page() == lines.get(k).page()
					&& lines.get(k + 1).y() - lines.get(k).y() <= CONTINUATION * lines.get(k + 1).fontSize()
					&& isLabelOnly(lines.get(k + 1))) {
				k++;
			}
			return rowFollows(k);
		}

		private boolean isLabelOnly(TextLine line) {
			Split split = split(line);
			if (split == null || !split.values().isEmpty()) {
				return false;
			}
			String text = join(split.label());
			return !ROW_MARKER.matcher(text).matches() && !TOTAL.matcher(text).matches();
		}

		/**
		 * Where the rows continue when the page starting at {@code i} repeats this table's header:
		 * the same year columns and the same caption (or none; a "vervolg" mark aside), its lines
		 * above and below the year line included; -1 when it does not.
		 */
		private int afterRepeatedHeader(int i) {
			String original = normalCaption(captionText());
			String caption = "";
			for (int k = i; k < Math.min(lines.size(), i + 4) && lines.get(k).page() == lines.get(i).page(); k++) {
				TextLine line = lines.get(k);
				if (k > i && line.y() - lines.get(k - 1).y() > CAPTION_LEADING * line.fontSize()) {
					return -1;
				}
				Header candidate = Header.of(line);
				if (candidate != null) {
					if (!candidate.sameColumns(header)) {
						return -1;
					}
					caption = normalCaption(caption + " " + join(candidate.captionWords()));
					int end = k + 1;
					while (end < lines.size() && lines.get(end).page() == line.page()
							&& lines.get(end).y() - lines.get(end - 1).y() <= CAPTION_LEADING * lines.get(end).fontSize()
							&& isLabelOnly(lines.get(end))) {
						String longer = normalCaption(caption + " " + lines.get(end).text());
						if (!(original + " ").startsWith(longer + " ")) {
							break;
						}
						caption = longer;
						end++;
					}
					return caption.isEmpty() || caption.equals(original) ? end : -1;
				}
				Split split = split(line);
				if (split == null || !split.values().isEmpty()) {
					return -1;
				}
				caption = caption + " " + join(split.label());
			}
			return -1;
		}

		private static String normalCaption(String caption) {
			return caption.replaceAll("(?i)\\(?\\b(vervolg|continued)\\b\\)?", " ").replaceAll("[\\s:]+", " ").trim();
		}

		private String captionText() {
			List<String> caption = new ArrayList<>(captionAbove);
			caption.add(join(header.captionWords()));
			caption.addAll(captionBelow);
			return String.join(" ", caption).replaceAll("\\s+", " ").trim();
		}

		private boolean fitsColumns(TextLine line) {
			Split split = split(line);
			return split != null && (ROW_MARKER.matcher(join(split.label())).matches() || !split.values().isEmpty());
		}

		/** Splits a line into label words and value words; null when the line is not table content. */
		private Split split(TextLine line) {
			List<Word> label = new ArrayList<>();
			List<Word> values = new ArrayList<>();
			float columnsStart = header.yearWords().get(0).x0();
			float slack = 0.1f * header.pitch();
			for (Word w : line.words()) {
				// a number reaching past the first year's left edge is a value even without a
				// column gap before it: tight padding puts it closer to a justified label than that
				boolean startsCell = label.isEmpty() || w.gapBefore()
						|| (isAmountToken(w.text()) || "€".equals(w.text())) && w.x1() > columnsStart;
				if (values.isEmpty() && !(startsCell && w.x1() > columnsStart - slack)) {
					if (w.x1() > columnsStart + slack) {
						return null;
					}
					label.add(w);
				}
				else if (isAmountToken(w.text()) || "€".equals(w.text())) {
					values.add(w);
				}
				else {
					return null;
				}
			}
			return new Split(label, values);
		}

		private PageLayout page(TextLine line) {
			return pages.get(line.page() - pages.get(0).page());
		}

		List<Word> valueWords() {
			return drafts.stream().flatMap(d -> d.values.stream()).toList();
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
			for (RowDraft d : drafts) {
				Map<Integer, String> cells = new LinkedHashMap<>();
				for (Map.Entry<Integer, List<Word>> cell : mapper.cells(d.values).entrySet()) {
					String raw = cell.getValue().stream().map(Word::text).reduce((a, b) -> a + " " + b).orElse("");
					if (cell.getKey() == null) {
						warnings.add("page " + d.page + ": value '" + raw + "' outside the year columns of row '"
								+ d.label + "'");
						continue;
					}
					String previous = cells.put(cell.getKey(), raw);
					if (previous != null) {
						warnings.add("page " + d.page + ": two values for " + cell.getKey() + " in row '" + d.label + "'");
					}
				}
				rows.add(new GridRow(d.page, d.label.toString().trim(), d.chars > 0 && d.boldChars * 2 > d.chars, cells));
			}
			return new GridTable(captionText(), List.copyOf(context), header.years(), header.line().page(), lastPage,
					List.copyOf(rows), List.copyOf(warnings));
		}
	}

	private record Split(List<Word> label, List<Word> values) {
	}

	private static String join(List<Word> words) {
		StringBuilder b = new StringBuilder();
		for (Word w : words) {
			if (b.length() > 0) {
				b.append(' ');
			}
			b.append(w.text());
		}
		return b.toString();
	}
}
