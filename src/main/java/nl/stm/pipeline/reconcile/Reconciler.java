package nl.stm.pipeline.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every reconciliation rule over the whole model and replaces the stored findings with the
 * result, in one transaction.
 */
@Service
public class Reconciler {

	private final List<ReconciliationRule> rules;

	private final ReconciliationRepository figures;

	private final FindingRepository findings;

	private final PartnerFiguresRepository partners;

	private final ReconcileProperties properties;

	public Reconciler(List<ReconciliationRule> rules, ReconciliationRepository figures, PartnerFiguresRepository partners,
			FindingRepository findings, ReconcileProperties properties) {
		this.rules = rules;
		this.figures = figures;
		this.partners = partners;
		this.findings = findings;
		this.properties = properties;
	}

	@Transactional
	public List<Finding> reconcile() {
		ReconciliationInput input = new ReconciliationInput(figures.letters(), partners.currentSubmissions(),
				partners.reportedStatuses());
		List<Finding> result = new ArrayList<>();
		for (ReconciliationRule rule : rules) {
			result.addAll(rule.check(input, properties.forRule(rule.id())));
		}
		findings.replaceAll(result);
		return result;
	}
}
