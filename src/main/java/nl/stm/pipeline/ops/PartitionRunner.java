package nl.stm.pipeline.ops;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.ObjectMessage;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A {@code worker}'s side of remote partitioning: runs the partition a message names, what Spring
 * Batch's {@code StepExecutionRequestHandler} does, plus what a fleet of workers that may die needs.
 * The message is read in a transacted session and acknowledged only when this returns, so a worker
 * killed in the middle of a file leaves the message to the broker, which gives it to another worker;
 * that worker finds the partition still {@code STARTED} and runs it again: the file's own job, left
 * running by the dead process, is recovered and restarted after its last committed chunk
 * ({@link JobRecovery}, {@link ExecutionOwner}), or waited for if its process lives. A message of
 * a partition that already ended (delivered again because its worker died before acknowledging it,
 * or of a run recovered since) is acknowledged and nothing is run. A worker stopped by SIGTERM hands
 * its file back: the file job stops after its chunk, the partition is set running again and the
 * message rolled back, so another worker resumes the file and the manager's run goes on.
 */
final class PartitionRunner implements MessageListener {

	private final JobRepository jobRepository;

	private final Map<String, FileStep> steps;

	private final PipelineOutput output;

	PartitionRunner(JobRepository jobRepository, List<FileStep> steps, PipelineOutput output) {
		this.jobRepository = jobRepository;
		this.steps = steps.stream().collect(Collectors.toMap(FileStep::getName, Function.identity()));
		this.output = output;
	}

	@Override
	public void onMessage(Message message) {
		StepExecutionRequest request;
		try {
			request = (StepExecutionRequest) ((ObjectMessage) message).getObject();
		}
		catch (JMSException | ClassCastException ex) {
			output.err().println("worker: a message that is no partition request was dropped (" + Launcher.rootMessage(ex) + ")");
			return;
		}
		run(request);
	}

	void run(StepExecutionRequest request) {
		FileStep step = steps.get(request.getStepName());
		if (step == null) {
			throw new IllegalStateException("worker: no step " + request.getStepName() + " here (another version of the pipeline?)");
		}
		StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
		if (partition == null) {
			output.err().println("worker: partition " + request.getStepExecutionId() + " (" + request.getStepName()
					+ ") is not in this job repository; is the manager on another database? Dropped");
			return;
		}
		if (partition.getStatus() != BatchStatus.STARTING && partition.getStatus() != BatchStatus.STARTED) {
			return;
		}
		if (partition.getStatus() == BatchStatus.STARTED) {
			output.out().println("worker: " + partition.getStepName() + ": taking over from a worker that stopped or died");
		}
		try {
			step.execute(partition);
		}
		catch (JobInterruptedException ex) {
			partition.setStatus(BatchStatus.STOPPED);
		}
		if (partition.getStatus() == BatchStatus.STOPPED && GracefulStop.requested()) {
			partition.setStatus(BatchStatus.STARTED);
			partition.setExitStatus(ExitStatus.EXECUTING);
			partition.setEndTime(null);
			jobRepository.update(partition);
			throw new IllegalStateException("worker: stopping (SIGTERM); " + partition.getStepName() + " is handed back to the other workers");
		}
		if (partition.getStatus() == BatchStatus.FAILED) {
			output.err().println("worker: " + partition.getStepName() + " failed (" + partition.getFailureExceptions()
				.stream()
				.findFirst()
				.map(Launcher::rootMessage)
				.orElse(partition.getExitStatus().getExitDescription()) + ")");
		}
	}
}
