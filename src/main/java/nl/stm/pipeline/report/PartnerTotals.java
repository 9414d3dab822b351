package nl.stm.pipeline.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.stm.pipeline.bi.BiCatalog;

/**
 * What partners report now, summed while the report passes over their rows once (the rows of
 * {@code bi.fact_partner_submission}, on their way to the CSV file and the workbook): per action of an
 * edition as {@code bi.v_action} sums them, and per action and year for the page. Summing 100,000 rows
 * again in SQL for each output took longer than writing them. Sums as SQL's SUM: null when no row has
 * a value.
 */
final class PartnerTotals implements ViewReader.RowHandler {

	/** Budgeted and spent of one action or one action and year. */
	record Sums(BigDecimal budgeted, BigDecimal spent) {

		Sums add(BigDecimal budgetedEur, BigDecimal spentEur) {
			return new Sums(plus(budgeted, budgetedEur), plus(spent, spentEur));
		}

		private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
			return value == null ? sum : sum == null ? value : sum.add(value);
		}
	}

	/** An action of an edition. */
	record ActionKey(String edition, long action) {
	}

	private static final Sums NONE = new Sums(null, null);

	private final int edition;

	private final int action;

	private final int year;

	private final int budgeted;

	private final int spent;

	private final Map<ActionKey, Sums> perAction = new HashMap<>();

	private final Map<Integer, Map<Integer, Sums>> perActionYear = new TreeMap<>();

	/** Totals over rows of {@code fact}, the view bi.fact_partner_submission. */
	PartnerTotals(BiCatalog.View fact) {
		List<String> names = fact.columns().stream().map(BiCatalog.Column::name).toList();
		this.edition = names.indexOf("edition_key");
		this.action = names.indexOf("action_key");
		this.year = names.indexOf("budget_year");
		this.budgeted = names.indexOf("budgeted_eur");
		this.spent = names.indexOf("spent_eur");
	}

	@Override
	public void row(Object[] values) {
		BigDecimal b = (BigDecimal) values[budgeted];
		BigDecimal s = (BigDecimal) values[spent];
		long actionKey = (Long) values[action];
		perAction.merge(new ActionKey((String) values[edition], actionKey), NONE.add(b, s), (x, y) -> x.add(y.budgeted, y.spent));
		if (values[year] != null) {
			perActionYear.computeIfAbsent((int) actionKey, k -> new TreeMap<>())
				.merge(((Long) values[year]).intValue(), NONE.add(b, s), (x, y) -> x.add(y.budgeted, y.spent));
		}
	}

	/** The sums of an action of an edition; both null when no partner reports on it. */
	Sums of(String edition, long action) {
		return perAction.getOrDefault(new ActionKey(edition, action), NONE);
	}

	/** Per action (of the edition partners report on) and year, the sums. */
	Map<Integer, Map<Integer, Sums>> perActionYear() {
		return perActionYear;
	}
}
