package nl.stm.pipeline.ops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Who reads the partitions (files) of the drop-folder steps, by {@code pipeline.workers}: {@code local}
 * (default), a pool of {@code pipeline.workers.threads} threads in this process; {@code remote},
 * {@code worker} processes on any machine that share this job repository (PostgreSQL), the broker and
 * the drop folders. Remote partitions are sent as Spring Batch {@code StepExecutionRequest}s to the
 * broker's queue ({@link RemotePartitioning}) and their outcome is learnt by polling the job
 * repository, not from replies: a worker that dies leaves its partition running in the repository
 * and its message unacknowledged, the broker gives the message to another worker
 * ({@link PartitionRunner}), and the manager waits on.
 */
@Component
class DropFolderWorkers {

	/** The setting choosing the workers. */
	static final String SETTING = "pipeline.workers";

	/** How often the manager looks in the job repository for partitions that ended. */
	private static final long POLL_MILLIS = 500;

	/** Where the files are read. */
	enum Mode {
		LOCAL, REMOTE
	}

	private final Mode mode;

	private final ThreadPoolTaskExecutor threads;

	private final JobRepository jobRepository;

	private final ObjectProvider<MessageChannel> remoteRequests;

	DropFolderWorkers(Environment environment, ThreadPoolTaskExecutor pipelineWorkers, JobRepository jobRepository,
			@Qualifier("pipelinePartitionRequests") ObjectProvider<MessageChannel> pipelinePartitionRequests) {
		this.mode = mode(environment);
		this.threads = pipelineWorkers;
		this.jobRepository = jobRepository;
		this.remoteRequests = pipelinePartitionRequests;
	}

	/** {@code pipeline.workers}, {@code local} when unset; another value fails the start as a setting error. */
	static Mode mode(Environment environment) {
		return Binder.get(environment).bind(SETTING, Mode.class).orElse(Mode.LOCAL);
	}

	Mode mode() {
		return mode;
	}

	/** The partition handler running the partitions of a drop-folder step with this worker step. */
	PartitionHandler handler(Step worker) throws Exception {
		if (mode == Mode.REMOTE) {
			MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler() {

				@Override
				protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
					return super.doHandle(manager, byName(partitions));
				}
			};
			handler.setStepName(worker.getName());
			handler.setMessagingOperations(new MessagingTemplate(remoteRequests.getObject()));
			handler.setJobRepository(jobRepository);
			handler.setPollInterval(POLL_MILLIS);
			handler.afterPropertiesSet();
			return handler;
		}
		NameOrderPartitionHandler handler = new NameOrderPartitionHandler();
		handler.setStep(worker);
		handler.setTaskExecutor(threads);
		handler.afterPropertiesSet();
		return handler;
	}

	/** Starts (or sends) the partitions in the order of their names (the files' name order), so one thread reads as before. */
	private static final class NameOrderPartitionHandler extends TaskExecutorPartitionHandler {

		@Override
		protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
			return super.doHandle(manager, byName(partitions));
		}
	}

	private static Set<StepExecution> byName(Set<StepExecution> partitions) {
		List<StepExecution> sorted = new ArrayList<>(partitions);
		sorted.sort(Comparator.comparing(StepExecution::getStepName));
		return new LinkedHashSet<>(sorted);
	}
}
