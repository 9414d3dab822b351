package nl.stm.pipeline.reconcile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import nl.stm.pipeline.ops.PipelineCommand;

/**
 * {@code reconcile [--dry-run] [--json] [--out=FILE] [--first=N] [--fail-on=error|warning|info]}: runs
 * reconciliation over the model and stores the findings; prints the counts per rule and severity
 * and the first N findings ({@link FindingsSummary}), or every finding as a JSON line with
 * {@code --json}; {@code --out} writes every finding to a file. All of it streams: no list of every
 * finding is held. {@code --dry-run} computes and prints the same without storing anything, so it only
 * reads the database (it works while a {@code serve} or {@code run} holds it). Findings are results, not
 * failed inputs: the exit status is 0 when reconciliation ran, unless {@code --fail-on} names a severity
 * that some finding reaches (then 1, for a scheduler or CI to act on).
 */
@Component
public class ReconcileCommand implements PipelineCommand {

	private static final String USAGE_LINE = "reconcile: options are --dry-run, --json, --out=FILE, --first=N, --fail-on=error|warning|info";

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
		boolean dryRun = false;
		Path file = null;
		int first = FindingsSummary.FIRST;
		Severity failOn = null;
		for (String arg : args) {
			String value = arg.substring(arg.indexOf('=') + 1);
			try {
				if (arg.equals("--json")) {
					json = true;
				}
				else if (arg.equals("--dry-run")) {
					dryRun = true;
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
		FindingsSummary summary = new FindingsSummary(first);
		Consumer<Finding> each = json ? summary.andThen(f -> out.println(FindingJson.toJsonLine(f))) : summary;
		PrintStream notes = json ? err : out;
		try (FindingsFile written = file == null ? null : FindingsFile.replacing(file)) {
			if (written != null) {
				each = each.andThen(written);
			}
			if (dryRun) {
				launcher.dryRun(each);
			}
			else {
				launcher.reconcile(each);
			}
			if (!json) {
				summary.print(out);
			}
			if (written != null) {
				written.commit();
				notes.println("reconcile: " + written.count() + " finding(s) written to " + file);
			}
		}
		if (dryRun) {
			notes.println("reconcile: dry run, the stored findings are unchanged");
		}
		return failOn != null && summary.reaches(failOn) ? INPUT_FAILED : OK;
	}
}
