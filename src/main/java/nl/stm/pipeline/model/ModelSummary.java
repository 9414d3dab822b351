package nl.stm.pipeline.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Counts and yearly totals of the action model, for the end-of-run summary: the printed programme
 * total per year of the latest overview, and the sum of the latest letter's action budget lines per year.
 */
public record ModelSummary(int documents, int actielijnen, int actions, int budgetLines,
		Map<Integer, BigDecimal> programmeTotalPerYear, Map<Integer, BigDecimal> actionBudgetPerYear) {
}
