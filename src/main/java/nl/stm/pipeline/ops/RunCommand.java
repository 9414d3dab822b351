package nl.stm.pipeline.ops;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.model.ActionModelRepository;
import nl.stm.pipeline.reconcile.FindingRepository;
import nl.stm.pipeline.reconcile.FindingsSummary;
import nl.stm.pipeline.report.ReportLauncher;

/**
 * {@code run}: the pipeline job ({@link PipelineJobConfiguration}) on the configured database, as a
 * new run, or as the resumption of the last run when that one failed or was stopped: it goes on at
 * the step where it ended. Imports every letter that is not yet in the model (same content is
 * recognised by SHA-256), ingests the partner files, reconciles and writes the report; then prints
 * a summary, the findings and the report folder. A failed file does not stop the others; it makes
 * the exit status 1.
 */
@Component
class RunCommand implements PipelineCommand {

	private final PipelineRuns runs;

	private final PipelineOutput output;

	private final ActionModelRepository model;

	private final FindingRepository findings;

	RunCommand(PipelineRuns runs, PipelineOutput output, ActionModelRepository model, FindingRepository findings) {
		this.runs = runs;
		this.output = output;
		this.model = model;
		this.findings = findings;
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (!args.isEmpty()) {
			err.println("run: takes no arguments (got " + String.join(" ", args) + ")");
			return USAGE;
		}
		output.use(out, err);
		JobParameters identity = runs.unfinished();
		if (identity != null) {
			out.println("run: resuming " + PipelineRuns.describe(identity) + " where it ended");
		}
		else {
			identity = new JobParametersBuilder().addString(PipelineJobConfiguration.RUN_ID, Instant.now().toString())
				.toJobParameters();
		}
		PipelineRuns.Result result = runs.start(identity);
		switch (result.outcome()) {
			case COMPLETED -> {
				JobExecution execution = result.execution();
				SummaryPrinter.print(model.summary(), out);
				findings.summary(FindingsSummary.FIRST).print(out);
				out.println(ReportLauncher.Report.of(step(execution, "reportStep")).summary());
				return execution.getExecutionContext().containsKey(PipelineJobConfiguration.INPUT_FAILED) ? INPUT_FAILED
						: OK;
			}
			case STOPPED -> {
				List<String> files = GracefulStop.stoppedFiles();
				err.println("run: stopped (SIGTERM) " + (files.isEmpty() ? "between files" : "after a chunk of " + String.join(", ", files))
						+ "; the next run resumes");
				return STOPPED;
			}
			case FAILED -> {
				StepExecution failed = result.execution().getStepExecutions().stream()
					.filter(s -> s.getStatus().isUnsuccessful())
					.findFirst()
					.orElse(null);
				err.println("run: " + result.identity() + " failed"
						+ (failed == null ? "" : " in " + failed.getStepName() + " (" + firstFailure(failed) + ")")
						+ "; the next run resumes there");
				return INPUT_FAILED;
			}
			default -> {
				err.println("run: " + result.identity() + " is running in another process");
				return BUSY;
			}
		}
	}

	private static StepExecution step(JobExecution execution, String name) {
		return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst().orElseThrow();
	}

	private static String firstFailure(StepExecution step) {
		return step.getFailureExceptions().stream()
			.findFirst()
			.map(Launcher::rootMessage)
			.orElse(OneLine.of(step.getExitStatus().getExitDescription().lines().findFirst().orElse("no reason recorded")));
	}
}
