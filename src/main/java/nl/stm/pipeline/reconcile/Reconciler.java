package nl.stm.pipeline.reconcile;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every reconciliation rule over the model, rule after rule: the letter rules over the letters'
 * figures (a few hundred rows per letter, held), the partner rules over one partner of one file at a
 * time (streamed), so no more than one partner's rows and one batch of findings are in memory.
 * {@link #reconcile()} replaces the stored findings in one transaction (readers see the old findings
 * until it commits); {@link #check} only reads, for a dry run.
 */
@Service
public class Reconciler {

	/** Findings per JDBC batch. */
	static final int BATCH = 500;

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

	/** Replaces the stored findings with a fresh reconciliation's; returns how many were stored. */
	@Transactional
	public long reconcile() {
		findings.deleteAll();
		OffsetDateTime now = OffsetDateTime.now();
		List<Finding> batch = new ArrayList<>(BATCH);
		long[] stored = { 0 };
		check(f -> {
			batch.add(f);
			if (batch.size() == BATCH) {
				findings.insert(batch, now);
				stored[0] += batch.size();
				batch.clear();
			}
		});
		if (!batch.isEmpty()) {
			findings.insert(batch, now);
			stored[0] += batch.size();
		}
		return stored[0];
	}

	/**
	 * Hands on every finding of the model as it stands, in the order and form they are stored (euros in
	 * cents); writes nothing.
	 */
	@Transactional(readOnly = true)
	public void check(Consumer<? super Finding> found) {
		Consumer<Finding> each = f -> found.accept(f.inCents());
		List<LetterFigures> letters = figures.letters();
		List<StatusFigure> statuses = partners.reportedStatuses();
		ReconciliationInput lettersOnly = new ReconciliationInput(letters, List.of(), statuses);
		for (ReconciliationRule rule : rules) {
			Tolerance tolerance = properties.forRule(rule.id());
			if (rule.perPartner()) {
				partners.forEachPartner(
						rows -> rule.check(new ReconciliationInput(letters, rows, statuses), tolerance).forEach(each));
			}
			else {
				rule.check(lettersOnly, tolerance).forEach(each);
			}
		}
	}
}
