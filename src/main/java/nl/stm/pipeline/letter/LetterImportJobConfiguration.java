package nl.stm.pipeline.letter;

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

import nl.stm.pipeline.model.ActionModelRepository;
import nl.stm.pipeline.model.DocumentRepository;
import nl.stm.pipeline.model.EditionProperties;
import nl.stm.pipeline.ops.StopAfterChunk;

/**
 * The letter import job: one job instance per letter content ({@code input.sha256} is identifying),
 * so the same file twice is refused by the job repository, and a failed import restarts where it
 * stopped. No incrementer: it would make {@code JobOperator.start} drop the file parameters.
 */
@Configuration
public class LetterImportJobConfiguration {

	public static final String JOB_NAME = "importLetterJob";

	public static final String FILE = "input.file";

	public static final String SHA256 = "input.sha256";

	/**
	 * Letters are read in a child JVM with its own heap and deadline: a hostile PDF costs only that child.
	 * Children start from the jar unpacked under data/extract-worker, with a class archive ({@link WorkerJvm}).
	 */
	@Bean
	IsolatedExtractor letterExtraction(LetterProperties properties, @Value("${pipeline.data-dir}") String dataDir) {
		return new IsolatedExtractor(properties.limits(), properties.workerHeap(), Path.of(dataDir).resolve("extract-worker"));
	}

	@Bean
	@StepScope
	LetterPartReader letterPartReader(@Value("#{jobParameters['" + FILE + "']}") String file,
			@Value("#{jobParameters['" + SHA256 + "']}") String sha256, IsolatedExtractor extractor) {
		return new LetterPartReader(Path.of(file), sha256, extractor);
	}

	/** Which edition a document belongs to, from the editions configured in jobs/editions.properties. */
	@Bean
	EditionResolver editionResolver(EditionProperties editions) {
		return new EditionResolver(editions.list());
	}

	@Bean
	LetterRegistration letterRegistration(DocumentRepository documents, EditionResolver editionResolver) {
		return new LetterRegistration(documents, editionResolver);
	}

	@Bean
	LetterPartWriter letterPartWriter(ActionModelRepository model, DocumentRepository documents,
			LetterRegistration letterRegistration) {
		return new LetterPartWriter(model, documents, letterRegistration);
	}

	@Bean
	Step importLetterStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			LetterPartReader letterPartReader, LetterPartWriter letterPartWriter) {
		return new StepBuilder("importLetterStep", jobRepository).<LetterPart, LetterPart>chunk(20)
			.transactionManager(transactionManager)
			.reader(letterPartReader)
			.writer(letterPartWriter)
			.listener(new StopAfterChunk())
			.build();
	}

	@Bean
	Job importLetterJob(JobRepository jobRepository, Step importLetterStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(importLetterStep).build();
	}
}
