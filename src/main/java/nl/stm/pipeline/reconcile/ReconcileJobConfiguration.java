package nl.stm.pipeline.reconcile;

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
 * The reconciliation job: one step that runs every rule over the model and replaces the findings (in
 * the step's one transaction, written in batches as they are found).
 * Each run is its own job instance (identified by its start time), since the model it reads may
 * have changed since the last run.
 */
@Configuration
public class ReconcileJobConfiguration {

	public static final String JOB_NAME = "reconcileJob";

	public static final String RUN_TIME = "run.time";

	@Bean
	Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Reconciler reconciler) {
		return new StepBuilder("reconcileStep", jobRepository).tasklet((contribution, context) -> {
			long findings = reconciler.reconcile();
			contribution.incrementWriteCount(findings);
			context.getStepContext().getStepExecution().getExecutionContext().putInt("findings", Math.toIntExact(findings));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Job reconcileJob(JobRepository jobRepository, Step reconcileStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(reconcileStep).build();
	}
}
