package nl.stm.pipeline.ops;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.PartitionStep;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A step of the pipeline job over the files of a drop folder: a partitioned step with one partition
 * per file, run by a pool of worker threads ({@code pipeline.workers.threads}) or by remote workers
 * ({@code pipeline.workers=remote}, see {@link DropFolderWorkers}). Each partition is a worker step
 * execution ({@link FileStep}) that hands its file to the file's own job (one instance per content),
 * so a restart of the pipeline job runs again only the files whose partition did not complete. Once a stop was requested (SIGTERM) no new file starts: the files being read are
 * finished and the step ends {@code STOPPED} (restartable here). When some file failed the pipeline
 * execution is marked, so that {@code run} exits 1.
 */
final class DropFolderStep extends PartitionStep {

	/** The partition context key of a partition's file. */
	static final String FILE = "pipeline.file";

	/** The partition context key of what became of the file (a status name). */
	static final String OUTCOME = "pipeline.file.outcome";

	/** The partition context key: the file failed (exit status 1). */
	static final String FAILED = "pipeline.file.failed";

	/** What a step does with its folder; {@link #read} is called by the workers ({@link FileStep}). */
	interface Folder {

		/** Lists the folder (saying what is ignored or skipped) and returns the files to read. */
		List<Path> open() throws Exception;

		/** Reads one file, printing its line(s). */
		Outcome read(Path file);

		/**
		 * After the files: prints the folder's summary of the outcomes of this execution's files and
		 * returns whether something in the folder failed.
		 */
		boolean close(List<String> outcomes) throws Exception;

	}

	/** What became of one file: a status name, whether it failed, whether it was stopped before its end. */
	record Outcome(String status, boolean failed, boolean stopped) {
	}

	private static final int MAX_NAME = 60;

	private final Folder folder;

	private volatile List<Path> files = List.of();

	private volatile List<String> outcomes = List.of();

	private volatile boolean someFileFailed;

	DropFolderStep(String name, Step worker, JobRepository jobRepository, Folder folder, PartitionHandler workers) {
		super(jobRepository);
		setName(name);
		this.folder = folder;
		setPartitionHandler(workers);
		setStepExecutionSplitter(new SimpleStepExecutionSplitter(jobRepository, worker.getName(), gridSize -> partitions()));
		setStepExecutionAggregator((result, finished) -> {
			// as the workers (threads, or processes on other machines) left them in the job repository
			List<StepExecution> executions = finished.stream().map(e -> jobRepository.getStepExecution(e.getId())).toList();
			new DefaultStepExecutionAggregator().aggregate(result, executions);
			outcomes = executions.stream()
				.filter(e -> e.getExecutionContext().containsKey(OUTCOME))
				.map(e -> e.getExecutionContext().getString(OUTCOME))
				.toList();
			someFileFailed = executions.stream().anyMatch(e -> e.getExecutionContext().containsKey(FAILED));
		});
	}

	@Override
	protected void doExecute(StepExecution step) throws Exception {
		files = folder.open();
		outcomes = List.of();
		someFileFailed = false;
		boolean failed;
		try {
			super.doExecute(step);
		}
		finally {
			failed = folder.close(outcomes);
		}
		if (failed || someFileFailed) {
			step.getJobExecution().getExecutionContext().putString(PipelineJobConfiguration.INPUT_FAILED, "true");
		}
		if (GracefulStop.requested()) {
			throw new JobInterruptedException("stopped (SIGTERM) after the current files");
		}
	}

	/** The part of a folder's summary line for files stopped (SIGTERM) in the middle: nothing when none was. */
	static String stopped(int files) {
		return files == 0 ? "" : ", " + files + " stopped";
	}

	/** One partition per file, named for the file so that a restart finds the same partition again. */
	private Map<String, ExecutionContext> partitions() {
		Map<String, ExecutionContext> partitions = new HashMap<>();
		for (Path file : files) {
			ExecutionContext context = new ExecutionContext();
			context.putString(FILE, file.toAbsolutePath().toString());
			partitions.put(partitionName(file), context);
		}
		return partitions;
	}

	/**
	 * The file's name as the partition's name (the job repository keeps step names of at most 100
	 * characters: a long name is cut and told apart by a hash of the whole).
	 */
	static String partitionName(Path file) {
		String name = OneLine.of(file.getFileName().toString());
		return name.length() <= MAX_NAME ? name
				: name.substring(0, MAX_NAME - 9) + "~" + String.format("%08x", name.hashCode());
	}
}
