package nl.stm.pipeline.ops;

import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.partner.PartnerIngester;

/**
 * The pipeline job, what {@code run} and {@code serve} start: letters, then partner files, then the
 * reconciliation and the report, as one job instance per run ({@link #RUN_ID}) or per schedule slot
 * ({@link #SLOT}). A restart of the instance resumes at the step that failed or was stopped, and the
 * job repository refuses a second execution of an instance that completed or is running, also from
 * another process on the same database.
 * <p>
 * The letter and partner steps are partitioned steps, one partition per file, read by
 * {@code pipeline.workers.threads} threads, or by {@code worker} processes on other machines
 * ({@code pipeline.workers=remote}, {@link DropFolderWorkers}); each file goes to its own job
 * (instance per content, see {@link LetterImporter} and {@link PartnerIngester}), so a file already
 * read is never read again and an interrupted file resumes after its last committed chunk. The
 * reconciliation and report steps are those of their own jobs.
 */
@Configuration
public class PipelineJobConfiguration {

	public static final String JOB_NAME = "pipelineJob";

	/** Identifying parameter of a run started by {@code run} or {@code serve --now}. */
	public static final String RUN_ID = "run.id";

	/** Identifying parameter of a scheduled run: the cron's fire time, ISO with offset. */
	public static final String SLOT = "schedule.slot";

	/** Job execution context flag: some input file failed (exit status 1 for {@code run}). */
	public static final String INPUT_FAILED = "pipeline.input-failed";

	/**
	 * The threads that read the files of the letter and partner steps; default: one per processor but
	 * one, which is left to the JVM's compiler and collector and H2's writer (on 2 cores a second
	 * worker thread made both steps slower: see the README's benchmarks).
	 */
	@Bean
	ThreadPoolTaskExecutor pipelineWorkers(@Value("${pipeline.workers.threads:"
			+ "#{T(java.lang.Math).max(1, T(java.lang.Runtime).getRuntime().availableProcessors() - 1)}}") int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("pipeline.workers.threads must be at least 1 (got " + threads + ")");
		}
		ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();
		workers.setCorePoolSize(threads);
		workers.setMaxPoolSize(threads);
		workers.setThreadNamePrefix("pipeline-worker-");
		workers.setDaemon(true);
		return workers;
	}

	@Bean
	LetterDrop pipelineLetterDrop(LetterImporter letters, PipelineOutput output, @Value("${pipeline.input-dir}") Path inputDir) {
		return new LetterDrop(letters, output, inputDir.resolve("letters"));
	}

	@Bean
	PartnerDrop pipelinePartnerDrop(PartnerIngester partners, PipelineOutput output,
			@Value("${pipeline.input-dir}") Path inputDir) {
		return new PartnerDrop(partners, output, inputDir.resolve("partners"));
	}

	/** The worker step of one letter (a partition), by this name also for remote workers. */
	@Bean
	FileStep pipelineLetterFile(JobRepository jobRepository, LetterDrop pipelineLetterDrop) {
		return new FileStep("pipelineLetterFile", jobRepository, pipelineLetterDrop);
	}

	/** The worker step of one partner file (a partition), by this name also for remote workers. */
	@Bean
	FileStep pipelinePartnerFile(JobRepository jobRepository, PartnerDrop pipelinePartnerDrop) {
		return new FileStep("pipelinePartnerFile", jobRepository, pipelinePartnerDrop);
	}

	@Bean
	Step pipelineLettersStep(JobRepository jobRepository, LetterDrop pipelineLetterDrop, FileStep pipelineLetterFile,
			DropFolderWorkers workers) throws Exception {
		return new DropFolderStep("pipelineLettersStep", pipelineLetterFile, jobRepository, pipelineLetterDrop,
				workers.handler(pipelineLetterFile));
	}

	@Bean
	Step pipelinePartnersStep(JobRepository jobRepository, PartnerDrop pipelinePartnerDrop, FileStep pipelinePartnerFile,
			DropFolderWorkers workers) throws Exception {
		return new DropFolderStep("pipelinePartnersStep", pipelinePartnerFile, jobRepository, pipelinePartnerDrop,
				workers.handler(pipelinePartnerFile));
	}

	@Bean
	Job pipelineJob(JobRepository jobRepository, Step pipelineLettersStep, Step pipelinePartnersStep,
			@Qualifier("reconcileStep") Step reconcileStep, @Qualifier("reportStep") Step reportStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(pipelineLettersStep)
			.next(pipelinePartnersStep)
			.next(reconcileStep)
			.next(reportStep)
			.build();
	}
}
