package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * PARTNER_BUDGET_VS_LETTER: the budget a partner reports for an action and year against the
 * budget the latest letter gives it. The partner's euros are exact; only the letter's figure is
 * rounded.
 */
@Component
@Order(7)
class PartnerBudgetVsLetterRule implements ReconciliationRule {

	@Override
	public String id() {
		return "PARTNER_BUDGET_VS_LETTER";
	}

	@Override
	public boolean perPartner() {
		return true;
	}

	@Override
	public List<Finding> check(ReconciliationInput input, Tolerance tolerance) {
		List<Finding> findings = new ArrayList<>();
		for (PartnerAmounts.Group g : PartnerAmounts.groups(input, PartnerFigure::budgeted)) {
			PrintedAmount letter = g.letterAmount();
			BigDecimal allowed = tolerance.allowed(letter.eur(), Tolerance.half(letter));
			BigDecimal difference = g.amount().subtract(letter.eur());
			if (difference.abs().compareTo(allowed) > 0) {
				findings.add(new Finding(id(), Severity.WARNING, g.row().table().actielijn(), g.figures().get(0).action(),
						g.year(), g.organisation(), g.amount(), letter.eur(), difference, allowed,
						g.organisation() + " reports a budget of " + Money.format(g.amount()) + " for "
								+ g.row().row().name() + " in " + g.year() + " (" + g.period() + "), "
								+ g.row().table().letter().name() + " budgets " + Money.format(letter.eur()),
						g.sources()));
			}
		}
		return findings;
	}
}
