package nl.stm.pipeline.reconcile;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import nl.stm.pipeline.ops.OneLine;

/**
 * What an operator reads of a reconciliation: the count per rule and severity and the first few
 * findings in full, so that a model with a million partner rows does not print millions of lines.
 * Built as the findings stream past (it keeps counts and the first N of each severity only); the
 * complete list goes to a file of JSON Lines ({@link FindingsFile}) or {@code --json}.
 */
public final class FindingsSummary implements Consumer<Finding> {

	/** How many findings are printed in full by default. */
	public static final int FIRST = 20;

	private final int first;

	private final Map<Severity, Long> perSeverity = new EnumMap<>(Severity.class);

	private final Map<String, Map<Severity, Long>> perRule = new TreeMap<>();

	private final Map<Severity, List<Finding>> firstPerSeverity = new EnumMap<>(Severity.class);

	private long count;

	/** A summary that will print the first {@code first} findings in full (errors first). */
	public FindingsSummary(int first) {
		this.first = first;
	}

	@Override
	public void accept(Finding f) {
		count++;
		perSeverity.merge(f.severity(), 1L, Long::sum);
		perRule.computeIfAbsent(f.rule(), r -> new EnumMap<>(Severity.class)).merge(f.severity(), 1L, Long::sum);
		List<Finding> kept = firstPerSeverity.computeIfAbsent(f.severity(), s -> new ArrayList<>());
		if (kept.size() < first) {
			kept.add(f);
		}
	}

	/** How many findings were seen. */
	public long count() {
		return count;
	}

	/** Whether a finding reaches the severity given to {@code --fail-on} (ERROR, WARNING or INFO). */
	public boolean reaches(Severity failOn) {
		return perSeverity.keySet().stream().anyMatch(s -> s.compareTo(failOn) <= 0);
	}

	/** Prints the counts per rule and severity and the first findings, errors first, each severity in found order. */
	public void print(PrintStream out) {
		out.printf("findings: %d%s%n", count, perSeverity.isEmpty() ? "" : " " + perSeverity);
		perRule.forEach((rule, counts) -> out.printf("  %-34s %s%n", rule, counts));
		List<Finding> shown = firstPerSeverity.values().stream().flatMap(List::stream).limit(first).toList();
		for (Finding f : shown) {
			out.printf("  %-7s %-30s %s%n", f.severity(), f.rule(), OneLine.of(f.message()));
			out.printf("          observed %s, expected %s, difference %s, tolerance %s%n", Money.format(f.observed()),
					Money.format(f.expected()), Money.format(f.difference()), Money.format(f.tolerance()));
			f.sources().forEach(s -> out.printf("          source: %s%n", OneLine.of(String.valueOf(s))));
		}
		if (count > shown.size()) {
			out.printf("  … %d more (all of them: reconcile --out=FILE or --json)%n", count - shown.size());
		}
	}
}
