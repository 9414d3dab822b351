package nl.stm.pipeline.ops;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code serve}: keeps running and starts the pipeline job for every slot of the
 * {@link NightlySchedule}, until stopped (Ctrl-C, SIGTERM; a run in progress finishes its current
 * file first). At start-up it first resumes the last run when that one failed or was stopped, or
 * else runs the last slot when input is waiting in the drop folders; {@code --now} starts a run at
 * once. One run at a time in this process; between processes the job repository decides
 * ({@link PipelineRuns}): two processes serving one database never run the same slot twice.
 * While it serves, Actuator answers on localhost ({@code pipeline.serve.port}): health (the database
 * and the last run's outcome, {@link PipelineHealthIndicator}) and metrics, Spring Batch's among them.
 */
@Component
public class ServeCommand implements PipelineCommand, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

	private final NightlySchedule schedule;

	private final PipelineRuns runs;

	private final PipelineOutput output;

	private final Path inputDir;

	private final Environment environment;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile boolean serving;

	public ServeCommand(NightlySchedule schedule, PipelineRuns runs, PipelineOutput output,
			@Value("${pipeline.input-dir}") Path inputDir, Environment environment) {
		this.schedule = schedule;
		this.runs = runs;
		this.output = output;
		this.inputDir = inputDir;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.stream().anyMatch(a -> !a.equals("--now"))) {
			err.println("serve: the only option is --now (got " + String.join(" ", args) + ")");
			return USAGE;
		}
		try {
			schedule.validate();
		}
		catch (IllegalArgumentException ex) {
			err.println("serve: " + ex.getMessage() + " (jobs/schedule.properties)");
			return USAGE;
		}
		output.use(out, err);
		serving = true;
		Runnable stopServing = this::stop;
		GracefulStop.onStop(stopServing);
		try {
			JobParameters first = firstRun(args.contains("--now"));
			out.println("serve: " + schedule.describe() + "; next run " + schedule.nextRun(ZonedDateTime.now())
					+ (first == null ? "" : "; first " + PipelineRuns.describe(first) + " now") + health() + "; stop with Ctrl-C");
			out.flush();
			if (first != null) {
				runOnce(first, out);
			}
			ZonedDateTime previous = ZonedDateTime.now();
			while (stopped.getCount() > 0) {
				ZonedDateTime now = ZonedDateTime.now();
				ZonedDateTime next = schedule.nextRun(now.isAfter(previous) ? now : previous);
				previous = next;
				long wait = Math.max(0, Duration.between(Instant.now(), next.toInstant()).toMillis());
				if (stopped.await(wait, TimeUnit.MILLISECONDS)) {
					break;
				}
				runOnce(new JobParametersBuilder().addString(PipelineJobConfiguration.SLOT, NightlySchedule.slot(next))
					.toJobParameters(), out);
			}
		}
		finally {
			GracefulStop.removeOnStop(stopServing);
			finished.countDown();
		}
		out.println("serve: stopped");
		return OK;
	}

	/** Where the health endpoint answers, when the web server runs (the port it really got: {@code 0} picks a free one). */
	private String health() {
		String port = environment.getProperty("local.server.port");
		return port == null ? ""
				: "; health on http://" + environment.getProperty("server.address", "127.0.0.1") + ":" + port + "/actuator/health";
	}

	/** What runs at start-up: the last run resumed, a run now, the missed slot when input waits, or nothing. */
	private JobParameters firstRun(boolean now) throws Exception {
		JobParameters unfinished = runs.unfinished();
		if (unfinished != null) {
			return unfinished;
		}
		if (now) {
			return new JobParametersBuilder().addString(PipelineJobConfiguration.RUN_ID, Instant.now().toString())
				.toJobParameters();
		}
		ZonedDateTime missed = schedule.lastRun(ZonedDateTime.now());
		return missed != null && runs.inputsWaiting(inputDir) ? new JobParametersBuilder()
			.addString(PipelineJobConfiguration.SLOT, NightlySchedule.slot(missed))
			.toJobParameters() : null;
	}

	/** Runs one slot (or run) and says in one line what became of it; a failure is logged, serving goes on. */
	private void runOnce(JobParameters identity, PrintStream out) {
		String name = PipelineRuns.describe(identity);
		try {
			out.println("serve: " + name + ": started");
			out.flush();
			PipelineRuns.Result result = runs.start(identity);
			out.println("serve: " + name + ": " + switch (result.outcome()) {
				case COMPLETED -> "completed in " + result.duration().toSeconds() + " s";
				case FAILED -> "failed after " + result.duration().toSeconds() + " s; the next start of serve or run resumes it";
				case STOPPED -> "stopped; the next start of serve or run resumes it";
				case ALREADY_DONE -> "already run by another process";
				case RUNNING_ELSEWHERE -> "running in another process; left to it";
			});
		}
		catch (Exception ex) {
			out.println("serve: " + name + ": could not start (" + Launcher.rootMessage(ex) + ")");
			log.debug("{}: could not start", name, ex);
		}
		out.flush();
	}

	/** Stops serving: a run in progress finishes its current file, then {@link #run} returns. */
	public void stop() {
		stopped.countDown();
	}

	/**
	 * The application is closing (SIGTERM): stop serving and wait for a running job to finish
	 * before the database and the job repository are closed.
	 */
	@Override
	public void destroy() throws InterruptedException {
		stop();
		if (serving) {
			finished.await(16, TimeUnit.MINUTES);
		}
	}
}
