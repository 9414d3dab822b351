package nl.stm.pipeline.ops;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The worker step of a {@link DropFolderStep}: reads the one file of its partition, unless a stop
 * was requested first. A bean of its own, so that a remote worker ({@code worker}) finds it by name
 * and runs it on the partition a message names. It runs without a transaction of its own, the way
 * Spring Batch's {@code JobStep} runs one job, because the file jobs commit chunk by chunk and the
 * job repository refuses to start a job inside a transaction.
 */
final class FileStep extends AbstractStep {

	private final DropFolderStep.Folder folder;

	FileStep(String name, JobRepository jobRepository, DropFolderStep.Folder folder) {
		super(jobRepository);
		setName(name);
		this.folder = folder;
	}

	@Override
	protected void doExecute(StepExecution step) throws Exception {
		if (GracefulStop.requested()) {
			throw new JobInterruptedException("stopped (SIGTERM) before this file");
		}
		ExecutionContext context = step.getExecutionContext();
		context.remove(DropFolderStep.FAILED);
		Path file = Path.of(context.getString(DropFolderStep.FILE));
		if (!Files.isDirectory(file.getParent())) {
			// a remote worker that does not see the manager's drop folder
			throw new IllegalStateException(OneLine.of(file.getFileName().toString()) + ": its drop folder " + file.getParent()
					+ " is not there on this machine; the manager and the workers need the same drop folders (shared storage)");
		}
		DropFolderStep.Outcome outcome = folder.read(file);
		context.putString(DropFolderStep.OUTCOME, outcome.status());
		if (outcome.failed()) {
			context.putString(DropFolderStep.FAILED, "true");
		}
		step.setReadCount(1);
		if (outcome.stopped()) {
			throw new JobInterruptedException("stopped (SIGTERM) after its last committed chunk");
		}
	}
}
