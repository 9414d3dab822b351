package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.stm.pipeline.pdf.page.Unit;

/** Builds printed figures for rule tests: amounts are given as printed ("0,345") in a unit. */
final class Figures {

	private final LetterRef letter;

	private final List<TableFigures> tables = new ArrayList<>();

	private final List<LetterFigures.ProseAmount> prose = new ArrayList<>();

	Figures(int number, LocalDate date) {
		this(number, date, "actieplan-2023");
	}

	Figures(int number, LocalDate date, String edition) {
		this.letter = new LetterRef(number, "Kamerstuk 28638 nr. " + number, date, number, edition);
	}

	/** Rows as {key-or-actions, printed values per year (null = empty)}, then the printed Totaal. */
	Figures table(String kind, Integer actielijn, String caption, Unit unit, int decimals, List<Integer> years,
			List<RowSpec> rows, String... total) {
		String name = TableFigures.name(kind, actielijn, tables.size());
		List<TableFigures.RowFigures> rowFigures = new ArrayList<>();
		int rowNo = 0;
		for (RowSpec row : rows) {
			rowNo++;
			Integer lineActielijn = row.key() != null ? row.actielijn() : actielijn;
			String rowName = TableFigures.RowFigures.name(row.key(), row.actions());
			rowFigures.add(new TableFigures.RowFigures(rowNo, row.key(), "label " + rowNo, lineActielijn, row.actions(), 7,
					amounts(row.values(), years, unit, decimals, name, rowName)));
		}
		tables.add(new TableFigures(letter, tables.size(), kind, actielijn, caption, unit.name(), 7, rowFigures,
				total.length == 0 || total[0] == null && total.length == 1 ? Map.of() : amounts(total, years, unit, decimals, name, "Totaal")));
		return this;
	}

	Figures prose(String phrase, String eur, boolean perYear) {
		prose.add(new LetterFigures.ProseAmount(phrase, new BigDecimal(eur), perYear, 1));
		return this;
	}

	LetterFigures build() {
		return new LetterFigures(letter, List.copyOf(tables), List.copyOf(prose));
	}

	/** An action row (key null) or an overview line (actions empty) with its printed values per year. */
	record RowSpec(String key, List<Integer> actions, Integer actielijn, String[] values) {
	}

	static RowSpec row(List<Integer> actions, String... values) {
		return new RowSpec(null, actions, null, values);
	}

	static RowSpec line(String key, Integer actielijn, String... values) {
		return new RowSpec(key, List.of(), actielijn, values);
	}

	private Map<Integer, PrintedAmount> amounts(String[] printed, List<Integer> years, Unit unit, int decimals,
			String table, String row) {
		Map<Integer, PrintedAmount> amounts = new TreeMap<>();
		for (int i = 0; i < printed.length; i++) {
			if (printed[i] != null) {
				BigDecimal value = printed[i].equals("–") ? BigDecimal.ZERO : new BigDecimal(printed[i].replace(',', '.'));
				amounts.put(years.get(i), new PrintedAmount(value.multiply(unit.factor()), unit.factor(), decimals,
						Source.letter(letter.name(), 7, table, row)));
			}
		}
		return amounts;
	}
}
