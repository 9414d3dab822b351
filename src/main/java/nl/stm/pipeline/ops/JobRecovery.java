package nl.stm.pipeline.ops;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps job executions from being stuck. An execution left {@code STARTED} or {@code STOPPING} by
 * a process that died is marked {@code FAILED} with {@link JobOperator#recover} (Spring Batch's own
 * way, no hand-written SQL), so the next start of the same job instance restarts it after its last
 * committed chunk.
 */
@Component
public class JobRecovery {

	private static final Logger log = LoggerFactory.getLogger(JobRecovery.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final ExecutionOwner owner;

	public JobRecovery(JobRepository jobRepository, JobOperator jobOperator, ExecutionOwner owner) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.owner = owner;
	}

	/** Marks failed every execution of the job whose process died; returns them, recovered. */
	public List<JobExecution> recoverAbandoned(String jobName) {
		List<JobExecution> recovered = new ArrayList<>();
		for (JobExecution running : jobRepository.findRunningJobExecutions(jobName)) {
			JobExecution stale = recoverIfAbandoned(running);
			if (stale != null) {
				recovered.add(stale);
			}
		}
		return recovered;
	}

	/** Recovers the execution when its process died; null when it is not running or its process lives. */
	public JobExecution recoverIfAbandoned(JobExecution execution) {
		if (execution == null || !execution.isRunning() || owner.ownerAlive(execution)) {
			return null;
		}
		log.warn("{} execution {} ({}) was left {} by a process that no longer runs; marked FAILED, to be restarted",
				execution.getJobInstance().getJobName(), execution.getId(), execution.getJobParameters()
					.getString("input.file", PipelineRuns.describe(execution.getJobParameters())), execution.getStatus());
		return jobOperator.recover(execution);
	}
}
