package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The pipeline component of serve's health: DOWN only when the last run failed. */
class PipelineHealthIndicatorTests {

	private final JobRepository repository = new ResourcelessJobRepository();

	private final PipelineHealthIndicator indicator = new PipelineHealthIndicator(repository);

	@Test
	void upWithoutAnyRun() {
		Health health = indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("lastRun", "none yet");
	}

	@Test
	void downWhenTheLastRunFailedWithItsReason() {
		// given
		lastRun(BatchStatus.FAILED, new ExitStatus("FAILED", "java.lang.IllegalStateException: disk full\n\tat x.y(Z.java:1)"));

		// when
		Health health = indicator.health();

		// then
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("lastRun", "slot 2026-12-02T02:00+01:00")
			.containsEntry("status", "FAILED")
			.containsEntry("reason", "java.lang.IllegalStateException: disk full")
			.containsKeys("started", "ended");
	}

	@Test
	void upWhenTheLastRunCompletedOrWasStopped() {
		lastRun(BatchStatus.COMPLETED, ExitStatus.COMPLETED);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		assertThat(indicator.health().getDetails()).containsEntry("status", "COMPLETED").doesNotContainKey("reason");

		lastRun(BatchStatus.STOPPED, ExitStatus.STOPPED);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	private void lastRun(BatchStatus status, ExitStatus exit) {
		JobParameters slot = new JobParametersBuilder()
			.addString(PipelineJobConfiguration.SLOT, "2026-12-02T02:00+01:00")
			.toJobParameters();
		JobExecution execution = repository.createJobExecution(
				repository.createJobInstance(PipelineJobConfiguration.JOB_NAME, slot), slot, new ExecutionContext());
		execution.setStartTime(LocalDateTime.of(2026, 12, 2, 2, 0));
		execution.setEndTime(LocalDateTime.of(2026, 12, 2, 2, 7));
		execution.setStatus(status);
		execution.setExitStatus(exit);
		repository.update(execution);
	}
}
