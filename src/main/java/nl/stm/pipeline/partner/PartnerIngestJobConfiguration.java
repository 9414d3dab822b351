package nl.stm.pipeline.partner;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import nl.stm.pipeline.ops.RowProgress;
import nl.stm.pipeline.ops.StopAfterChunk;

/**
 * The partner ingest job: one job instance per file content ({@code input.sha256} is identifying;
 * {@code input.file}, where the file is now, is not), so the same content twice is refused by the
 * job repository and a failed ingest restarts where it stopped. No incrementer: it would make
 * {@code JobOperator.start} drop the file parameters.
 * <ol>
 * <li>{@code ingestPartnerRowsStep}: records are read, validated against the contract and the
 * action model, and stored in chunks; a record that fails validation is skipped through the
 * framework's skip machinery and stored in {@code rejected_row} by the skip listener.</li>
 * <li>{@code finishPartnerFileStep}: read = accepted + rejected is checked, earlier submissions of
 * the same organisation and period are superseded, the ledger entry is completed.</li>
 * </ol>
 * The ledger listener opens the entry before and records a failure after the job.
 */
@Configuration
public class PartnerIngestJobConfiguration {

	public static final String JOB_NAME = "ingestPartnersJob";

	public static final String ROWS_STEP = "ingestPartnerRowsStep";

	public static final String FINISH_STEP = "finishPartnerFileStep";

	public static final String FILE = "input.file";

	public static final String SHA256 = "input.sha256";

	/** Identifying when earlier instances of the same content were abandoned: the last abandoned execution. */
	public static final String AFTER_ABANDONED = "input.after-abandoned";

	/** Job execution context key: the file's import ledger id. */
	public static final String LEDGER_ID = "partner.ledger-id";

	@Bean
	@StepScope
	PartnerRowReader partnerRowReader(@Value("#{jobParameters['" + FILE + "']}") String file,
			@Value("#{jobParameters['" + SHA256 + "']}") String sha256, PartnerProperties properties) {
		return new PartnerRowReader(Path.of(file), sha256, properties);
	}

	@Bean
	@StepScope
	PartnerRowProcessor partnerRowProcessor(@Value("#{jobExecutionContext['" + LEDGER_ID + "']}") Long ledgerId,
			PartnerSubmissionRepository rows) {
		return new PartnerRowProcessor(rows.actionTitles(), rows.storedRows(ledgerId));
	}

	@Bean
	@StepScope
	PartnerRowWriter partnerRowWriter(@Value("#{jobExecutionContext['" + LEDGER_ID + "']}") Long ledgerId,
			@Value("#{jobParameters['" + FILE + "']}") String file, PartnerSubmissionRepository rows) {
		return new PartnerRowWriter(rows, ledgerId, Path.of(file).getFileName().toString());
	}

	@Bean
	@StepScope
	RejectedRowListener rejectedRowListener(@Value("#{jobExecutionContext['" + LEDGER_ID + "']}") Long ledgerId,
			@Value("#{jobParameters['" + FILE + "']}") String file, PartnerSubmissionRepository rows) {
		return new RejectedRowListener(rows, ledgerId, Path.of(file).getFileName().toString());
	}

	@Bean
	Step ingestPartnerRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PartnerProperties properties, PartnerRowReader partnerRowReader, PartnerRowProcessor partnerRowProcessor,
			PartnerRowWriter partnerRowWriter, RejectedRowListener rejectedRowListener) {
		return rowsStep(jobRepository, transactionManager, properties.chunkSize(), partnerRowReader, partnerRowProcessor,
				partnerRowWriter, rejectedRowListener);
	}

	/**
	 * The rows step. Only {@link RowRejectedException} is skipped (without limit: every bad row is
	 * stored as rejected); anything else (a file error, a database error) fails the step, which then
	 * restarts after the last committed chunk.
	 */
	static Step rowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, int chunkSize,
			PartnerRowReader reader, PartnerRowProcessor processor,
			org.springframework.batch.infrastructure.item.ItemWriter<PartnerRow> writer, RejectedRowListener listener) {
		return new StepBuilder(ROWS_STEP, jobRepository).<PartnerRecord, PartnerRow>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.faultTolerant()
			.skip(RowRejectedException.class)
			.skipLimit(Long.MAX_VALUE)
			.skipListener(listener)
			.listener(new StopAfterChunk())
			.listener(new RowProgress())
			.build();
	}

	@Bean
	PartnerFileFinisher partnerFileFinisher(JobRepository jobRepository, ImportLedger ledger,
			PartnerSubmissionRepository rows) {
		return new PartnerFileFinisher(jobRepository, ledger, rows);
	}

	@Bean
	Step finishPartnerFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PartnerFileFinisher partnerFileFinisher) {
		return new StepBuilder(FINISH_STEP, jobRepository).tasklet(partnerFileFinisher, transactionManager).build();
	}

	@Bean
	PartnerLedgerListener partnerLedgerListener(ImportLedger ledger, PartnerSubmissionRepository rows,
			PlatformTransactionManager transactionManager) {
		return new PartnerLedgerListener(ledger, rows, transactionManager);
	}

	@Bean
	Job ingestPartnersJob(JobRepository jobRepository, Step ingestPartnerRowsStep, Step finishPartnerFileStep,
			PartnerLedgerListener partnerLedgerListener) {
		return job(jobRepository, ingestPartnerRowsStep, finishPartnerFileStep, partnerLedgerListener);
	}

	static Job job(JobRepository jobRepository, Step rows, Step finish, PartnerLedgerListener listener) {
		return new JobBuilder(JOB_NAME, jobRepository).start(rows).next(finish).listener(listener).build();
	}
}
