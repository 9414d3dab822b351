package nl.stm.pipeline.partner;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.stm.pipeline.ops.ConcurrentFiles;
import nl.stm.pipeline.ops.ExecutionOwner;
import nl.stm.pipeline.ops.GracefulStop;
import nl.stm.pipeline.ops.InputFiles;
import nl.stm.pipeline.ops.OneLine;
import nl.stm.pipeline.ops.JobRecovery;

/**
 * Ingests the partner files of a drop folder, one job instance per file content, and says what
 * became of each file. Afterwards the original is in {@code processed/} (ingested, or the same
 * content was ingested before) or {@code failed/} (refused as a whole: {@code EMPTY},
 * {@code ENCODING}, {@code NO_HEADER}, {@code TOO_LARGE}); it is never changed, overwritten or
 * deleted. A file whose ingest failed for another reason (database down, crash) stays in the drop
 * folder, and the next run restarts its job instance where it stopped (an execution left running
 * by a process that died is recovered first, see {@link JobRecovery}).
 * <p>
 * At most one ingest runs at a time: a lock in this process and a file lock on
 * {@code .ingest.lock} in the drop folder (against a second process); a second ingest while one
 * runs gets {@link IngestInProgressException}.
 */
@Service
public class PartnerIngester {

	private static final Logger log = LoggerFactory.getLogger(PartnerIngester.class);

	private static final ReentrantLock RUNNING = new ReentrantLock();

	static final String LOCK_FILE = ".ingest.lock";

	/** The file error of a drop-folder entry that is not a regular file (directory, FIFO, device). */
	static final String NOT_A_FILE = "NOT_A_FILE";

	/** What became of a file. */
	public enum Status {

		INGESTED, ALREADY_INGESTED, FAILED, IGNORED,

		/** Stopped (SIGTERM) after a committed chunk: the file stays in the folder and the next run resumes it. */
		STOPPED

	}

	/**
	 * The outcome of one file: {@code partner} and {@code period} are null when the file mixes
	 * several; {@code fileError} is the code of a file refused as a whole; {@code message} is one
	 * line naming the file when it failed or was already ingested.
	 */
	public record FileResult(String file, Status status, String encoding, Boolean bom, String delimiter, String partner,
			String period, int rowsRead, int accepted, List<RowIssue> rejected, List<RowIssue> flags, String fileError,
			String message, Path storedAs) {

		public boolean failed() {
			return status == Status.FAILED;
		}
	}

	/** Another ingest of partner files is running. */
	public static class IngestInProgressException extends Exception {

		public IngestInProgressException(String message) {
			super(message);
		}
	}

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final ImportLedger ledger;

	private final PartnerSubmissionRepository rows;

	private final JobRecovery recovery;

	private final ExecutionOwner owner;

	private final TransactionTemplate transaction;

	public PartnerIngester(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier(PartnerIngestJobConfiguration.JOB_NAME) Job job, ImportLedger ledger,
			PartnerSubmissionRepository rows, JobRecovery recovery, ExecutionOwner owner,
			PlatformTransactionManager transactionManager) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.ledger = ledger;
		this.rows = rows;
		this.recovery = recovery;
		this.owner = owner;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** The partner files of a drop folder in name order: regular files, no hidden or Excel lock files. */
	public static List<Path> filesIn(Path folder) throws IOException {
		return listing(folder).inputs();
	}

	private static InputFiles.Listing listing(Path folder) throws IOException {
		return InputFiles.of(folder, name -> true, Set.of(LOCK_FILE, "processed", "failed"));
	}

	/** Ingests every file of the folder; one result per file, in name order. */
	public List<FileResult> ingestFolder(Path folder) throws IngestInProgressException, IOException {
		try (Drop drop = open(folder)) {
			List<FileResult> results = new ArrayList<>(drop.notIngested());
			for (Path file : drop.inputs()) {
				if (GracefulStop.requested()) {
					break;
				}
				results.add(ingest(file));
			}
			return results;
		}
	}

	/**
	 * Opens a drop folder for an ingest: takes the locks (this process, then the folder's lock file
	 * against other processes), recovers ingests left running by processes that died and lists the
	 * folder. Its files may then be ingested ({@link #ingest}) in any order, also at the same time;
	 * closing it abandons the unfinished ingests whose file left the folder (unless a stop was
	 * requested) and releases the locks.
	 */
	public Drop open(Path folder) throws IngestInProgressException, IOException {
		if (!RUNNING.tryLock()) {
			throw new IngestInProgressException("another partner ingest is running in this process");
		}
		FileChannel channel = null;
		try {
			Files.createDirectories(folder);
			channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new IngestInProgressException("another partner ingest is running on " + folder);
			}
			recovery.recoverAbandoned(PartnerIngestJobConfiguration.JOB_NAME);
			return new Drop(folder, listing(folder), channel);
		}
		catch (IngestInProgressException | IOException | RuntimeException ex) {
			if (channel != null) {
				channel.close();
			}
			RUNNING.unlock();
			throw ex;
		}
	}

	/** An open drop folder (see {@link #open}): what it holds, locked against other ingests until closed. */
	public final class Drop implements AutoCloseable {

		private final Path folder;

		private final InputFiles.Listing listing;

		private final FileChannel lock;

		private Drop(Path folder, InputFiles.Listing listing, FileChannel lock) {
			this.folder = folder;
			this.listing = listing;
			this.lock = lock;
		}

		/** The files to ingest, in name order. */
		public List<Path> inputs() {
			return listing.inputs();
		}

		/** The entries that are no partner files: ignored ones, and skipped ones (failed, never opened). */
		public List<FileResult> notIngested() {
			List<FileResult> results = new ArrayList<>();
			listing.ignored().forEach(line -> results.add(new FileResult(line.substring(0, line.lastIndexOf(": ")),
					Status.IGNORED, null, null, null, null, null, 0, 0, List.of(), List.of(), null, line, null)));
			listing.skipped().forEach(line -> results.add(new FileResult(line.substring(0, line.indexOf(": skipped")),
					Status.FAILED, null, null, null, null, null, 0, 0, List.of(), List.of(), NOT_A_FILE, line, null)));
			return results;
		}

		@Override
		public void close() throws IOException {
			try (FileChannel channel = lock) {
				if (!GracefulStop.requested()) {
					Set<String> present = new HashSet<>();
					for (Path file : listing(folder).inputs()) {
						try {
							present.add(PartnerFileScanner.sha256(file));
						}
						catch (IOException ex) {
							log.warn("{}: cannot read ({})", file.getFileName(), ex.getMessage());
						}
					}
					abandonUnfinishedNotIn(present);
				}
			}
			finally {
				RUNNING.unlock();
			}
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	/**
	 * Ingests one file; it is moved to {@code processed/} or {@code failed/} beside it. The same
	 * content being ingested by another thread or process is waited for (and then found ingested).
	 */
	public FileResult ingest(Path file) {
		return ingest(file, 0);
	}

	private FileResult ingest(Path file, int waits) {
		String name = OneLine.of(file.getFileName().toString());
		Path folder = file.toAbsolutePath().getParent();
		String notRegular = InputFiles.notRegular(file);
		if (notRegular != null) {
			return failure(name, null, name + ": skipped, " + notRegular + " (never opened)");
		}
		String sha256;
		try {
			sha256 = PartnerFileScanner.sha256(file);
		}
		catch (IOException ex) {
			return failure(name, null, name + ": cannot read (" + ex.getMessage() + ")");
		}
		Optional<ImportLedger.Entry> known = ledger.findBySha256(sha256);
		if (known.isPresent() && known.get().ingested()) {
			return alreadyIngested(file, known.get());
		}
		JobParameters parameters = owner.parameters()
			.addJobParameters(identity(sha256))
			.addString(PartnerIngestJobConfiguration.FILE, file.toAbsolutePath().toString(), false)
			.toJobParameters();
		JobExecution execution;
		try {
			recovery.recoverIfAbandoned(
					jobRepository.getLastJobExecution(PartnerIngestJobConfiguration.JOB_NAME, parameters));
			execution = jobOperator.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return ledger.findBySha256(sha256)
				.map(entry -> alreadyIngested(file, entry))
				.orElseGet(() -> failure(name, null, name + ": already ingested by an earlier run, but not in the ledger"));
		}
		catch (JobExecutionAlreadyRunningException | DataIntegrityViolationException ex) {
			// the same content started by another thread or process (the loser of creating its job instance at
			// once meets the instance's unique key): waited for, then found ingested
			if (waits < ConcurrentFiles.MAX_CONFLICTS && ConcurrentFiles.awaitEnd(jobRepository, recovery,
					PartnerIngestJobConfiguration.JOB_NAME, identity(sha256))) {
				return ingest(file, waits + 1);
			}
			return failure(name, null, name + ": an ingest of the same content is running");
		}
		catch (Exception ex) {
			if (waits < ConcurrentFiles.MAX_CONFLICTS && ConcurrentFiles.startedElsewhere(ex)) {
				return ingest(file, waits + 1);
			}
			return failure(name, null, name + ": ingest could not start (" + ex.getMessage() + ")");
		}
		if (execution.getStatus() == BatchStatus.FAILED && waits < ConcurrentFiles.MAX_CONFLICTS
				&& ConcurrentFiles.conflict(execution.getAllFailureExceptions())) {
			// a deadlock or lock timeout with a file ingested at the same time: restarted where it stopped
			return ingest(file, waits + 1);
		}
		ImportLedger.Entry entry = ledger.findBySha256(sha256).orElse(null);
		if (entry == null) {
			return failure(name, null, name + ": ingest " + execution.getStatus() + " without a ledger entry");
		}
		ledger.checkpoint();
		if (execution.getStatus() == BatchStatus.COMPLETED && entry.ingested()) {
			return moved(file, entry, "processed", Status.INGESTED, null);
		}
		if (entry.fileError() != null) {
			return moved(file, entry, "failed", Status.FAILED, entry.message());
		}
		if (execution.getStatus() == BatchStatus.STOPPED) {
			return result(entry, Status.STOPPED, name + ": ingest stopped (SIGTERM) after its last committed chunk; the file stays in "
					+ folder.getFileName() + "/ and the next run resumes it", null);
		}
		String reason = entry.message() == null ? execution.getExitStatus().getExitDescription() : entry.message();
		return result(entry, Status.FAILED, name + ": ingest failed (" + firstLine(reason)
				+ "); the file stays in " + folder.getFileName() + "/ and the next run restarts where it stopped", null);
	}

	/**
	 * The identifying parameters of the job instance for a content: its SHA-256, and when earlier
	 * instances were abandoned (their rows removed, see {@link #abandonUnfinishedNotIn}), the last
	 * abandoned execution, so the content starts afresh in an instance of its own.
	 */
	private JobParameters identity(String sha256) {
		JobParametersBuilder identity = new JobParametersBuilder().addString(PartnerIngestJobConfiguration.SHA256, sha256,
				true);
		for (JobExecution last = lastExecution(identity.toJobParameters()); last != null
				&& last.getStatus() == BatchStatus.ABANDONED; last = lastExecution(identity.toJobParameters())) {
			identity.addLong(PartnerIngestJobConfiguration.AFTER_ABANDONED, last.getId(), true);
		}
		return identity.toJobParameters();
	}

	private JobExecution lastExecution(JobParameters identity) {
		return jobRepository.getLastJobExecution(PartnerIngestJobConfiguration.JOB_NAME, identity);
	}

	/**
	 * An ingest that was interrupted (crash, stop, database error) and whose file is no longer in the
	 * drop folder (removed, or replaced by a corrected file) will never be restarted: its rows are
	 * removed, its ledger entry fails as {@code ABANDONED} and its job execution is abandoned.
	 */
	private void abandonUnfinishedNotIn(Set<String> present) {
		for (ImportLedger.Entry entry : ledger.unfinished()) {
			if (present.contains(entry.sha256())) {
				continue;
			}
			JobExecution last = lastExecution(identity(entry.sha256()));
			if (last != null && (last.isRunning() || last.getStatus() == BatchStatus.COMPLETED)) {
				continue;
			}
			transaction.executeWithoutResult(status -> {
				rows.deleteRows(entry.id());
				ledger.fail(entry.id(), ImportLedger.ABANDONED, entry.fileName()
						+ ": ingest interrupted and the file is no longer in the drop folder; its rows were removed");
			});
			if (last != null) {
				try {
					jobOperator.abandon(last);
				}
				catch (JobExecutionAlreadyRunningException ex) {
					// started in the meantime by another process: it owns the entry now
				}
			}
			log.warn("{}: unfinished ingest abandoned (the file left the drop folder); its rows were removed",
					entry.fileName());
		}
	}

	private FileResult alreadyIngested(Path file, ImportLedger.Entry entry) {
		String name = file.getFileName().toString();
		String message = name + ": already ingested (same content as " + entry.fileName()
				+ (entry.finishedAt() == null ? "" : ", ingested " + entry.finishedAt().toLocalDate()) + "); nothing changed";
		Path target;
		try {
			target = moveTo(file, file.toAbsolutePath().getParent().resolve("processed"), entry.sha256());
		}
		catch (IOException ex) {
			return failure(name, entry, message + ", but it could not be moved to processed/ (" + ex.getMessage() + ")");
		}
		return new FileResult(name, Status.ALREADY_INGESTED, entry.encoding(), entry.bom(), entry.delimiter(),
				entry.partner(), entry.period(), 0, 0, List.of(), List.of(), null, message, target);
	}

	private FileResult moved(Path file, ImportLedger.Entry entry, String folderName, Status status, String message) {
		Path target;
		try {
			target = moveTo(file, file.toAbsolutePath().getParent().resolve(folderName), entry.sha256());
			ledger.storedAs(entry.id(), target.toString());
		}
		catch (IOException ex) {
			String problem = file.getFileName() + ": could not be moved to " + folderName + "/ (" + ex.getMessage() + ")";
			return result(entry, Status.FAILED, message == null ? problem : message + "; " + problem, null);
		}
		return result(entry, status, message, target);
	}

	private FileResult result(ImportLedger.Entry entry, Status status, String message, Path storedAs) {
		boolean counted = entry.ingested();
		return new FileResult(entry.fileName(), status, entry.encoding(), entry.bom(), entry.delimiter(), entry.partner(),
				entry.period(), counted ? entry.rowsRead() : 0, counted ? entry.accepted() : 0,
				counted && entry.rejected() > 0 ? rows.rejected(entry.id()) : List.of(),
				counted && entry.flagged() > 0 ? rows.flags(entry.id()) : List.of(), entry.fileError(), message, storedAs);
	}

	private static FileResult failure(String name, ImportLedger.Entry entry, String message) {
		return new FileResult(name, Status.FAILED, entry == null ? null : entry.encoding(),
				entry == null ? null : entry.bom(), entry == null ? null : entry.delimiter(), null, null, 0, 0, List.of(),
				List.of(), null, message, null);
	}

	/**
	 * Moves a file into a folder without ever replacing a file there: a name already taken gets the
	 * start of the SHA-256 (and then a counter) before its extension.
	 */
	static Path moveTo(Path file, Path folder, String sha256) throws IOException {
		Files.createDirectories(folder);
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int attempt = 0;; attempt++) {
			String candidate = attempt == 0 ? name
					: base + "~" + sha256.substring(0, 8) + (attempt == 1 ? "" : "-" + attempt) + extension;
			Path target = folder.resolve(candidate);
			if (Files.exists(target)) {
				continue;
			}
			try {
				return Files.move(file, target);
			}
			catch (FileAlreadyExistsException ex) {
				// taken in between: try the next name
			}
		}
	}

	private static String firstLine(String text) {
		return text == null ? "unknown reason" : text.lines().findFirst().orElse(text);
	}
}
