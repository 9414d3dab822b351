package nl.stm.pipeline.ops;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * {@code worker}: a long-running process that reads the files of the pipeline job's letter and
 * partner steps for a manager's {@code run} or {@code serve} with {@code pipeline.workers=remote},
 * on this or another machine: it takes partition requests from the broker's queue, one per thread
 * ({@code pipeline.workers.threads}), and runs each on the shared job repository
 * ({@link PartitionRunner}), printing each file's line as {@code run} does. SIGTERM ends it: the
 * files being read stop after their current chunk and go back to the other workers, then it exits 0.
 */
@Component
class WorkerCommand implements PipelineCommand {

	private final ObjectProvider<ActiveMQConnectionFactory> broker;

	private final JobRepository jobRepository;

	private final List<FileStep> steps;

	private final PipelineOutput output;

	private final int threads;

	private final String queue;

	WorkerCommand(ObjectProvider<ActiveMQConnectionFactory> broker, JobRepository jobRepository, List<FileStep> steps,
			PipelineOutput output, ThreadPoolTaskExecutor pipelineWorkers, @Value(RemotePartitioning.QUEUE) String queue) {
		this.broker = broker;
		this.jobRepository = jobRepository;
		this.steps = steps;
		this.output = output;
		this.threads = pipelineWorkers.getCorePoolSize();
		this.queue = queue;
	}

	@Override
	public String name() {
		return "worker";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (!args.isEmpty()) {
			err.println("worker: takes no arguments (got " + String.join(" ", args) + ")");
			return USAGE;
		}
		output.use(out, err);
		CountDownLatch stop = new CountDownLatch(1);
		Runnable stopping = stop::countDown;
		GracefulStop.onStop(stopping);
		DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
		try {
			container.setConnectionFactory(broker.getObject());
			container.setDestinationName(queue);
			container.setSessionTransacted(true);
			container.setConcurrentConsumers(threads);
			container.setMessageListener(new PartitionRunner(jobRepository, steps, output));
			container.setErrorHandler(ex -> err.println(Launcher.rootMessage(ex)));
			container.afterPropertiesSet();
			container.start();
			out.println("worker: reading the files of queue " + queue + " with " + threads + " thread(s); SIGTERM stops");
			if (!GracefulStop.requested()) {
				stop.await();
			}
			container.stop();
		}
		finally {
			container.shutdown();
			GracefulStop.removeOnStop(stopping);
		}
		out.println("worker: stopped (SIGTERM)");
		return OK;
	}
}
