package nl.stm.pipeline.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the rules compare: the letters' printed figures (oldest letter first), the partners'
 * current submissions and the statuses the progress reports give.
 */
public record ReconciliationInput(List<LetterFigures> letters, List<PartnerFigure> partners,
		List<StatusFigure> statuses) {

	public ReconciliationInput(List<LetterFigures> letters) {
		this(letters, List.of(), List.of());
	}

	/** Where an action is budgeted now: its row in the latest letter that budgets it. */
	public Map<Integer, BudgetedRow> latestBudgetRows() {
		Map<Integer, BudgetedRow> rows = new HashMap<>();
		for (LetterFigures letter : letters) {
			for (TableFigures table : letter.tables()) {
				if (table.isOverview()) {
					continue;
				}
				for (TableFigures.RowFigures row : table.rows()) {
					row.actions().forEach(a -> rows.put(a, new BudgetedRow(table, row)));
				}
			}
		}
		return rows;
	}

	/** An action row of a letter's table. */
	public record BudgetedRow(TableFigures table, TableFigures.RowFigures row) {
	}
}
