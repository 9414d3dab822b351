package nl.stm.pipeline.letter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import nl.stm.pipeline.model.ActionModelRepository;
import nl.stm.pipeline.pdf.ExtractionException;
import nl.stm.pipeline.pdf.LetterExtractor;

/**
 * Starts the letter import job for files and says what became of each: imported, already there
 * (same content, by SHA-256), or failed with a one-line reason naming the file.
 */
@Service
public class LetterImporter {

	private final JobOperator jobOperator;

	private final Job importLetterJob;

	private final ActionModelRepository model;

	public LetterImporter(JobOperator jobOperator, @Qualifier(LetterImportJobConfiguration.JOB_NAME) Job importLetterJob,
			ActionModelRepository model) {
		this.jobOperator = jobOperator;
		this.importLetterJob = importLetterJob;
		this.model = model;
	}

	/** What became of one file. */
	public record Outcome(Path file, Status status, String message) {

		public enum Status {

			IMPORTED, ALREADY_IMPORTED, FAILED

		}

		public boolean failed() {
			return status == Status.FAILED;
		}
	}

	/** The PDF files of a drop folder, in name order. */
	public static List<Path> lettersIn(Path folder) throws java.io.IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (var files = Files.list(folder)) {
			return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase().endsWith(".pdf"))
				.sorted()
				.toList();
		}
	}

	public List<Outcome> importAll(List<Path> files) {
		List<Outcome> outcomes = new ArrayList<>();
		files.forEach(f -> outcomes.add(importLetter(f)));
		return outcomes;
	}

	public Outcome importLetter(Path file) {
		String name = file.getFileName().toString();
		String sha256;
		try {
			sha256 = LetterExtractor.sha256(file);
		}
		catch (ExtractionException ex) {
			return new Outcome(file, Outcome.Status.FAILED, ex.getMessage());
		}
		if (model.documentId(sha256).isPresent()) {
			return new Outcome(file, Outcome.Status.ALREADY_IMPORTED, name + ": already imported (same content)");
		}
		JobParameters parameters = new JobParametersBuilder()
			.addString(LetterImportJobConfiguration.SHA256, sha256, true)
			.addString(LetterImportJobConfiguration.FILE, file.toAbsolutePath().toString(), false)
			.toJobParameters();
		try {
			JobExecution execution = jobOperator.start(importLetterJob, parameters);
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				return new Outcome(file, Outcome.Status.IMPORTED, name + ": imported");
			}
			return new Outcome(file, Outcome.Status.FAILED, failureMessage(name, execution));
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return new Outcome(file, Outcome.Status.ALREADY_IMPORTED, name + ": already imported (same content)");
		}
		catch (Exception ex) {
			return new Outcome(file, Outcome.Status.FAILED, name + ": import could not start (" + ex.getMessage() + ")");
		}
	}

	private static String failureMessage(String name, JobExecution execution) {
		List<Throwable> failures = new ArrayList<>(execution.getAllFailureExceptions());
		for (Throwable t : failures) {
			for (Throwable c = t; c != null; c = c.getCause()) {
				if (c instanceof LetterRejectedException rejected) {
					return rejected.getMessage();
				}
			}
		}
		String reason = failures.isEmpty() ? execution.getExitStatus().getExitDescription()
				: String.valueOf(failures.get(0).getMessage());
		return name + ": import failed (" + reason.lines().findFirst().orElse("unknown reason") + ")";
	}
}
