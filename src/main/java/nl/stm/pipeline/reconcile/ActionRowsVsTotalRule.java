package nl.stm.pipeline.reconcile;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** ACTION_ROWS_VS_TOTAL: the action rows of an actielijn table against its printed Totaal, per year. */
@Component
@Order(1)
class ActionRowsVsTotalRule implements ReconciliationRule {

	@Override
	public String id() {
		return "ACTION_ROWS_VS_TOTAL";
	}

	@Override
	public List<Finding> check(ReconciliationInput input, Tolerance tolerance) {
		return input.letters()
			.stream()
			.flatMap(l -> l.tables().stream())
			.filter(t -> !t.isOverview())
			.flatMap(t -> SumCheck.check(id(), t, tolerance).stream())
			.toList();
	}
}
