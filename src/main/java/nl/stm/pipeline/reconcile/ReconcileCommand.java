package nl.stm.pipeline.reconcile;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import nl.stm.pipeline.ops.OneLine;
import nl.stm.pipeline.ops.PipelineCommand;

/**
 * {@code reconcile [--json]}: runs reconciliation over the model; prints each finding (one JSON
 * line each with {@code --json}) and a count per rule. Findings are results, not failed inputs, so
 * the exit status is 0 when reconciliation ran.
 */
@Component
public class ReconcileCommand implements PipelineCommand {

	private final ReconcileLauncher launcher;

	public ReconcileCommand(ReconcileLauncher launcher) {
		this.launcher = launcher;
	}

	@Override
	public String name() {
		return "reconcile";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		boolean json = args.contains("--json");
		if (args.stream().anyMatch(a -> !a.equals("--json"))) {
			err.println("reconcile: the only option is --json");
			return USAGE;
		}
		List<Finding> result = launcher.reconcile();
		if (json) {
			result.forEach(f -> out.println(FindingJson.toJsonLine(f)));
		}
		else {
			print(result, out);
		}
		return OK;
	}

	public static void print(List<Finding> result, PrintStream out) {
		Map<String, Integer> perRule = new TreeMap<>();
		result.forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
		out.printf("findings: %d%s%n", result.size(), perRule.isEmpty() ? "" : " " + perRule);
		for (Finding f : result) {
			out.printf("  %-7s %-30s %s%n", f.severity(), f.rule(), OneLine.of(f.message()));
			out.printf("          observed %s, expected %s, difference %s, tolerance %s%n", Money.format(f.observed()),
					Money.format(f.expected()), Money.format(f.difference()), Money.format(f.tolerance()));
			f.sources().forEach(s -> out.printf("          source: %s%n", OneLine.of(String.valueOf(s))));
		}
	}
}
