package nl.stm.pipeline.partner;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of a file, in one transaction: checks that every record read was stored, accepted
 * or rejected (our own check, independent of the framework's counters: spring-batch#5079 lost items
 * silently; the reader counts what it delivered, the writer counts what the database took, in the
 * chunk's transaction, in {@code submission_group}), supersedes earlier submissions of the same organisations and periods, and completes
 * the ledger entry. Nothing of the file is current before this commits.
 */
public class PartnerFileFinisher implements Tasklet {

	private final JobRepository jobRepository;

	private final ImportLedger ledger;

	private final PartnerSubmissionRepository rows;

	public PartnerFileFinisher(JobRepository jobRepository, ImportLedger ledger, PartnerSubmissionRepository rows) {
		this.jobRepository = jobRepository;
		this.ledger = ledger;
		this.rows = rows;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long id = job.getExecutionContext().getLong(PartnerIngestJobConfiguration.LEDGER_ID);
		StepExecution rowsStep = jobRepository.getLastStepExecution(job.getJobInstance(),
				PartnerIngestJobConfiguration.ROWS_STEP);
		ExecutionContext context = rowsStep == null ? new ExecutionContext() : rowsStep.getExecutionContext();
		recordDialect(ledger, id, context);
		String file = ledger.find(id).map(ImportLedger.Entry::fileName).orElse("partner file");
		if (!context.containsKey(PartnerRowReader.RECORDS)) {
			throw new IllegalStateException(file + ": the reader did not report how many records it read");
		}
		int read = context.getInt(PartnerRowReader.RECORDS);
		PartnerSubmissionRepository.FileStats stats = rows.stats(id);
		int accepted = stats.accepted();
		int rejected = rows.countRejected(id);
		if (read != accepted + rejected) {
			throw new IllegalStateException(file + ": read " + read + " records but stored " + (accepted + rejected)
					+ " (" + accepted + " accepted, " + rejected + " rejected); nothing of the file is made current");
		}
		rows.supersedeEarlier(id);
		ledger.finish(id, read, accepted, rejected, stats.flagged(), stats.partner(), stats.period());
		return RepeatStatus.FINISHED;
	}

	static void recordDialect(ImportLedger ledger, long id, ExecutionContext context) {
		if (context.containsKey(PartnerRowReader.ENCODING)) {
			ledger.recordDialect(id, context.getString(PartnerRowReader.ENCODING),
					Boolean.valueOf(context.getString(PartnerRowReader.BOM)), context.getString(PartnerRowReader.DELIMITER),
					context.containsKey(PartnerRowReader.UNKNOWN_COLUMNS) ? context.getString(PartnerRowReader.UNKNOWN_COLUMNS)
							: null);
		}
	}
}
