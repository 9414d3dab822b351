package nl.stm.pipeline.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.partner.PartnerIngester;

/**
 * Starts the pipeline job for one identity (a run id or a schedule slot) and says what became of
 * it. The job repository is the only arbiter between processes: an identity that completed is not
 * run again, one that runs elsewhere is left alone (two processes creating the same instance at
 * once: the loser hits the instance's unique key), one whose process died is recovered and resumed.
 */
@Component
public class PipelineRuns {

	/** What became of a start. */
	public enum Outcome {

		COMPLETED, FAILED, STOPPED, ALREADY_DONE, RUNNING_ELSEWHERE

	}

	/** One start: its identity, what became of it and, when it ran here, its execution. */
	public record Result(String identity, Outcome outcome, JobExecution execution) {

		/** Wall-clock duration of the execution, when it ran here. */
		public Duration duration() {
			return execution == null || execution.getEndTime() == null ? Duration.ZERO
					: Duration.between(execution.getStartTime(), execution.getEndTime());
		}
	}

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job pipelineJob;

	private final JobRecovery recovery;

	private final ExecutionOwner owner;

	public PipelineRuns(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier(PipelineJobConfiguration.JOB_NAME) Job pipelineJob, JobRecovery recovery, ExecutionOwner owner) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.pipelineJob = pipelineJob;
		this.recovery = recovery;
		this.owner = owner;
	}

	/**
	 * The identity of the last pipeline run when it did not complete (failed, stopped, or left
	 * running by a process that died), so that it can be resumed at the step where it ended; null
	 * otherwise.
	 */
	public JobParameters unfinished() {
		JobInstance last = jobRepository.getLastJobInstance(PipelineJobConfiguration.JOB_NAME);
		JobExecution execution = last == null ? null : jobRepository.getLastJobExecution(last);
		if (execution == null) {
			return null;
		}
		JobExecution recovered = recovery.recoverIfAbandoned(execution);
		BatchStatus status = recovered != null ? recovered.getStatus() : execution.getStatus();
		return status == BatchStatus.FAILED || status == BatchStatus.STOPPED
				? new JobParameters(execution.getJobParameters().getIdentifyingParameters()) : null;
	}

	/**
	 * Whether input waits in the drop folders: a partner file, or a letter changed since the last
	 * pipeline run that completed (or any letter when none did).
	 */
	public boolean inputsWaiting(Path inputDir) throws IOException {
		if (!PartnerIngester.filesIn(inputDir.resolve("partners")).isEmpty()) {
			return true;
		}
		JobInstance last = jobRepository.getLastJobInstance(PipelineJobConfiguration.JOB_NAME);
		JobExecution lastRun = last == null ? null : jobRepository.getLastJobExecution(last);
		LocalDateTime since = lastRun != null && lastRun.getStatus() == BatchStatus.COMPLETED ? lastRun.getStartTime()
				: null;
		for (Path letter : LetterImporter.lettersIn(inputDir.resolve("letters")).inputs()) {
			if (since == null || LocalDateTime.ofInstant(Files.getLastModifiedTime(letter).toInstant(),
					ZoneId.systemDefault()).isAfter(since)) {
				return true;
			}
		}
		return false;
	}

	/** Starts (or resumes) the run of this identity and waits for it to end. */
	public Result start(JobParameters identity) throws Exception {
		String name = describe(identity);
		recovery.recoverIfAbandoned(jobRepository.getLastJobExecution(PipelineJobConfiguration.JOB_NAME, identity));
		try {
			JobExecution execution = jobOperator.start(pipelineJob,
					owner.parameters().addJobParameters(identity).toJobParameters());
			Outcome outcome = switch (execution.getStatus()) {
				case COMPLETED -> Outcome.COMPLETED;
				case STOPPED -> Outcome.STOPPED;
				default -> Outcome.FAILED;
			};
			return new Result(name, outcome, execution);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return new Result(name, Outcome.ALREADY_DONE, null);
		}
		catch (JobExecutionAlreadyRunningException | DataIntegrityViolationException ex) {
			return new Result(name, Outcome.RUNNING_ELSEWHERE, null);
		}
		catch (IllegalStateException ex) {
			// the instance was created by another process a moment ago, its execution not yet
			if (ConcurrentFiles.startedElsewhere(ex)) {
				return new Result(name, Outcome.RUNNING_ELSEWHERE, null);
			}
			throw ex;
		}
	}

	/** "slot 2026-12-02T02:00+01:00" or "run 2026-12-01T23:40:12.345Z". */
	public static String describe(JobParameters identity) {
		JobParameter<?> slot = identity.getParameter(PipelineJobConfiguration.SLOT);
		return slot != null ? "slot " + slot.value() : "run " + identity.getString(PipelineJobConfiguration.RUN_ID);
	}
}
