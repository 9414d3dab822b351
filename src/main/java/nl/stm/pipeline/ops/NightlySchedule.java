package nl.stm.pipeline.ops;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import nl.stm.pipeline.partner.IngestPartnersCommand;
import nl.stm.pipeline.partner.PartnerIngester;
import nl.stm.pipeline.reconcile.ReconcileLauncher;

/**
 * The nightly partner ingest, followed by a reconciliation when a file was ingested (so the
 * findings on partner figures are never older than the figures), on a cron expression and a time
 * zone ({@code pipeline.schedule.cron}, {@code pipeline.schedule.zone} in
 * {@code jobs/schedule.properties}; default 02:00 Amsterdam time, daylight saving included). Nothing is scheduled by this bean itself: only {@link ServeCommand}
 * puts it on a scheduler, so the other commands and the tests never run anything on a timer.
 * <p>
 * At most one ingest runs at a time: a trigger while the previous ingest still runs (in this
 * process, or in another one holding the drop folder's lock) is skipped and logged.
 */
@Component
public class NightlySchedule {

	private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

	/** What one trigger did. */
	public enum Outcome {

		RAN, SKIPPED, FAILED

	}

	/** The work of one trigger. */
	@FunctionalInterface
	interface Ingest {

		List<PartnerIngester.FileResult> run() throws Exception;

	}

	/** The reconciliation after an ingest; returns the number of findings. */
	@FunctionalInterface
	interface Reconcile {

		int run() throws Exception;

	}

	private final String cron;

	private final String zone;

	private final String what;

	private final Ingest ingest;

	private final Reconcile reconcile;

	private final ReentrantLock running = new ReentrantLock();

	@Autowired
	public NightlySchedule(PartnerIngester ingester, ReconcileLauncher reconciler,
			@Value("${pipeline.input-dir}") Path inputDir, @Value("${pipeline.schedule.cron:0 0 2 * * *}") String cron,
			@Value("${pipeline.schedule.zone:Europe/Amsterdam}") String zone) {
		this(cron, zone, "partner ingest of " + inputDir.resolve("partners"),
				() -> ingester.ingestFolder(inputDir.resolve("partners")), () -> reconciler.reconcile().size());
	}

	NightlySchedule(String cron, String zone, String what, Ingest ingest, Reconcile reconcile) {
		this.cron = cron;
		this.zone = zone;
		this.what = what;
		this.ingest = ingest;
		this.reconcile = reconcile;
	}

	/** The trigger; throws {@link IllegalArgumentException} naming the setting when cron or zone is invalid. */
	public CronTrigger trigger() {
		ZoneId zoneId;
		try {
			zoneId = ZoneId.of(zone);
		}
		catch (java.time.DateTimeException ex) {
			throw new IllegalArgumentException("pipeline.schedule.zone: '" + zone + "' is not a time zone (e.g. Europe/Amsterdam)");
		}
		if (!CronExpression.isValidExpression(cron)) {
			throw new IllegalArgumentException("pipeline.schedule.cron: '" + cron
					+ "' is not a cron expression (six fields: second minute hour day month weekday, e.g. 0 0 2 * * *)");
		}
		return new CronTrigger(cron, zoneId);
	}

	/** When the schedule fires next after a moment. */
	public ZonedDateTime nextRun(ZonedDateTime after) {
		trigger();
		return CronExpression.parse(cron).next(after.withZoneSameInstant(ZoneId.of(zone)));
	}

	public String describe() {
		return what + " on cron '" + cron + "' (" + zone + ")";
	}

	/** Puts the ingest on a scheduler; results go to {@code out}, problems to {@code err}. */
	public ScheduledFuture<?> schedule(TaskScheduler scheduler, PrintStream out, PrintStream err) {
		return scheduler.schedule(() -> runOnce(out, err), trigger());
	}

	/**
	 * Runs the ingest now, and the reconciliation when a file was ingested, unless an ingest is
	 * running: then it is skipped and logged.
	 */
	public Outcome runOnce(PrintStream out, PrintStream err) {
		if (!running.tryLock()) {
			log.warn("{}: skipped, the previous ingest is still running", what);
			return Outcome.SKIPPED;
		}
		try {
			log.info("{}: started", what);
			List<PartnerIngester.FileResult> results = ingest.run();
			IngestPartnersCommand.report(results, false, out, err);
			log.info("{}: {} file(s), {} failed", what, results.size(),
					results.stream().filter(PartnerIngester.FileResult::failed).count());
			if (results.stream().anyMatch(r -> r.status() == PartnerIngester.Status.INGESTED)) {
				out.println("reconciled: " + reconcile.run() + " finding(s)");
			}
			return Outcome.RAN;
		}
		catch (PartnerIngester.IngestInProgressException ex) {
			log.warn("{}: skipped, {}", what, ex.getMessage());
			return Outcome.SKIPPED;
		}
		catch (Exception ex) {
			log.error("{}: failed ({})", what, ex.getMessage());
			return Outcome.FAILED;
		}
		finally {
			running.unlock();
		}
	}
}
