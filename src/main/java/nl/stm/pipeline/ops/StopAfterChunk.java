package nl.stm.pipeline.ops;

import java.nio.file.Path;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Turns a stop request (SIGTERM, see {@link GracefulStop}) into the end of a file job at a chunk
 * boundary: after a chunk was written it marks the step's execution {@code terminateOnly}, in the
 * step's own thread, so the chunk commits and Spring Batch then ends the step (and its job)
 * {@code STOPPED}; a restart goes on after that chunk. {@code JobOperator.stop} from the signal's
 * thread is not used because it raced the chunk's own updates of the execution.
 */
public final class StopAfterChunk implements ChunkListener<Object, Object> {

	/** The job parameter naming the file, in the letter and the partner jobs alike. */
	private static final String FILE = "input.file";

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		StepContext context = StepSynchronizationManager.getContext();
		if (context != null && GracefulStop.requested() && !context.getStepExecution().isTerminateOnly()) {
			StepExecution step = context.getStepExecution();
			step.setTerminateOnly();
			String file = step.getJobParameters().getString(FILE);
			GracefulStop.stoppedIn(file == null ? step.getStepName() : OneLine.of(Path.of(file).getFileName().toString()));
		}
	}
}
