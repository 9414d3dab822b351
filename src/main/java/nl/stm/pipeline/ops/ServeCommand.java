package nl.stm.pipeline.ops;

import java.io.PrintStream;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * {@code serve}: keeps running and starts the partner ingest (and, when it ingested a file, the
 * reconciliation) on the nightly schedule ({@link NightlySchedule}) until the process is stopped
 * (Ctrl-C, SIGTERM). The scheduler exists only while this command runs; an ingest in progress is
 * allowed to finish when stopping.
 */
@Component
public class ServeCommand implements PipelineCommand, DisposableBean {

	private final NightlySchedule schedule;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile boolean serving;

	public ServeCommand(NightlySchedule schedule) {
		this.schedule = schedule;
	}

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
		if (!args.isEmpty()) {
			err.println("serve: takes no arguments (got " + String.join(" ", args) + ")");
			return USAGE;
		}
		ZonedDateTime next;
		try {
			next = schedule.nextRun(ZonedDateTime.now());
		}
		catch (IllegalArgumentException ex) {
			err.println("serve: " + ex.getMessage() + " (jobs/schedule.properties)");
			return USAGE;
		}
		serving = true;
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("nightly-");
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationSeconds(600);
		scheduler.initialize();
		Runnable stopServing = this::stop;
		GracefulStop.onStop(stopServing);
		try {
			ScheduledFuture<?> future = schedule.schedule(scheduler, out, err);
			out.println("serve: " + schedule.describe() + "; next run " + next + "; stop with Ctrl-C");
			out.flush();
			stopped.await();
			future.cancel(false);
		}
		finally {
			GracefulStop.removeOnStop(stopServing);
			scheduler.shutdown();
			finished.countDown();
		}
		out.println("serve: stopped");
		return OK;
	}

	/** Stops serving: the scheduler lets a running ingest finish, then {@link #run} returns. */
	public void stop() {
		stopped.countDown();
	}

	/**
	 * The application is closing (SIGTERM): stop serving and wait for a running ingest to finish
	 * before the database and the job repository are closed.
	 */
	@Override
	public void destroy() throws InterruptedException {
		stop();
		if (serving) {
			finished.await(11, TimeUnit.MINUTES);
		}
	}
}
