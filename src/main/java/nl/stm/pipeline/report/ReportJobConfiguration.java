package nl.stm.pipeline.report;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report job: one step that writes a run folder from the model and the bi views. Each run is
 * its own job instance (identified by its start time); the run folder is recorded in the step's
 * execution context.
 */
@Configuration
public class ReportJobConfiguration {

	public static final String JOB_NAME = "reportJob";

	public static final String RUN_TIME = "run.time";

	static final String RUN_FOLDER = "run.folder";

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ReportWriter writer) {
		return new StepBuilder("reportStep", jobRepository).tasklet((contribution, context) -> {
			ReportWriter.Result result = writer.write();
			contribution.incrementWriteCount(result.files().size());
			var executionContext = context.getStepContext().getStepExecution().getExecutionContext();
			executionContext.putString(RUN_FOLDER, result.run().toString());
			executionContext.putString("files", String.join(",", result.files()));
			executionContext.putString("pruned", result.pruned().toString());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Job reportJob(JobRepository jobRepository, Step reportStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(reportStep).build();
	}
}
