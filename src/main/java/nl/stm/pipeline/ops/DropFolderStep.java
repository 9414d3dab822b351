package nl.stm.pipeline.ops;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;

/**
 * A step of the pipeline job that hands every file of a drop folder to a job of its own (one
 * instance per content), the way Spring Batch's {@code JobStep} runs one job: without a
 * transaction of its own, because the file jobs commit chunk by chunk and the job repository
 * refuses to start a job inside a transaction. It ends {@code STOPPED} (restartable here) when a
 * stop was requested (SIGTERM) while its current file was read, and marks the pipeline execution
 * when some file failed, so that {@code run} exits 1.
 */
final class DropFolderStep extends AbstractStep {

	/** The files of one folder; returns whether some file failed. */
	@FunctionalInterface
	interface Files {

		boolean read(StepExecution step) throws Exception;

	}

	private final Files files;

	DropFolderStep(String name, JobRepository jobRepository, Files files) {
		super(name);
		setJobRepository(jobRepository);
		this.files = files;
	}

	@Override
	protected void doExecute(StepExecution step) throws Exception {
		if (files.read(step)) {
			step.getJobExecution().getExecutionContext().putString(PipelineJobConfiguration.INPUT_FAILED, "true");
		}
		if (GracefulStop.requested()) {
			throw new JobInterruptedException("stopped (SIGTERM) after the current file");
		}
	}
}
