package nl.stm.pipeline.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the status tables of progress reports (Nr. | Actie | Actiehouder(s) | Stand van zaken |
 * Toelichting) from the text lines and icons of a document.
 * <ul>
 * <li>Columns come from the header row: the x-position where each column title starts (a title may
 * wrap over several lines, such as "Stand / van / zaken"), moved to the cell edge when a rule ends
 * there. A word belongs to the column it starts in.</li>
 * <li>A row starts at an action number in the Nr. column; every other line continues the row above,
 * cell by cell. An "Actielijn N. …" band sets the actielijn of the rows below it. A header repeated
 * at the top of a page is skipped and the table, and the row in progress, continue.</li>
 * <li>The status is the icon in the status column within the row's vertical span (from its first
 * line to the next row), matched by colour to the legend of the same document (see
 * {@link StatusIcons}); or, when the cell holds words instead, those words read as a status. An icon
 * that matches nothing, or a row without a legend, gets no status and a warning naming the page and
 * action: a status is never guessed.</li>
 * <li>The period comes from text outside the table: "Stand per 2025-H1", "eerste helft 2025",
 * "tweede helft 2024", "H2 2024".</li>
 * </ul>
 */
public final class ProgressTableReader {

	private static final Pattern ACTION = Pattern.compile("^(\\d{1,3})[a-z]?[.):]?$");

	private static final Pattern BAND = Pattern.compile("(?i)^actielijn\\s*(\\d{1,2})?\\b.*");

	private static final Pattern LEGEND = Pattern.compile("(?i)^legenda\\b.*");

	private static final Pattern PERIOD_YEAR_HALF = Pattern
		.compile("(?i)(?<![\\d])((?:19|20)\\d{2})\\s*[-–/]?\\s*H\\s*([12])(?![\\d\\p{L}])");

	private static final Pattern PERIOD_HALF_YEAR = Pattern
		.compile("(?i)(?<![\\p{L}\\d])H\\s*([12])\\s*[-–/]?\\s*((?:19|20)\\d{2})(?![\\d])");

	private static final Pattern PERIOD_WORDS = Pattern.compile(
			"(?i)\\b(eerste|1e|1ste|tweede|2e|2de)\\s+(?:helft|halfjaar|half jaar)\\s+(?:van\\s+)?((?:19|20)\\d{2})\\b");

	/** Words that can appear in a (wrapped) header row. */
	private static final Set<String> HEADER_WORDS = Set.of("nr", "nr.", "no.", "nummer", "#", "actie", "acties",
			"actie-", "activiteit", "activiteiten", "maatregel", "maatregelen", "omschrijving", "actiehouder",
			"actiehouders", "actiehouder(s)", "houder", "houders", "houder(s)", "(s)", "trekker", "trekkers",
			"trekker(s)", "verantwoordelijke", "betrokken", "partijen", "partij(en)", "stand", "van", "de", "zaken",
			"status", "voortgang", "toelichting", "opmerking", "opmerkingen", "resultaat", "(doelstelling)",
			"producten", "/", "en");

	private enum Kind {

		NR, ACTIE, HOLDERS, STATUS, TOELICHTING, OTHER

	}

	private final List<PageLayout> pages;

	private final List<String> warnings;

	private final LegendReader legend;

	private final Set<TextLine> furniture;

	private final Map<Integer, PageLayout> byNumber = new HashMap<>();

	private final Map<Integer, List<Shape>> icons = new HashMap<>();

	private final List<ReportDraft> reports = new ArrayList<>();

	private ReportDraft report;

	private Table table;

	private RowDraft row;

	private Segment segment;

	private Integer actielijn;

	private String pendingPeriod;

	private ProgressTableReader(List<PageLayout> pages, List<String> warnings) {
		this.pages = pages;
		this.warnings = warnings;
		this.legend = LegendReader.read(pages);
		this.furniture = PageFurniture.find(pages);
		pages.forEach(p -> byNumber.put(p.page(), p));
	}

	/**
	 * The progress tables of a document, one report per table (a table continued on later pages is
	 * one report). Empty when the document has none. Doubts (unreadable statuses) are added to
	 * {@code warnings}, each naming the page and action.
	 */
	public static List<ProgressReport> read(List<PageLayout> pages, List<String> warnings) {
		return new ProgressTableReader(pages, warnings).read();
	}

	private List<ProgressReport> read() {
		for (PageLayout page : pages) {
			readPage(page);
		}
		closeTable();
		if (report != null && report.period == null && pendingPeriod != null) {
			report.period = pendingPeriod;
		}
		List<ProgressReport> out = new ArrayList<>();
		for (ReportDraft r : reports) {
			List<ProgressRow> rows = new ArrayList<>();
			for (RowDraft d : r.rows) {
				rows.add(resolve(d));
			}
			out.add(new ProgressReport(r.period, r.firstPage, legend.entries(), List.copyOf(rows)));
		}
		return List.copyOf(out);
	}

	// ---------------------------------------------------------------- page walk

	private void readPage(PageLayout page) {
		List<TextLine> lines = new ArrayList<>();
		for (TextLine line : page.lines()) {
			if (!furniture.contains(line)) {
				lines.add(line);
			}
		}
		Map<Integer, Header> headers = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			Header h = header(lines, i, page);
			if (h != null) {
				headers.put(h.first, h);
				i = h.last;
			}
		}
		boolean continuing = table != null;
		boolean headerOnPage = !headers.isEmpty();
		boolean active = false;
		int skipped = 0;
		for (int i = 0; i < lines.size(); i++) {
			TextLine line = lines.get(i);
			Header h = headers.get(i);
			if (h != null) {
				startOrResumeTable(h, page);
				active = true;
				i = h.last;
				continue;
			}
			if (table != null && !active && continuing && !headerOnPage) {
				if (aligns(line)) {
					table.previousY = line.y() - table.bodyFont;
					active = true;
				}
				else if (!legend.lines().contains(line) && (++skipped > 3 || line.y() > 0.25f * page.height())) {
					// a running head may precede the continued rows; anything more means the table ended
					closeTable();
				}
			}
			if (table != null && active) {
				if (endsTable(line)) {
					closeTable();
					active = false;
				}
				else {
					bodyLine(line, page);
					continue;
				}
			}
			if (!legend.lines().contains(line)) {
				String period = period(line.text());
				if (period != null && pendingPeriod == null) {
					pendingPeriod = period;
				}
			}
		}
		closeSegment(Float.NaN);
	}

	private void startOrResumeTable(Header h, PageLayout page) {
		if (table == null) {
			if (report == null || (pendingPeriod != null && !pendingPeriod.equals(report.period))) {
				report = new ReportDraft(pendingPeriod, page.page());
				reports.add(report);
				pendingPeriod = null;
				actielijn = null;
			}
			table = new Table();
		}
		table.columns = h.columns;
		table.bodyFont = h.fontSize;
		table.previousY = h.lastY;
	}

	private void closeTable() {
		closeSegment(Float.NaN);
		finishRow();
		table = null;
	}

	private boolean endsTable(TextLine line) {
		if (legend.lines().contains(line)) {
			return true;
		}
		Word first = line.words().get(0);
		if (LEGEND.matcher(first.text()).matches() && table.columns.index(first.x0()) == 0) {
			return true; // a legend heading under the table, even one whose icons could not be read
		}
		if (line.fontSize() > table.bodyFont * 1.25f || line.x0() < table.columns.left() - 12) {
			return true;
		}
		if (table.columns.list.get(0).kind == Kind.NR && table.columns.index(first.x0()) == 0
				&& !ACTION.matcher(first.text()).matches() && !isBand(line) && !allBold(line)) {
			// the Nr. column holds numbers only (and bold bands): plain text there is prose after the table
			return true;
		}
		return line.y() - table.previousY > 3.5f * table.bodyFont;
	}

	/** On a page without a header, a line continues the table when it starts where a column starts. */
	private boolean aligns(TextLine line) {
		Columns columns = table.columns;
		if (line.x0() < columns.left() - 12 || line.fontSize() > table.bodyFont * 1.25f) {
			return false;
		}
		Word first = line.words().get(0);
		if (columns.index(first.x0()) == 0 && (ACTION.matcher(first.text()).matches() || isBand(line))) {
			return true;
		}
		for (Word w : line.words()) {
			for (int c = 1; c < columns.list.size(); c++) {
				if (Math.abs(w.x0() - columns.list.get(c).titleX0) < 3 || Math.abs(w.x0() - columns.list.get(c).start) < 6) {
					return true;
				}
			}
		}
		return false;
	}

	private void bodyLine(TextLine line, PageLayout page) {
		Columns columns = table.columns;
		table.previousY = line.y();
		Word first = line.words().get(0);
		boolean inFirstColumn = columns.index(first.x0()) == 0;
		if (inFirstColumn && isBand(line)) {
			closeSegment(top(line));
			finishRow();
			Matcher m = BAND.matcher(line.text());
			if (m.matches() && m.group(1) != null) {
				actielijn = Integer.parseInt(m.group(1));
			}
			return;
		}
		Matcher action = ACTION.matcher(first.text());
		if (inFirstColumn && action.matches()) {
			closeSegment(top(line));
			finishRow();
			row = new RowDraft(Integer.parseInt(action.group(1)), actielijn, page.page());
			addCells(line, page, columns, true);
			return;
		}
		if (inFirstColumn && columns.has(Kind.NR) && columns.kindAt(first.x0()) == Kind.NR && allBold(line)) {
			// a sub-heading band without a number ("Signalering"): ends the row above
			closeSegment(top(line));
			finishRow();
			return;
		}
		if (row != null) {
			addCells(line, page, columns, false);
		}
	}

	private void addCells(TextLine line, PageLayout page, Columns columns, boolean rowStart) {
		if (segment == null || segment.page != page.page()) {
			closeSegment(Float.NaN);
			segment = new Segment(page.page(), top(line), columns);
			row.segments.add(segment);
		}
		segment.lastY = line.y();
		segment.fontSize = Math.max(segment.fontSize, line.fontSize());
		Map<Kind, StringBuilder> cells = new HashMap<>();
		boolean skipNumber = rowStart;
		for (Word w : line.words()) {
			Kind kind = columns.kindAt(w.x0());
			if (skipNumber) {
				skipNumber = false;
				if (kind == Kind.NR || !columns.has(Kind.NR)) {
					continue;
				}
			}
			StringBuilder cell = cells.computeIfAbsent(kind, k -> new StringBuilder());
			if (!cell.isEmpty()) {
				cell.append(' ');
			}
			cell.append(w.text());
		}
		cells.forEach((kind, text) -> row.cells.computeIfAbsent(kind, k -> new ArrayList<>()).add(text.toString()));
	}

	/** An "Actielijn N. …" band row. */
	private static boolean isBand(TextLine line) {
		return line.words().get(0).text().regionMatches(true, 0, "actielijn", 0, 9) && BAND.matcher(line.text()).matches();
	}

	private static boolean allBold(TextLine line) {
		return line.words().stream().allMatch(Word::bold);
	}

	private static float top(TextLine line) {
		return line.y() - 1.15f * Math.max(line.fontSize(), 4);
	}

	/** Ends the open row segment at {@code bottom} (the top of what follows), or below its last line. */
	private void closeSegment(float bottom) {
		if (segment == null) {
			return;
		}
		segment.bottom = Float.isNaN(bottom) ? segment.lastY + 0.8f * segment.fontSize : bottom;
		segment = null;
	}

	private void finishRow() {
		if (row != null) {
			report.rows.add(row);
			row = null;
		}
	}

	// ---------------------------------------------------------------- header

	private record Header(int first, int last, Columns columns, float fontSize, float lastY) {
	}

	/** The header row whose main line is {@code lines[i]}, with its wrapped title lines, or null. */
	private static Header header(List<TextLine> lines, int i, PageLayout page) {
		TextLine main = lines.get(i);
		if (main.words().size() > 16) {
			return null;
		}
		Set<Kind> kinds = new HashSet<>();
		for (Word w : main.words()) {
			Kind k = wordKind(w.text());
			if (k != null) {
				kinds.add(k);
			}
		}
		if (kinds.size() < 2 || ACTION.matcher(main.words().get(0).text()).matches()) {
			return null;
		}
		long vocabulary = main.words().stream()
			.filter(w -> wordKind(w.text()) != null || HEADER_WORDS.contains(w.text().toLowerCase(Locale.ROOT)))
			.count();
		if (vocabulary * 2 < main.words().size()) {
			return null;
		}
		float fs = Math.max(main.fontSize(), 4);
		boolean mainBold = allBold(main);
		int first = i;
		while (first > 0 && headerPart(lines.get(first - 1), lines.get(first), fs, mainBold)) {
			first--;
		}
		int last = i;
		while (last + 1 < lines.size() && headerPart(lines.get(last + 1), lines.get(last), fs, mainBold)) {
			last++;
		}
		Columns columns = Columns.of(lines.subList(first, last + 1), page);
		if (!columns.has(Kind.STATUS) || !(columns.has(Kind.NR) || columns.has(Kind.ACTIE))
				|| columns.kinds().size() < 3) {
			return null;
		}
		return new Header(first, last, columns, main.fontSize(), lines.get(last).y());
	}

	/** A line next to the header's main line that holds more of its (wrapped) column titles. */
	private static boolean headerPart(TextLine line, TextLine neighbour, float fs, boolean mainBold) {
		if (Math.abs(line.y() - neighbour.y()) > 1.5f * fs || Math.abs(line.fontSize() - fs) > 0.6f) {
			return false;
		}
		if (isBand(line) || ACTION.matcher(line.words().get(0).text()).matches()) {
			return false;
		}
		boolean vocabulary = line.words().stream()
			.allMatch(w -> HEADER_WORDS.contains(w.text().toLowerCase(Locale.ROOT).replaceAll(":$", "")));
		return vocabulary || (mainBold && allBold(line) && Math.abs(line.y() - neighbour.y()) < 1.3f * fs);
	}

	private static final Map<String, Kind> TITLE_WORDS = Map.ofEntries(Map.entry("nr", Kind.NR),
			Map.entry("nr.", Kind.NR), Map.entry("no.", Kind.NR), Map.entry("nummer", Kind.NR), Map.entry("#", Kind.NR),
			Map.entry("actie", Kind.ACTIE), Map.entry("acties", Kind.ACTIE), Map.entry("activiteit", Kind.ACTIE),
			Map.entry("activiteiten", Kind.ACTIE), Map.entry("maatregel", Kind.ACTIE),
			Map.entry("maatregelen", Kind.ACTIE), Map.entry("omschrijving", Kind.ACTIE), Map.entry("stand", Kind.STATUS),
			Map.entry("status", Kind.STATUS), Map.entry("voortgang", Kind.STATUS), Map.entry("zaken", Kind.STATUS),
			Map.entry("toelichting", Kind.TOELICHTING), Map.entry("opmerking", Kind.TOELICHTING),
			Map.entry("opmerkingen", Kind.TOELICHTING));

	/** What a single header word names, or null: "Nr.", "Actie", "Actiehouder(s)", "Stand", "Toelichting". */
	private static Kind wordKind(String word) {
		if (word.length() > 16) {
			return null;
		}
		String w = word.toLowerCase(Locale.ROOT);
		if (w.endsWith(":")) {
			w = w.substring(0, w.length() - 1);
		}
		if (w.startsWith("actiehouder") || w.startsWith("trekker") || w.startsWith("houder")) {
			return Kind.HOLDERS;
		}
		return TITLE_WORDS.get(w);
	}

	/** A column: what it holds, where its cells start, and where its title starts. */
	private record Column(Kind kind, float start, float titleX0) {
	}

	private static final class Columns {

		final List<Column> list;

		private Columns(List<Column> list) {
			this.list = list;
		}

		static Columns of(List<TextLine> headerLines, PageLayout page) {
			// titles: runs of words on one line without a column gap, split before a new title word,
			// merged across lines when they overlap horizontally
			List<List<Word>> titles = new ArrayList<>();
			for (TextLine line : headerLines) {
				List<Word> current = null;
				for (Word w : line.words()) {
					Kind k = wordKind(w.text());
					boolean titleStart = k != null && k != Kind.STATUS || w.text().equalsIgnoreCase("stand");
					if (current == null || w.gapBefore() || (titleStart && current.stream().anyMatch(o -> wordKind(o.text()) != null
							&& wordKind(o.text()) != wordKind(w.text())))) {
						current = new ArrayList<>();
						titles.add(current);
					}
					current.add(w);
				}
			}
			boolean merged = true;
			while (merged) {
				merged = false;
				outer: for (int a = 0; a < titles.size(); a++) {
					for (int b = a + 1; b < titles.size(); b++) {
						if (overlap(titles.get(a), titles.get(b))) {
							titles.get(a).addAll(titles.remove(b));
							merged = true;
							break outer;
						}
					}
				}
			}
			List<Column> columns = new ArrayList<>();
			for (List<Word> title : titles) {
				float x0 = (float) title.stream().mapToDouble(Word::x0).min().orElse(0);
				String text = StatusCode.normalise(String.join(" ", title.stream().map(Word::text).toList()));
				columns.add(new Column(titleKind(text), cellEdge(x0, page), x0));
			}
			columns.sort(Comparator.comparingDouble(Column::start));
			return new Columns(List.copyOf(columns));
		}

		private static boolean overlap(List<Word> a, List<Word> b) {
			float a0 = (float) a.stream().mapToDouble(Word::x0).min().orElse(0);
			float a1 = (float) a.stream().mapToDouble(Word::x1).max().orElse(0);
			float b0 = (float) b.stream().mapToDouble(Word::x0).min().orElse(0);
			float b1 = (float) b.stream().mapToDouble(Word::x1).max().orElse(0);
			return Math.min(a1, b1) - Math.max(a0, b0) > 1;
		}

		private static Kind titleKind(String text) {
			if (text.matches(".*\\b(actiehouder|actiehouders|actiehouder s|trekker|trekkers|houder|houders|verantwoordelijke|betrokken partijen)\\b.*")) {
				return Kind.HOLDERS;
			}
			if (text.matches(".*\\b(toelichting|opmerking|opmerkingen)\\b.*")) {
				return Kind.TOELICHTING;
			}
			if (text.matches(".*\\b(stand van zaken|stand|status|voortgang|zaken)\\b.*")) {
				return Kind.STATUS;
			}
			if (text.matches("(nr|no|nummer)?")) {
				return Kind.NR;
			}
			if (text.matches(".*\\b(actie|acties|activiteit|activiteiten|maatregel|maatregelen|omschrijving)\\b.*")) {
				return Kind.ACTIE;
			}
			return Kind.OTHER;
		}

		/** Where a column's cells start: the rule end just left of its title, if the table draws rules. */
		private static float cellEdge(float titleX0, PageLayout page) {
			float edge = titleX0 - 2;
			for (Ruling r : page.rulings()) {
				for (float x : new float[] { r.x0(), r.x1() }) {
					if (x <= titleX0 + 0.5f && x >= titleX0 - 12 && x - 0.5f < edge) {
						edge = Math.min(edge, x - 0.5f);
					}
				}
			}
			return edge;
		}

		float left() {
			return list.get(0).titleX0;
		}

		/** The column a word starting at x belongs to. */
		int index(float x) {
			int index = 0;
			for (int c = 1; c < list.size(); c++) {
				if (x >= list.get(c).start) {
					index = c;
				}
			}
			return index;
		}

		Kind kindAt(float x) {
			return list.get(index(x)).kind;
		}

		boolean has(Kind kind) {
			return list.stream().anyMatch(c -> c.kind == kind);
		}

		Set<Kind> kinds() {
			Set<Kind> kinds = new HashSet<>();
			list.forEach(c -> kinds.add(c.kind));
			kinds.remove(Kind.OTHER);
			return kinds;
		}

		/** The horizontal range of the status column, for finding icons. */
		float[] statusRange() {
			for (int c = 0; c < list.size(); c++) {
				if (list.get(c).kind == Kind.STATUS) {
					float from = Math.min(list.get(c).start, list.get(c).titleX0 - 8);
					float to = c + 1 < list.size() ? list.get(c + 1).start : Float.MAX_VALUE;
					return new float[] { from, to };
				}
			}
			return null;
		}
	}

	// ---------------------------------------------------------------- rows and statuses

	private static final class Table {

		Columns columns;

		float bodyFont;

		float previousY;
	}

	private static final class ReportDraft {

		String period;

		final int firstPage;

		final List<RowDraft> rows = new ArrayList<>();

		ReportDraft(String period, int firstPage) {
			this.period = period;
			this.firstPage = firstPage;
		}
	}

	/** A row's part on one page: its vertical span there and the columns in force. */
	private static final class Segment {

		final int page;

		final float top;

		final Columns columns;

		float lastY;

		float bottom;

		float fontSize;

		Segment(int page, float top, Columns columns) {
			this.page = page;
			this.top = top;
			this.columns = columns;
		}
	}

	private static final class RowDraft {

		final int action;

		final Integer actielijn;

		final int page;

		final Map<Kind, List<String>> cells = new HashMap<>();

		final List<Segment> segments = new ArrayList<>();

		RowDraft(int action, Integer actielijn, int page) {
			this.action = action;
			this.actielijn = actielijn;
			this.page = page;
		}

		String text(Kind kind) {
			return TextJoin.join(cells.getOrDefault(kind, List.of()));
		}
	}

	private ProgressRow resolve(RowDraft d) {
		String title = d.text(Kind.ACTIE);
		List<String> holders = new ArrayList<>();
		for (String h : d.text(Kind.HOLDERS).split("[,;]")) {
			String name = h.strip().replaceAll("\\.$", "").strip();
			if (!name.isEmpty()) {
				holders.add(name);
			}
		}
		String toelichting = d.text(Kind.TOELICHTING);
		String where = "page " + d.page + ", action " + d.action + ": ";

		String statusText = d.text(Kind.STATUS);
		StatusCode textCode = statusText.isEmpty() ? null : StatusCode.fromLabel(statusText);

		List<StatusIcons.Match> matches = new ArrayList<>();
		for (Segment s : d.segments) {
			float[] range = s.columns.statusRange();
			if (range == null) {
				continue;
			}
			for (Shape icon : icons.computeIfAbsent(s.page, p -> StatusIcons.icons(byNumber.get(p)))) {
				if (icon.centerX() >= range[0] && icon.centerX() < range[1] && icon.centerY() >= s.top
						&& icon.centerY() < s.bottom) {
					matches.add(StatusIcons.match(icon, legend.entries()));
				}
			}
		}
		StatusCode status = null;
		String label = null;
		if (!matches.isEmpty()) {
			Set<LegendEntry> found = new LinkedHashSet<>();
			String problem = null;
			for (StatusIcons.Match m : matches) {
				if (m.entry() == null) {
					problem = m.problem();
				}
				else {
					found.add(m.entry());
				}
			}
			if (problem == null && found.stream().map(LegendEntry::status).distinct().count() > 1) {
				problem = "several status icons with different meanings (" + String.join(", ",
						found.stream().map(e -> "\"" + e.label() + "\"").toList()) + ")";
			}
			if (problem == null) {
				LegendEntry entry = found.iterator().next();
				if (entry.status() == null) {
					problem = "legend label \"" + entry.label() + "\" is no known status";
				}
				else if (textCode != null && textCode != entry.status()) {
					problem = "status icon means \"" + entry.label() + "\" but the cell says \"" + statusText + "\"";
					textCode = null;
				}
				else {
					status = entry.status();
					label = entry.label();
				}
			}
			if (status == null && textCode != null) {
				status = textCode;
				label = statusText;
			}
			else if (status == null) {
				warnings.add(where + problem + "; status left empty");
			}
		}
		else if (textCode != null) {
			status = textCode;
			label = statusText;
		}
		else if (!statusText.isEmpty()) {
			warnings.add(where + "status \"" + statusText + "\" is no known status; status left empty");
		}
		else {
			warnings.add(where + "no status icon or status text found; status left empty");
		}
		return new ProgressRow(d.action, d.actielijn, title, List.copyOf(holders), status, label, toelichting, d.page);
	}

	// ---------------------------------------------------------------- period

	/** The half year a text names ("Stand per 2025-H1", "eerste helft 2025", "H2 2024"), or null. */
	static String period(String text) {
		Matcher m = PERIOD_YEAR_HALF.matcher(text);
		if (m.find()) {
			return m.group(1) + "-H" + m.group(2);
		}
		m = PERIOD_HALF_YEAR.matcher(text);
		if (m.find()) {
			return m.group(2) + "-H" + m.group(1);
		}
		m = PERIOD_WORDS.matcher(text);
		if (m.find()) {
			return m.group(2) + "-H" + (m.group(1).toLowerCase(Locale.ROOT).matches("eerste|1e|1ste") ? "1" : "2");
		}
		return null;
	}
}
