package nl.stm.pipeline.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Starts the report job and hands back the run folder it wrote. */
@Service
public class ReportLauncher {

	private final JobOperator jobOperator;

	private final Job reportJob;

	public ReportLauncher(JobOperator jobOperator, @Qualifier(ReportJobConfiguration.JOB_NAME) Job reportJob) {
		this.jobOperator = jobOperator;
		this.reportJob = reportJob;
	}

	/** The run folder and its files, written by a fresh report run. */
	public Report report() throws Exception {
		JobExecution execution = jobOperator.start(reportJob, new JobParametersBuilder()
			.addString(ReportJobConfiguration.RUN_TIME, Instant.now().toString(), true)
			.toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("the report job ended " + execution.getStatus() + ": "
					+ execution.getExitStatus().getExitDescription().lines().findFirst().orElse(""));
		}
		return Report.of(execution.getStepExecutions().iterator().next());
	}

	/** A written run folder and the files in it. */
	public record Report(Path run, List<String> files) {

		/** The report a finished report step wrote (also as a step of the pipeline job). */
		public static Report of(StepExecution step) {
			var context = step.getExecutionContext();
			return new Report(Path.of(context.getString(ReportJobConfiguration.RUN_FOLDER)),
					Arrays.asList(context.getString("files").split(",")));
		}

		/** One line for the operator. */
		public String summary() {
			return "report: " + run + " (" + files.size() + " files), copied to "
					+ run.resolveSibling(RunFolders.LATEST);
		}
	}
}
