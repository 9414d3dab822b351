package nl.stm.pipeline.ops;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.stm.pipeline.letter.ImportLetterCommand;
import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.partner.IngestPartnersCommand;
import nl.stm.pipeline.partner.PartnerIngester;

/**
 * The pipeline job, what {@code run} and {@code serve} start: letters, then partner files, then the
 * reconciliation and the report, as one job instance per run ({@link #RUN_ID}) or per schedule slot
 * ({@link #SLOT}). A restart of the instance resumes at the step that failed or was stopped, and the
 * job repository refuses a second execution of an instance that completed or is running, also from
 * another process on the same database.
 * <p>
 * The letter and partner steps hand every file to its own job (instance per content, see
 * {@link LetterImporter} and {@link PartnerIngester}), so a file already read is never read again
 * and an interrupted file resumes after its last committed chunk ({@link DropFolderStep}). The
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

	@Bean
	Step pipelineLettersStep(JobRepository jobRepository, LetterImporter letters, PipelineOutput output,
			@Value("${pipeline.input-dir}") Path inputDir) {
		return new DropFolderStep("pipelineLettersStep", jobRepository, step -> {
			Path folder = inputDir.resolve("letters");
			InputFiles.Listing listing = LetterImporter.lettersIn(folder);
			listing.ignored().forEach(output.out()::println);
			listing.skipped().forEach(output.err()::println);
			List<LetterImporter.Outcome> outcomes = letters.importAll(listing.inputs(),
					outcome -> ImportLetterCommand.report(List.of(outcome), output.out(), output.err()));
			output.out().printf("letters in %s: %d (%d imported, %d already imported, %d failed)%n", folder,
					outcomes.size(), count(outcomes, LetterImporter.Outcome.Status.IMPORTED),
					count(outcomes, LetterImporter.Outcome.Status.ALREADY_IMPORTED),
					count(outcomes, LetterImporter.Outcome.Status.FAILED));
			step.setReadCount(outcomes.size());
			step.setWriteCount(count(outcomes, LetterImporter.Outcome.Status.IMPORTED));
			return outcomes.stream().anyMatch(LetterImporter.Outcome::failed) || !listing.skipped().isEmpty();
		});
	}

	@Bean
	Step pipelinePartnersStep(JobRepository jobRepository, PartnerIngester partners, PipelineOutput output,
			@Value("${pipeline.input-dir}") Path inputDir) {
		return new DropFolderStep("pipelinePartnersStep", jobRepository, step -> {
			Path folder = inputDir.resolve("partners");
			try {
				List<PartnerIngester.FileResult> results = partners.ingestFolder(folder);
				long ignored = partnerCount(results, PartnerIngester.Status.IGNORED);
				output.out().printf("partner files in %s: %d (%d ingested, %d already ingested, %d failed; %d ignored)%n",
						folder, results.size() - ignored, partnerCount(results, PartnerIngester.Status.INGESTED),
						partnerCount(results, PartnerIngester.Status.ALREADY_INGESTED),
						partnerCount(results, PartnerIngester.Status.FAILED), ignored);
				step.setReadCount(results.size() - ignored);
				step.setWriteCount(partnerCount(results, PartnerIngester.Status.INGESTED));
				return IngestPartnersCommand.report(results, false, output.out(), output.err()) != PipelineCommand.OK;
			}
			catch (PartnerIngester.IngestInProgressException ex) {
				output.out().println("partner files in " + folder + ": left to the ingest already running (" + ex.getMessage() + ")");
				return false;
			}
		});
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

	private static long count(List<LetterImporter.Outcome> outcomes, LetterImporter.Outcome.Status status) {
		return outcomes.stream().filter(o -> o.status() == status).count();
	}

	private static long partnerCount(List<PartnerIngester.FileResult> results, PartnerIngester.Status status) {
		return results.stream().filter(r -> r.status() == status).count();
	}
}
