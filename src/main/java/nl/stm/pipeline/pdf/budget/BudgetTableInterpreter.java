package nl.stm.pipeline.pdf.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stm.pipeline.pdf.page.AmountParser;
import nl.stm.pipeline.pdf.page.Unit;

/**
 * Gives the year-column tables of a letter their meaning: the programme overview (lines "a." …
 * "i." in € mln) or an actielijn budget table (numbered actions, a Totaal row). Units come from the
 * caption or the lines just above the table; numbers are read per table by {@link AmountParser}.
 */
public final class BudgetTableInterpreter {

	private static final Pattern ACTIELIJN_CAPTION = Pattern.compile("(?i)^\\s*actielijn\\s+(\\d+)\\s*[.:]?\\s*(.*)$");

	private static final Pattern ACTIELIJN_IN_LABEL = Pattern.compile("(?i)\\bactielijn\\s+(\\d+)");

	private static final Pattern OVERVIEW_KEY = Pattern.compile("^([a-z])[.)]\\s+(.*)$");

	private static final Pattern ACTION_MARKER = Pattern.compile(
			"^(\\d{1,3}(?:\\s*(?:,|en|t/m|tot en met|-|–|&)\\s*\\d{1,3})*)\\s*[.)]?\\s+(.*)$");

	private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*(?:t/m|tot en met|-|–)\\s*(\\d{1,3})");

	private final List<String> warnings;

	private ProgrammeOverview overview;

	private final List<ActielijnTable> actielijnTables = new ArrayList<>();

	private Unit lastUnit;

	public BudgetTableInterpreter(List<String> warnings) {
		this.warnings = warnings;
	}

	public ProgrammeOverview overview() {
		return overview;
	}

	public List<ActielijnTable> actielijnTables() {
		return List.copyOf(actielijnTables);
	}

	public void accept(GridTable table) {
		if (table.rows().isEmpty()) {
			warnings.add("page " + table.firstPage() + ": table '" + table.caption() + "' has year columns "
					+ table.years() + " but no rows could be read; skipped");
			return;
		}
		int warningsBefore = warnings.size();
		Unit unitBefore = lastUnit;
		warnings.addAll(table.warnings());
		Optional<Unit.Found> found = Unit.find(table.caption());
		for (int i = table.context().size() - 1; i >= 0 && found.isEmpty(); i--) {
			found = Unit.find(table.context().get(i));
		}
		Unit unit;
		if (found.isPresent()) {
			unit = found.get().unit();
		}
		else {
			unit = lastUnit != null ? lastUnit : Unit.EUR;
			warnings.add("page " + table.firstPage() + ": table '" + table.caption() + "' states no unit; read as " + unit);
		}
		lastUnit = unit;
		String unitCaption = found.map(Unit.Found::caption).orElse(null);
		boolean thousands = AmountParser.dotIsThousands(unit,
				table.rows().stream().flatMap(r -> r.cells().values().stream()).toList());
		Matcher actielijn = ACTIELIJN_CAPTION.matcher(table.caption());
		if (actielijn.matches()) {
			actielijnTables.add(actielijnTable(table, Integer.valueOf(actielijn.group(1)),
					titleWithoutUnit(actielijn.group(2)), unit, unitCaption, thousands));
		}
		else if (looksLikeOverview(table)) {
			if (overview != null) {
				warnings.add("page " + table.firstPage() + ": a second programme overview was ignored");
				return;
			}
			overview = overview(table, unit, unitCaption, thousands);
		}
		else if (table.rows().stream().anyMatch(r -> ACTION_MARKER.matcher(r.label()).matches())) {
			Matcher heading = headingAbove(table);
			if (heading != null) {
				actielijnTables.add(actielijnTable(table, Integer.valueOf(heading.group(1)),
						titleWithoutUnit(heading.group(2)), unit, unitCaption, thousands));
			}
			else {
				actielijnTables.add(actielijnTable(table, null, titleWithoutUnit(table.caption()), unit, unitCaption, thousands));
				warnings.add("page " + table.firstPage() + ": budget table '" + table.caption() + "' names no actielijn");
			}
		}
		else {
			// what was said about reading its cells and unit matters no more, nor does its unit: the table is not used
			warnings.subList(warningsBefore, warnings.size()).clear();
			lastUnit = unitBefore;
			warnings.add("page " + table.firstPage() + ": table '" + table.caption() + "' is neither an overview nor a budget table; skipped");
		}
	}

	/**
	 * For a table whose header caption is generic ("Acties"): an "Actielijn N. title" heading just
	 * above it, its wrapped lines joined (unit statements in between are no part of it); null when
	 * the lines above hold none.
	 */
	private static Matcher headingAbove(GridTable table) {
		List<String> above = table.context();
		for (int i = above.size() - 1; i >= 0; i--) {
			Matcher m = ACTIELIJN_CAPTION.matcher(above.get(i));
			if (m.matches()) {
				StringBuilder heading = new StringBuilder(above.get(i).trim());
				above.subList(i + 1, above.size()).stream()
					.filter(line -> !Unit.isStatement(line))
					.forEach(line -> heading.append(' ').append(line.trim()));
				Matcher whole = ACTIELIJN_CAPTION.matcher(heading);
				return whole.matches() ? whole : null;
			}
		}
		return null;
	}

	private static boolean looksLikeOverview(GridTable table) {
		long keyed = table.rows().stream().filter(r -> OVERVIEW_KEY.matcher(r.label()).matches()).count();
		long actielijnen = table.rows().stream().filter(r -> ACTIELIJN_IN_LABEL.matcher(r.label()).find()).count();
		return keyed >= 2 || actielijnen >= 2;
	}

	private ProgrammeOverview overview(GridTable table, Unit unit, String unitCaption, boolean thousands) {
		List<OverviewLine> lines = new ArrayList<>();
		List<Amount> total = readRows(table, unit, thousands, (row, amounts) -> {
			Matcher key = OVERVIEW_KEY.matcher(row.label());
			String label = key.matches() ? key.group(2) : row.label();
			Matcher al = ACTIELIJN_IN_LABEL.matcher(label);
			lines.add(new OverviewLine(key.matches() ? key.group(1) : null, label,
					al.find() ? Integer.valueOf(al.group(1)) : null, row.page(), amounts, row.bbox()));
		});
		return new ProgrammeOverview(table.firstPage(), table.caption(), unit, unitCaption, table.years(), lines, total);
	}

	private ActielijnTable actielijnTable(GridTable table, Integer number, String title, Unit unit, String unitCaption,
			boolean thousands) {
		List<ActionRow> rows = new ArrayList<>();
		List<Amount> total = readRows(table, unit, thousands, (row, amounts) -> {
			Matcher m = ACTION_MARKER.matcher(row.label());
			List<Integer> actions = m.matches() ? actionNumbers(m.group(1)) : List.of();
			if (actions.isEmpty()) {
				warnings.add("page " + row.page() + ": row '" + row.label() + "' of actielijn " + number + " has no action number");
			}
			rows.add(new ActionRow(actions, row.bold(), row.page(), m.matches() ? m.group(2).trim() : row.label(), amounts,
					row.bbox()));
		});
		return new ActielijnTable(number, title, table.firstPage(), table.lastPage(), unit, unitCaption, table.years(),
				rows, total);
	}

	/**
	 * Reads the amounts of every row in order and hands each row but the Totaal and Subtotaal rows
	 * to {@code rowReader}; returns the amounts of the first Totaal row that has any. A Subtotaal
	 * sums rows that are also listed, so it is neither an action nor a line of the table.
	 */
	private List<Amount> readRows(GridTable table, Unit unit, boolean thousands,
			BiConsumer<GridRow, List<Amount>> rowReader) {
		List<Amount> total = List.of();
		for (GridRow row : table.rows()) {
			List<Amount> amounts = amounts(row, table, unit, thousands);
			if (GridTableReader.TOTAL.matcher(row.label()).matches()) {
				total = total.isEmpty() ? amounts : total;
			}
			else if (!GridTableReader.SUBTOTAL.matcher(row.label()).matches()) {
				rowReader.accept(row, amounts);
			}
		}
		return total;
	}

	private List<Amount> amounts(GridRow row, GridTable table, Unit unit, boolean thousands) {
		List<Amount> amounts = new ArrayList<>();
		for (int year : row.years()) {
			String raw = row.cells().get(year);
			if (!AmountParser.isAmount(raw)) {
				warnings.add("page " + row.page() + ": '" + raw + "' for " + year + " in row '" + row.label() + "' is not an amount; left out");
				continue;
			}
			BigDecimal eur = AmountParser.euros(raw, unit, thousands);
			amounts.add(new Amount(year, raw, eur, row.cellBoxes().get(year)));
		}
		return amounts;
	}

	static List<Integer> actionNumbers(String marker) {
		List<Integer> numbers = new ArrayList<>();
		Matcher range = RANGE.matcher(marker);
		String rest = marker;
		while (range.find()) {
			int from = Integer.parseInt(range.group(1));
			int to = Integer.parseInt(range.group(2));
			for (int n = from; n <= to && to - from < 200; n++) {
				numbers.add(n);
			}
			rest = rest.replace(range.group(), " ");
		}
		Matcher single = Pattern.compile("\\d{1,3}").matcher(rest);
		while (single.find()) {
			numbers.add(Integer.valueOf(single.group()));
		}
		return numbers.stream().distinct().sorted().toList();
	}

	private static String titleWithoutUnit(String caption) {
		Optional<Unit.Found> unit = Unit.find(caption);
		String title = caption;
		if (unit.isPresent()) {
			int cut = unit.get().position();
			int open = caption.lastIndexOf('(', cut);
			title = caption.substring(0, open >= 0 && cut - open < 6 ? open : cut);
		}
		return title.replaceAll("[\\s(:,–-]+$", "").replaceAll("\\s+", " ").trim();
	}
}
