package nl.stm.pipeline.ops;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code pipeline} component of {@code serve}'s health endpoint: the outcome of the last
 * pipeline run (last night's, or the last {@code run}), so that monitoring that only watches
 * {@code /actuator/health} sees a failed night. {@code DOWN} when that run {@code FAILED} (the next
 * run resumes it; until then the report is not up to date); {@code UP} otherwise, also when it was
 * stopped (SIGTERM: no failure, it resumes), is running, or when there was no run yet.
 */
@Component
class PipelineHealthIndicator implements HealthIndicator {

	private final JobRepository jobRepository;

	PipelineHealthIndicator(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public Health health() {
		JobInstance last = jobRepository.getLastJobInstance(PipelineJobConfiguration.JOB_NAME);
		JobExecution execution = last == null ? null : jobRepository.getLastJobExecution(last);
		if (execution == null) {
			return Health.up().withDetail("lastRun", "none yet").build();
		}
		Health.Builder health = execution.getStatus() == BatchStatus.FAILED ? Health.down() : Health.up();
		health.withDetail("lastRun", PipelineRuns.describe(execution.getJobParameters()))
			.withDetail("status", execution.getStatus().name());
		if (execution.getStartTime() != null) {
			health.withDetail("started", execution.getStartTime().toString());
		}
		if (execution.getEndTime() != null) {
			health.withDetail("ended", execution.getEndTime().toString());
		}
		if (execution.getStatus() == BatchStatus.FAILED) {
			String description = execution.getExitStatus().getExitDescription();
			health.withDetail("reason", OneLine.of(description.lines().findFirst().orElse("no reason recorded")));
		}
		return health.build();
	}
}
