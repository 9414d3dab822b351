package nl.stm.pipeline.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.stm.pipeline.bi.BiCatalog;

/**
 * The letters' budgets summed while the report exports {@code bi.fact_budget} (once): the current
 * budget per action and year and per year of each edition, and every letter's amounts per action,
 * letter and year for the timelines. Whether a budget line is current is a correlated query over the
 * ordered documents; H2 evaluates it again for every action a grouped query over the view is joined
 * to, which made the actions sheet alone take longer than all CSV files together. The sums are
 * SQL's: an action, year or letter without a line has no entry.
 */
final class BudgetTotals implements ViewReader.RowHandler {

	private final int document;

	private final int action;

	private final int year;

	private final int amount;

	private final int current;

	private final int edition;

	/** Edition, action, year: the current budget. */
	private final Map<String, Map<Integer, Map<Integer, BigDecimal>>> currentPerActionYear = new HashMap<>();

	/** Edition, year: the current budget of every line, with or without an action. */
	private final Map<String, Map<Integer, BigDecimal>> currentPerYear = new HashMap<>();

	/** Edition, action, document key, year: the amounts a letter states. */
	private final Map<String, Map<Integer, Map<Long, Map<Integer, BigDecimal>>>> perLetter = new HashMap<>();

	/** Totals over rows of {@code fact}, the view bi.fact_budget. */
	BudgetTotals(BiCatalog.View fact) {
		List<String> names = fact.columns().stream().map(BiCatalog.Column::name).toList();
		this.document = names.indexOf("document_key");
		this.action = names.indexOf("action_key");
		this.year = names.indexOf("budget_year");
		this.amount = names.indexOf("amount_eur");
		this.current = names.indexOf("is_current");
		this.edition = names.indexOf("edition_key");
	}

	@Override
	public void row(Object[] values) {
		String editionKey = (String) values[edition];
		if (editionKey == null) {
			return; // in SQL, a line of no edition belongs to none: edition_key = ? never holds
		}
		int budgetYear = ((Long) values[year]).intValue();
		BigDecimal eur = (BigDecimal) values[amount];
		Long actionKey = (Long) values[action];
		if (Boolean.TRUE.equals(values[current])) {
			currentPerYear.computeIfAbsent(editionKey, k -> new TreeMap<>()).merge(budgetYear, eur, BigDecimal::add);
			if (actionKey != null) {
				currentPerActionYear.computeIfAbsent(editionKey, k -> new HashMap<>())
					.computeIfAbsent(actionKey.intValue(), k -> new TreeMap<>())
					.merge(budgetYear, eur, BigDecimal::add);
			}
		}
		if (actionKey != null) {
			perLetter.computeIfAbsent(editionKey, k -> new HashMap<>())
				.computeIfAbsent(actionKey.intValue(), k -> new HashMap<>())
				.computeIfAbsent((Long) values[document], k -> new TreeMap<>())
				.merge(budgetYear, eur, BigDecimal::add);
		}
	}

	/** Per action of the edition, its current budget per year. */
	Map<Integer, Map<Integer, BigDecimal>> currentPerActionYear(String editionKey) {
		return currentPerActionYear.getOrDefault(editionKey, Map.of());
	}

	/** The current budget of an action of an edition over all years; null when it has none. */
	BigDecimal current(String editionKey, long actionKey) {
		Map<Integer, BigDecimal> years = currentPerActionYear(editionKey).get((int) actionKey);
		return years == null ? null : years.values().stream().reduce(BigDecimal::add).orElse(null);
	}

	/** Per year, the current budget of the edition. */
	Map<Integer, BigDecimal> currentPerYear(String editionKey) {
		return currentPerYear.getOrDefault(editionKey, Map.of());
	}

	/** Per action of the edition, per document key, the amounts per year its letter states. */
	Map<Integer, Map<Long, Map<Integer, BigDecimal>>> perLetter(String editionKey) {
		return perLetter.getOrDefault(editionKey, Map.of());
	}
}
