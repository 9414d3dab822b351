package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.List;

/** What reconciliation knows of one letter: its tables and the per-year amounts in its prose. */
public record LetterFigures(LetterRef letter, List<TableFigures> tables, List<ProseAmount> proseAmounts) {

	public TableFigures overview() {
		return tables.stream().filter(TableFigures::isOverview).findFirst().orElse(null);
	}

	/** An amount stated in the letter's prose. */
	public record ProseAmount(String phrase, BigDecimal eur, boolean perYear, int page) {
	}
}
