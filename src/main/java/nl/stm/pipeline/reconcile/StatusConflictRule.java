package nl.stm.pipeline.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * STATUS_CONFLICT: the status a partner reports for an action and period against the status the
 * latest progress report gives the same action for the same period. One finding per partner,
 * action and period, however many rows (years) the partner's file has for it.
 */
@Component
@Order(9)
class StatusConflictRule implements ReconciliationRule {

	@Override
	public String id() {
		return "STATUS_CONFLICT";
	}

	@Override
	public boolean perPartner() {
		return true;
	}

	@Override
	public List<Finding> check(ReconciliationInput input, Tolerance tolerance) {
		Map<String, StatusFigure> reported = new LinkedHashMap<>();
		input.statuses().forEach(s -> reported.put(s.action() + "/" + s.period(), s));
		Set<String> seen = new HashSet<>();
		List<Finding> findings = new ArrayList<>();
		for (PartnerFigure f : input.partners()) {
			StatusFigure report = reported.get(f.action() + "/" + f.period());
			if (report == null || report.status() == null || f.status() == null || report.status().equals(f.status())
					|| !seen.add(f.organisation() + "/" + f.action() + "/" + f.period())) {
				continue;
			}
			findings.add(new Finding(id(), Severity.WARNING, null, f.action(), null, f.organisation(), null, null, null,
					null,
					f.organisation() + " reports action " + f.action() + " as " + f.status() + " for " + f.period() + ", "
							+ report.letter().name() + " reports it as " + report.status() + " ('" + report.statusLabel()
							+ "')",
					List.of(f.source(), report.source())));
		}
		return findings;
	}
}
