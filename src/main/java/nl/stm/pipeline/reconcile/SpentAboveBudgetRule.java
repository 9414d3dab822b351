package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * SPENT_ABOVE_BUDGET: what a partner reports as spent on an action in a year against the budget
 * the latest letter gives that action and year. Spending below budget is no finding.
 */
@Component
@Order(8)
class SpentAboveBudgetRule implements ReconciliationRule {

	@Override
	public String id() {
		return "SPENT_ABOVE_BUDGET";
	}

	@Override
	public boolean perPartner() {
		return true;
	}

	@Override
	public List<Finding> check(ReconciliationInput input, Tolerance tolerance) {
		List<Finding> findings = new ArrayList<>();
		for (PartnerAmounts.Group g : PartnerAmounts.groups(input, PartnerFigure::spent)) {
			PrintedAmount budget = g.letterAmount();
			BigDecimal allowed = tolerance.allowed(budget.eur(), Tolerance.half(budget));
			BigDecimal over = g.amount().subtract(budget.eur());
			if (over.compareTo(allowed) > 0) {
				findings.add(new Finding(id(), Severity.ERROR, g.row().table().actielijn(), g.figures().get(0).action(),
						g.year(), g.organisation(), g.amount(), budget.eur(), over, allowed,
						g.organisation() + " reports " + Money.format(g.amount()) + " spent on " + g.row().row().name()
								+ " in " + g.year() + " (" + g.period() + "), above its budget of "
								+ Money.format(budget.eur()) + " in " + g.row().table().letter().name(),
						g.sources()));
			}
		}
		return findings;
	}
}
