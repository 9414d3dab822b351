package nl.stm.pipeline.reconcile;

import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Starts the reconciliation job and hands back the findings it stored. */
@Service
public class ReconcileLauncher {

	private final JobOperator jobOperator;

	private final Job reconcileJob;

	private final FindingRepository findings;

	public ReconcileLauncher(JobOperator jobOperator, @Qualifier(ReconcileJobConfiguration.JOB_NAME) Job reconcileJob,
			FindingRepository findings) {
		this.jobOperator = jobOperator;
		this.reconcileJob = reconcileJob;
		this.findings = findings;
	}

	/** The findings of a fresh reconciliation run. */
	public List<Finding> reconcile() throws Exception {
		JobExecution execution = jobOperator.start(reconcileJob, new JobParametersBuilder()
			.addString(ReconcileJobConfiguration.RUN_TIME, Instant.now().toString(), true)
			.toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("the reconciliation job ended " + execution.getStatus() + ": "
					+ execution.getExitStatus().getExitDescription().lines().findFirst().orElse(""));
		}
		return findings.all();
	}
}
