package nl.stm.pipeline.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The rows of a partner file as a progress bar ({@link ConsoleProgress}, only on a terminal): the
 * rows read after each chunk against an estimate of the file's rows (its size over the mean length
 * of its first lines), so a million-row file shows how far it is and how long it still takes.
 */
public final class RowProgress implements StepExecutionListener, ChunkListener<Object, Object> {

	/** How much of the file is sampled for the mean line length. */
	private static final int SAMPLE = 64 * 1024;

	/** The job parameter naming the file, in the letter and the partner jobs alike. */
	private static final String FILE = "input.file";

	private final ThreadLocal<ConsoleProgress> progress = new ThreadLocal<>();

	@Override
	public void beforeStep(StepExecution step) {
		String file = step.getJobParameters().getString(FILE);
		if (file != null) {
			Path path = Path.of(file);
			progress.set(ConsoleProgress.start(path.getFileName().toString(), estimatedRows(path), "rows"));
		}
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		ConsoleProgress bar = progress.get();
		StepContext context = StepSynchronizationManager.getContext();
		if (bar != null && context != null) {
			StepExecution step = context.getStepExecution();
			bar.stepTo(step.getReadCount() + step.getReadSkipCount());
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		ConsoleProgress bar = progress.get();
		if (bar != null) {
			long read = step.getReadCount() + step.getReadSkipCount();
			if (step.getStatus() == BatchStatus.COMPLETED) {
				bar.total(read); // the estimate was an estimate: a finished file ends at 100 %
			}
			bar.stepTo(read);
			bar.close();
			progress.remove();
		}
		return null;
	}

	/** The file's size over the mean length of the lines in its first 64 KB (the header line left out); 0 when unknown. */
	static long estimatedRows(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			long size = Files.size(file);
			byte[] sample = in.readNBytes(SAMPLE);
			int lines = 0;
			for (byte b : sample) {
				if (b == '\n') {
					lines++;
				}
			}
			if (lines == 0) {
				return 0;
			}
			return Math.max(0, Math.round((double) size * lines / sample.length) - 1);
		}
		catch (IOException ex) {
			return 0;
		}
	}
}
