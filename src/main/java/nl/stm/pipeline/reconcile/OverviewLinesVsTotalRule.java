package nl.stm.pipeline.reconcile;

import java.util.List;
import java.util.Objects;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** OVERVIEW_LINES_VS_TOTAL: the lines of the programme overview against its printed Totaal, per year. */
@Component
@Order(3)
class OverviewLinesVsTotalRule implements ReconciliationRule {

	@Override
	public String id() {
		return "OVERVIEW_LINES_VS_TOTAL";
	}

	@Override
	public List<Finding> check(ReconciliationInput input, Tolerance tolerance) {
		return input.letters()
			.stream()
			.map(LetterFigures::overview)
			.filter(Objects::nonNull)
			.flatMap(t -> SumCheck.check(id(), t, tolerance).stream())
			.toList();
	}
}
