package nl.stm.pipeline.reconcile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import nl.stm.pipeline.ops.PipelineCommand;

/**
 * {@code reconcile [--json] [--out=FILE] [--first=N] [--fail-on=error|warning|info]}: runs
 * reconciliation over the model and stores the findings; prints the counts per rule and severity
 * and the first N findings ({@link FindingsSummary}), or every finding as a JSON line with
 * {@code --json}; {@code --out} writes every finding to a file. Findings are results, not failed
 * inputs: the exit status is 0 when reconciliation ran, unless {@code --fail-on} names a severity
 * that some finding reaches (then 1, for a scheduler or CI to act on).
 */
@Component
public class ReconcileCommand implements PipelineCommand {

	private static final String USAGE_LINE = "reconcile: options are --json, --out=FILE, --first=N, --fail-on=error|warning|info";

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
		boolean json = false;
		Path file = null;
		int first = FindingsSummary.FIRST;
		Severity failOn = null;
		for (String arg : args) {
			String value = arg.substring(arg.indexOf('=') + 1);
			try {
				if (arg.equals("--json")) {
					json = true;
				}
				else if (arg.startsWith("--out=") && !value.isBlank()) {
					file = Path.of(value);
				}
				else if (arg.startsWith("--first=")) {
					first = Integer.parseUnsignedInt(value);
				}
				else if (arg.startsWith("--fail-on=")) {
					failOn = Severity.valueOf(value.toUpperCase(Locale.ROOT));
				}
				else {
					err.println(USAGE_LINE + " (got " + arg + ")");
					return USAGE;
				}
			}
			catch (IllegalArgumentException ex) {
				err.println(USAGE_LINE + " (got " + arg + ")");
				return USAGE;
			}
		}
		List<Finding> result = launcher.reconcile();
		if (json) {
			result.forEach(f -> out.println(FindingJson.toJsonLine(f)));
		}
		else {
			FindingsSummary.print(result, first, out);
		}
		if (file != null) {
			FindingsSummary.write(result, file);
			(json ? err : out).println("reconcile: " + result.size() + " finding(s) written to " + file);
		}
		return failOn != null && FindingsSummary.reaches(result, failOn) ? INPUT_FAILED : OK;
	}
}
