package nl.stm.pipeline.letter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import nl.stm.pipeline.ops.ConcurrentFiles;
import nl.stm.pipeline.ops.ConsoleProgress;
import nl.stm.pipeline.ops.ExecutionOwner;
import nl.stm.pipeline.ops.GracefulStop;
import nl.stm.pipeline.ops.InputFiles;
import nl.stm.pipeline.ops.OneLine;
import nl.stm.pipeline.ops.JobRecovery;
import nl.stm.pipeline.pdf.ExtractionException;
import nl.stm.pipeline.pdf.LetterExtractor;

/**
 * Starts the letter import job for files and says what became of each: imported, already there
 * (same content, by SHA-256, or a copy of an imported Kamerstuk: same dossier, number and facts), a
 * reprint replacing the earlier version (with what changed), failed with a one-line reason naming the
 * file, or stopped (SIGTERM).
 * A letter counts as imported only when its job instance completed: an import interrupted by a
 * crash (its execution recovered, see {@link JobRecovery}) or a stop is restarted after its last
 * committed chunk, so its facts end up exactly as after an uninterrupted import.
 */
@Service
public class LetterImporter {

	private final JobOperator jobOperator;

	private final Job importLetterJob;

	private final JobRepository jobRepository;

	private final JobRecovery recovery;

	private final ExecutionOwner owner;

	private final LetterRegistration registration;

	public LetterImporter(JobOperator jobOperator, @Qualifier(LetterImportJobConfiguration.JOB_NAME) Job importLetterJob,
			JobRepository jobRepository, JobRecovery recovery, ExecutionOwner owner, LetterRegistration registration) {
		this.jobOperator = jobOperator;
		this.importLetterJob = importLetterJob;
		this.jobRepository = jobRepository;
		this.recovery = recovery;
		this.owner = owner;
		this.registration = registration;
	}

	/** What became of one file. */
	public record Outcome(Path file, Status status, String message) {

		public enum Status {

			IMPORTED, ALREADY_IMPORTED, FAILED, STOPPED

		}

		public boolean failed() {
			return status == Status.FAILED || status == Status.STOPPED;
		}
	}

	/** The PDF files of a drop folder in name order, with what was ignored or skipped there. */
	public static InputFiles.Listing lettersIn(Path folder) throws java.io.IOException {
		return InputFiles.of(folder, name -> name.toLowerCase().endsWith(".pdf"), Set.of());
	}

	public List<Outcome> importAll(List<Path> files) {
		return importAll(files, outcome -> {
		});
	}

	/**
	 * Imports the files in order, telling {@code done} about each as it is done; stops before the
	 * next file once a stop was requested (SIGTERM). On a terminal a progress bar counts the files.
	 */
	public List<Outcome> importAll(List<Path> files, Consumer<Outcome> done) {
		recoverAbandoned();
		List<Outcome> outcomes = new ArrayList<>();
		try (ConsoleProgress progress = ConsoleProgress.start("letters", files.size(), "files")) {
			for (Path file : files) {
				if (GracefulStop.requested()) {
					break;
				}
				Outcome outcome = importLetter(file);
				outcomes.add(outcome);
				done.accept(outcome);
				progress.step();
			}
		}
		return outcomes;
	}

	/** Marks failed the imports left running by processes that died, so they restart (see {@link JobRecovery}). */
	public void recoverAbandoned() {
		recovery.recoverAbandoned(LetterImportJobConfiguration.JOB_NAME);
	}

	/**
	 * Imports one file. Safe beside imports of other files in other threads or processes: the same
	 * content being imported elsewhere is waited for, and an import that failed on a conflict with a
	 * concurrent one (two copies of one Kamerstuk registering its first version) is restarted.
	 */
	public Outcome importLetter(Path file) {
		return importLetter(file, 0);
	}

	private Outcome importLetter(Path file, int conflicts) {
		String name = OneLine.of(file.getFileName().toString());
		String notRegular = InputFiles.notRegular(file);
		if (notRegular != null) {
			return new Outcome(file, Outcome.Status.FAILED, name + ": " + notRegular);
		}
		String sha256;
		try {
			sha256 = LetterExtractor.sha256(file);
		}
		catch (ExtractionException ex) {
			return new Outcome(file, Outcome.Status.FAILED, ex.getMessage());
		}
		JobParameters identity = new JobParametersBuilder()
			.addString(LetterImportJobConfiguration.SHA256, sha256, true)
			.toJobParameters();
		JobExecution last = jobRepository.getLastJobExecution(LetterImportJobConfiguration.JOB_NAME, identity);
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			return new Outcome(file, Outcome.Status.ALREADY_IMPORTED, name + ": already imported (same content)");
		}
		recovery.recoverIfAbandoned(last);
		JobParameters parameters = owner.parameters()
			.addJobParameters(identity)
			.addString(LetterImportJobConfiguration.FILE, file.toAbsolutePath().toString(), false)
			.toJobParameters();
		try {
			JobExecution execution = jobOperator.start(importLetterJob, parameters);
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				return completed(file, name, sha256, last != null && conflicts == 0);
			}
			if (execution.getStatus() == BatchStatus.FAILED && conflicts < ConcurrentFiles.MAX_CONFLICTS
					&& ConcurrentFiles.conflict(execution.getAllFailureExceptions())
					&& ConcurrentFiles.awaitOthers(jobRepository, recovery, LetterImportJobConfiguration.JOB_NAME)) {
				return importLetter(file, conflicts + 1);
			}
			if (execution.getStatus() == BatchStatus.STOPPED) {
				return new Outcome(file, Outcome.Status.STOPPED,
						name + ": import stopped (SIGTERM) after its last committed chunk; the next run resumes it");
			}
			return new Outcome(file, Outcome.Status.FAILED, failureMessage(name, execution));
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return new Outcome(file, Outcome.Status.ALREADY_IMPORTED, name + ": already imported (same content)");
		}
		catch (JobExecutionAlreadyRunningException | DataIntegrityViolationException ex) {
			// the same content started by another thread or process (the loser of creating its job instance at
			// once meets the instance's unique key): waited for, then found imported
			if (conflicts < ConcurrentFiles.MAX_CONFLICTS
					&& ConcurrentFiles.awaitEnd(jobRepository, recovery, LetterImportJobConfiguration.JOB_NAME, identity)) {
				return importLetter(file, conflicts + 1);
			}
			return new Outcome(file, Outcome.Status.FAILED, name + ": an import of the same content is running in another process");
		}
		catch (Exception ex) {
			if (conflicts < ConcurrentFiles.MAX_CONFLICTS && ConcurrentFiles.startedElsewhere(ex)) {
				return importLetter(file, conflicts + 1);
			}
			return new Outcome(file, Outcome.Status.FAILED, name + ": import could not start (" + ex.getMessage() + ")");
		}
	}

	/** A completed import: a new document, a copy of an imported Kamerstuk, or a reprint of one. */
	private Outcome completed(Path file, String name, String sha256, boolean resumed) {
		String note = registration.note(sha256);
		String resumedNote = resumed ? " (resumed an interrupted import)" : "";
		if (note == null) {
			return new Outcome(file, Outcome.Status.IMPORTED, name + ": imported" + resumedNote);
		}
		boolean copy = note.startsWith("is a copy");
		return new Outcome(file, copy ? Outcome.Status.ALREADY_IMPORTED : Outcome.Status.IMPORTED,
				name + " " + OneLine.of(note) + resumedNote);
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
