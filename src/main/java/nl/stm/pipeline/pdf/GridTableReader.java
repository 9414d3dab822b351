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
 * values; every other line continues the row above (wrapped labels). A table continues on the next
 * page when that page starts with the same header (which is then skipped) or with rows that fit.
 */
public final class GridTableReader {

	static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

	static final Pattern ROW_MARKER = Pattern.compile(
			"^(\\d{1,3}(\\s*(,|en|t/m|tot en met|-|–|&)\\s*\\d{1,3})*\\s*[.)]|[a-z][.)])(\\s|$).*");

	static final Pattern TOTAL = Pattern.compile("^(sub)?tota(a)?l\\b.*", Pattern.CASE_INSENSITIVE);

	private static final Pattern NON_AMOUNT = Pattern.compile("(?i)p\\.?m\\.?|n\\.?v\\.?t\\.?|\\*+");

	private static final Pattern TOTAL_COLUMN = Pattern.compile("(?i)tota(a)?l");

	private final List<PageLayout> pages;

	private final List<TextLine> lines = new ArrayList<>();

	private final Set<TextLine> tableLines = new HashSet<>();

	GridTableReader(List<PageLayout> pages) {
		this.pages = pages;
		pages.forEach(p -> lines.addAll(p.lines()));
	}

	List<GridTable> read() {
		List<GridTable> tables = new ArrayList<>();
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
			tables.add(table.build());
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

		static Header of(TextLine line) {
			List<Word> words = line.words();
			int first = -1;
			for (int k = 0; k < words.size(); k++) {
				if (YEAR.matcher(words.get(k).text()).matches()) {
					first = k;
					break;
				}
			}
			if (first < 0 || (first > 0 && !words.get(first).gapBefore())) {
				return null;
			}
			List<Word> yearWords = new ArrayList<>();
			List<Integer> years = new ArrayList<>();
			for (int k = first; k < words.size(); k++) {
				Word w = words.get(k);
				if (YEAR.matcher(w.text()).matches()) {
					int year = Integer.parseInt(w.text());
					if (!years.isEmpty() && year <= years.get(years.size() - 1)) {
						return null;
					}
					years.add(year);
					yearWords.add(w);
				}
				else if (!(k == words.size() - 1 && TOTAL_COLUMN.matcher(w.text()).matches())) {
					return null;
				}
			}
			if (years.size() < 2) {
				return null;
			}
			float pitch = (yearWords.get(yearWords.size() - 1).center() - yearWords.get(0).center()) / (years.size() - 1);
			return new Header(line, words.subList(0, first), yearWords, years, pitch);
		}

		float valueLeft() {
			return yearWords.get(0).x0() - 0.1f * pitch;
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
				if (above.page() != below.page() || below.y() - above.y() > 1.3f * fs
						|| above.x1() > header.valueLeft() || Math.abs(above.fontSize() - fs) > 0.6f
						|| page(above).ruledBetween(above.y(), below.y(), above.x0(), above.x1())) {
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
			while (i < lines.size()) {
				TextLine line = lines.get(i);
				if (line.page() != previous.page()) {
					int repeatedAt = repeatedHeaderAt(i);
					if (repeatedAt >= 0) {
						i = skipRepeatedHeader(repeatedAt, Header.of(lines.get(repeatedAt)));
						previous = lines.get(i - 1);
						lastPage = line.page();
						continue;
					}
					if (Header.of(line) != null || !fitsColumns(line)) {
						break;
					}
					lastPage = line.page();
				}
				else {
					if (Header.of(line) != null) {
						break;
					}
					float gap = line.y() - previous.y();
					if (gap > 2.6f * Math.max(line.fontSize(), header.line().fontSize())) {
						break;
					}
				}
				Split split = split(line);
				if (split == null) {
					break;
				}
				String labelText = join(split.label());
				boolean marker = ROW_MARKER.matcher(labelText).matches() || TOTAL.matcher(labelText).matches();
				boolean ruled = line.page() == previous.page()
						&& page(line).ruledBetween(previous.y(), line.y(), line.x0(), header.valueLeft());
				if (inHeader && !marker && split.values().isEmpty() && line.y() - previous.y() < 1.5f * line.fontSize()
						&& !ruled && line.page() == previous.page()) {
					captionBelow.add(labelText);
					previous = line;
					i++;
					continue;
				}
				inHeader = false;
				if (row != null && row.isTotal() && (marker || ruled || !split.values().isEmpty())) {
					break;
				}
				boolean newRow = row == null || marker || ruled || (!split.values().isEmpty() && !row.values.isEmpty());
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
		 * The index of a header with the same columns at the top of the page starting at {@code i}
		 * (possibly below caption lines of its own), or -1.
		 */
		private int repeatedHeaderAt(int i) {
			for (int k = i; k < Math.min(lines.size(), i + 4) && lines.get(k).page() == lines.get(i).page(); k++) {
				Header candidate = Header.of(lines.get(k));
				if (candidate != null) {
					return candidate.sameColumns(header) ? k : -1;
				}
				if (k > i && lines.get(k).y() - lines.get(k - 1).y() > 1.3f * lines.get(k).fontSize()) {
					return -1;
				}
				Split split = split(lines.get(k));
				if (split == null || !split.values().isEmpty()) {
					return -1;
				}
			}
			return -1;
		}

		private int skipRepeatedHeader(int i, Header repeated) {
			int k = i + 1;
			while (k < lines.size() && lines.get(k).page() == repeated.line().page()) {
				TextLine next = lines.get(k);
				Split split = split(next);
				String text = split == null ? "" : join(split.label());
				if (split == null || !split.values().isEmpty() || ROW_MARKER.matcher(text).matches()
						|| next.y() - lines.get(k - 1).y() > 1.5f * next.fontSize()) {
					break;
				}
				k++;
			}
			return k;
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
				boolean startsCell = label.isEmpty() || w.gapBefore();
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

		GridTable build() {
			List<String> caption = new ArrayList<>(captionAbove);
			caption.add(join(header.captionWords()));
			caption.addAll(captionBelow);
			ColumnMapper mapper = ColumnMapper.fit(header.yearWords(), header.years(),
					drafts.stream().flatMap(d -> d.values.stream()).toList());
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
			String captionText = String.join(" ", caption).replaceAll("\\s+", " ").trim();
			return new GridTable(captionText, List.copyOf(context), header.years(), header.line().page(), lastPage,
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
