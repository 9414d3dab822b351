package nl.stm.pipeline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import nl.stm.pipeline.reconcile.Finding;

/**
 * The findings the page lists: the first {@link #PER_RULE} of each rule, in the order they were found,
 * and how many each rule has. The findings come as a stream and only those shown are kept, so a run
 * with 100,000 findings writes a page of a few hundred (and its heap holds no more); every finding is
 * in report.xlsx and fact_finding.csv. Its methods are public for the template.
 */
final class FindingsShown implements Consumer<Finding> {

	/** Findings listed per rule. */
	static final int PER_RULE = 50;

	private final List<Finding> shown = new ArrayList<>();

	private final Map<String, Long> perRule = new TreeMap<>();

	@Override
	public void accept(Finding finding) {
		if (perRule.merge(finding.rule(), 1L, Long::sum) <= PER_RULE) {
			shown.add(finding);
		}
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
