package nl.stm.pipeline.partner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the file's ledger entry before the job (a restart reopens the same entry) and, when the
 * job did not complete, records why. A file error ({@link PartnerFileException}, or any failure
 * that is not the machine's: {@link PartnerFileException#transientFailure}) removes whatever was
 * stored of the file: a refused file leaves only its ledger entry and the reason, and leaves the
 * drop folder. A failure of the machine (database, disk) keeps the committed rows for the restart,
 * and so does a stop (SIGTERM, after a committed chunk), recorded as {@code STOPPED}, not as a failure.
 */
public class PartnerLedgerListener implements JobExecutionListener {

	/** A cause longer than this (a database error quoting a whole value) is cut: the line must stay readable. */
	private static final int MAX_REASON = 300;

	private final ImportLedger ledger;

	private final PartnerSubmissionRepository rows;

	private final TransactionTemplate transaction;

	public PartnerLedgerListener(ImportLedger ledger, PartnerSubmissionRepository rows,
			PlatformTransactionManager transactionManager) {
		this.ledger = ledger;
		this.rows = rows;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		Path file = Path.of(jobExecution.getJobParameters().getString(PartnerIngestJobConfiguration.FILE));
		String sha256 = jobExecution.getJobParameters().getString(PartnerIngestJobConfiguration.SHA256);
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			size = 0;
		}
		long id = ledger.open(file.getFileName().toString(), sha256, size);
		jobExecution.getExecutionContext().putLong(PartnerIngestJobConfiguration.LEDGER_ID, id);
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
			return;
		}
		long id = jobExecution.getExecutionContext().getLong(PartnerIngestJobConfiguration.LEDGER_ID);
		PartnerFileException fileError = null;
		Throwable first = null;
		for (Throwable failure : jobExecution.getAllFailureExceptions()) {
			first = first == null ? failure : first;
			fileError = fileError == null ? PartnerFileException.in(failure) : fileError;
		}
		PartnerFileException.Code code = fileError != null ? fileError.code()
				: first != null && jobExecution.getStatus() == BatchStatus.FAILED
						&& !PartnerFileException.transientFailure(first) ? PartnerFileException.Code.INGEST_ERROR : null;
		String name = Path.of(jobExecution.getJobParameters().getString(PartnerIngestJobConfiguration.FILE))
			.getFileName()
			.toString();
		String message = fileError != null ? fileError.getMessage()
				: code != null ? name + ": cannot be ingested (" + reason(jobExecution, first) + ")"
						: jobExecution.getStatus() == BatchStatus.STOPPED
								? name + ": stopped after its last committed chunk; the next run resumes it"
								: reason(jobExecution, first);
		try {
			transaction.executeWithoutResult(status -> {
				for (StepExecution step : jobExecution.getStepExecutions()) {
					if (PartnerIngestJobConfiguration.ROWS_STEP.equals(step.getStepName())) {
						PartnerFileFinisher.recordDialect(ledger, id, step.getExecutionContext());
					}
				}
				end(id, jobExecution.getStatus(), code, message);
			});
		}
		catch (RuntimeException ex) {
			// the dialect could not be recorded: the outcome itself must be, or the entry stays RUNNING
			transaction.executeWithoutResult(status -> end(id, jobExecution.getStatus(), code, message));
		}
	}

	/**
	 * Records the outcome: a file error removes whatever was stored of the file (it will not be
	 * restarted); a stop (after a committed chunk) is no failure and keeps the rows for the restart.
	 */
	private void end(long id, BatchStatus status, PartnerFileException.Code code, String message) {
		if (code != null) {
			rows.deleteRows(id);
		}
		if (code == null && status == BatchStatus.STOPPED) {
			ledger.stop(id, message);
		}
		else {
			ledger.fail(id, code == null ? null : code.name(), message);
		}
	}

	private static String reason(JobExecution jobExecution, Throwable failure) {
		if (failure == null) {
			return "ingest " + jobExecution.getStatus().name().toLowerCase() + " ("
					+ jobExecution.getExitStatus().getExitDescription() + ")";
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		String line = text.lines().findFirst().orElse(text);
		return line.length() > MAX_REASON ? line.substring(0, MAX_REASON) + "…" : line;
	}
}
