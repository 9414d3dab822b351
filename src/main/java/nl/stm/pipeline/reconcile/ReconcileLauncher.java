package nl.stm.pipeline.reconcile;

import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Starts the reconciliation job and hands on the findings it stored, one at a time (read back from the
 * database, so their number is not bounded by the heap); or, for a dry run, reconciles without the job
 * and without writing anything.
 */
@Service
public class ReconcileLauncher {

	private final JobOperator jobOperator;

	private final Job reconcileJob;

	private final FindingRepository findings;

	private final Reconciler reconciler;

	public ReconcileLauncher(JobOperator jobOperator, @Qualifier(ReconcileJobConfiguration.JOB_NAME) Job reconcileJob,
			FindingRepository findings, Reconciler reconciler) {
		this.jobOperator = jobOperator;
		this.reconcileJob = reconcileJob;
		this.findings = findings;
		this.reconciler = reconciler;
	}

	/** Runs a fresh reconciliation that replaces the stored findings, then hands on each finding it stored. */
	public void reconcile(Consumer<? super Finding> each) throws Exception {
		JobExecution execution = jobOperator.start(reconcileJob, new JobParametersBuilder()
			.addString(ReconcileJobConfiguration.RUN_TIME, Instant.now().toString(), true)
			.toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("the reconciliation job ended " + execution.getStatus() + ": "
					+ execution.getExitStatus().getExitDescription().lines().findFirst().orElse(""));
		}
		findings.forEach(each);
	}

	/** Hands on each finding the model gives now, in stored order, without storing them (a reader only). */
	public void dryRun(Consumer<? super Finding> each) {
		reconciler.check(each);
	}
}
