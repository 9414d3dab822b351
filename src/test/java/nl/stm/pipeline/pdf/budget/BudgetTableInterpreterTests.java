package nl.stm.pipeline.pdf.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.stm.pipeline.pdf.page.Unit;

/**
 * How tables found on the pages are taken: a table that is no budget table (statistics with year
 * columns) is skipped with one warning and passes nothing on to the tables after it.
 */
class BudgetTableInterpreterTests {

	private static final List<Integer> YEARS = List.of(2024, 2025);

	@Test
	void aSkippedTableLeavesOneWarningAndNoUnitForTheNextTable() {
		// given: statistics "x 1.000 personen" without rows of actions, then a budget table in
		// € x10.000, then one that states no unit (it inherits the unit of the table before it)
		List<String> warnings = new ArrayList<>();
		BudgetTableInterpreter interpreter = new BudgetTableInterpreter(warnings);
		interpreter.accept(new GridTable("Actielijn 1. Bewustwording (€ x10.000)", List.of(), YEARS, 2, 2,
				List.of(row("1. Campagne", "5", "10")), List.of()));
		interpreter.accept(new GridTable("Meldingen (x € 1.000)", List.of(), YEARS, 3, 3,
				List.of(row("Politie", "1.200", "1.350")), List.of("page 3: two values for 2024 in row 'Politie'")));

		// when
		interpreter.accept(new GridTable("Actielijn 2. Meldingsbereidheid", List.of(), YEARS, 4, 4,
				List.of(row("2. Meldpunt", "3", "4")), List.of()));

		// then
		assertThat(warnings).containsExactly("page 3: table 'Meldingen (x € 1.000)' is neither an overview nor a budget table; skipped",
				"page 4: table 'Actielijn 2. Meldingsbereidheid' states no unit; read as EUR_10K");
		ActielijnTable second = interpreter.actielijnTables().get(1);
		assertThat(second.unit()).isEqualTo(Unit.EUR_10K);
		assertThat(second.rows().get(0).amounts()).extracting(Amount::eur)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("30000"), new BigDecimal("40000"));
	}

	@Test
	void aTableWithYearColumnsButNoRowsIsNamedInAWarningNotReadAsEmpty() {
		List<String> warnings = new ArrayList<>();
		BudgetTableInterpreter interpreter = new BudgetTableInterpreter(warnings);

		interpreter.accept(new GridTable("Actielijn 1. Bewustwording (€ x10.000)", List.of(), YEARS, 7, 7, List.of(),
				List.of()));

		assertThat(interpreter.actielijnTables()).isEmpty();
		assertThat(warnings).containsExactly(
				"page 7: table 'Actielijn 1. Bewustwording (€ x10.000)' has year columns [2024, 2025] but no rows could be read; skipped");
	}

	private static GridRow row(String label, String first, String second) {
		return new GridRow(2, label, false, Map.of(YEARS.get(0), first, YEARS.get(1), second));
	}
}
