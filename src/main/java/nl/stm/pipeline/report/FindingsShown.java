package nl.stm.pipeline.report;

import java.util.List;
import java.util.Map;

import nl.stm.pipeline.reconcile.Finding;
import nl.stm.pipeline.reconcile.FindingRepository;

/**
 * The findings the page lists: the first {@link #PER_RULE} of each rule, in the order they were found,
 * and how many each rule has. Only those listed are read (the database picks them per rule), so a run
 * with 100,000 findings writes a page of a few hundred and reads no more; every finding is in
 * report.xlsx and fact_finding.csv. Its methods are public for the template.
 */
final class FindingsShown {

	/** Findings listed per rule. */
	static final int PER_RULE = 50;

	private final List<Finding> shown;

	private final Map<String, Long> perRule;

	private FindingsShown(List<Finding> shown, Map<String, Long> perRule) {
		this.shown = shown;
		this.perRule = perRule;
	}

	/** What the page lists of the stored findings. */
	static FindingsShown read(FindingRepository findings) {
		return new FindingsShown(findings.firstOfEachRule(PER_RULE), findings.countPerRule());
	}

	/** The findings listed, in the order they were found. */
	public List<Finding> shown() {
		return shown;
	}

	/** A rule with its number of findings and how many of them the page lists. */
	public record RuleCount(String rule, long count, long listed) {
	}

	/** Every rule with findings, in name order. */
	public List<RuleCount> rules() {
		return perRule.entrySet()
			.stream()
			.map(rule -> new RuleCount(rule.getKey(), rule.getValue(), Math.min(rule.getValue(), PER_RULE)))
			.toList();
	}

	/** Whether some findings are counted but not listed. */
	public boolean isCut() {
		return perRule.values().stream().anyMatch(count -> count > PER_RULE);
	}
}
