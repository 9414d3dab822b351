package nl.stm.pipeline.report;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.stm.pipeline.ops.PipelineCommand;

/**
 * {@code report}: writes a new run folder under the output directory (report.html, report.xlsx, a
 * CSV per table and datapackage.json) from what the model holds now, and replaces {@code latest/}.
 */
@Component
public class ReportCommand implements PipelineCommand {

	private final ReportLauncher launcher;

	public ReportCommand(ReportLauncher launcher) {
		this.launcher = launcher;
	}

	@Override
	public String name() {
		return "report";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (!args.isEmpty()) {
			err.println("report: takes no arguments (got " + String.join(" ", args) + ")");
			return USAGE;
		}
		out.println(launcher.report().summary());
		return OK;
	}
}
