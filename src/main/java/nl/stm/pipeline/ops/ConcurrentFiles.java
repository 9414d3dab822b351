package nl.stm.pipeline.ops;

import java.sql.SQLException;
import java.util.Collection;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

/**
 * What a file job needs when files are read at the same time (worker threads, or workers on other
 * machines): to wait for the job of the same content that another thread or process is running
 * (so that the second file is "already imported", as when files are read one after the other), and
 * to tell a failure caused by a concurrent file (a duplicate key of a row both inserted, a lock
 * timeout, a deadlock) from one caused by the file, so that the file job is restarted instead.
 */
public final class ConcurrentFiles {

	/** Attempts of one file after conflicts with concurrent files, before its failure is reported. */
	public static final int MAX_CONFLICTS = 3;

	private static final long POLL_MILLIS = 200;

	/** H2's "concurrent update" (a row changed by a transaction that committed after this one read it). */
	private static final int H2_CONCURRENT_UPDATE = 90131;

	private ConcurrentFiles() {
	}

	/**
	 * Waits while the last execution of the job instance runs in a live process (this one included);
	 * one whose process died is recovered. Returns false when a stop was requested while waiting.
	 */
	public static boolean awaitEnd(JobRepository jobRepository, JobRecovery recovery, String jobName,
			JobParameters identity) {
		while (true) {
			JobExecution last = jobRepository.getLastJobExecution(jobName, identity);
			if (last == null || !last.isRunning() || recovery.recoverIfAbandoned(last) != null) {
				return true;
			}
			if (GracefulStop.requested()) {
				return false;
			}
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}

	/**
	 * Waits until no other execution of the job runs in a live process: after a conflict, the file
	 * it conflicted with is then complete, so the restarted file sees all of it. Returns false when a
	 * stop was requested while waiting.
	 */
	public static boolean awaitOthers(JobRepository jobRepository, JobRecovery recovery, String jobName) {
		for (JobExecution running : jobRepository.findRunningJobExecutions(jobName)) {
			if (!awaitEnd(jobRepository, recovery, jobName,
					new JobParameters(running.getJobParameters().getIdentifyingParameters()))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether Spring Batch refused to start because the job instance exists without an execution, or
	 * came into being while it was being created: another thread or process created the instance a moment ago and is about to start it (the
	 * launcher creates the instance and its execution one after the other). Waits a moment for that
	 * execution, so that the caller can start again and meet it; false when it is another failure or a
	 * stop was requested.
	 */
	public static boolean startedElsewhere(Exception ex) {
		// "must not already exist": another thread of this process created the instance between the launcher's look-up and its own
		if (!(ex instanceof IllegalStateException) || ex.getMessage() == null
				|| !(ex.getMessage().startsWith("Cannot find any job execution for job instance")
						|| ex.getMessage().equals("JobInstance must not already exist"))) {
			return false;
		}
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
		return !GracefulStop.requested();
	}

	/** Whether a failure was caused by a concurrent writer rather than by the file. */
	public static boolean conflict(Collection<Throwable> failures) {
		for (Throwable failure : failures) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof DuplicateKeyException || t instanceof ConcurrencyFailureException
						|| t instanceof SQLException sql
								&& (sql.getErrorCode() == H2_CONCURRENT_UPDATE || "40001".equals(sql.getSQLState())
										|| "40P01".equals(sql.getSQLState()))) {
					return true;
				}
			}
		}
		return false;
	}
}
