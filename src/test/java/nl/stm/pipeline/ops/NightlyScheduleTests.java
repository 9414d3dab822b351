package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.stm.pipeline.partner.PartnerIngester;

/**
 * The nightly schedule and the {@code serve} command without a database: when the cron fires in
 * Amsterdam time (also across daylight saving), that a trigger while an ingest runs is skipped,
 * that bad settings are a usage error, that findings are refreshed after a night that ingested a
 * file, and that {@code serve} runs the ingest on its schedule until stopped.
 */
class NightlyScheduleTests {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

	@Test
	void firesAtTwoInTheNightAmsterdamTimeAcrossDaylightSaving() {
		NightlySchedule schedule = new NightlySchedule("0 0 2 * * *", "Europe/Amsterdam", "test", List::of, () -> 0);

		assertThat(schedule.nextRun(ZonedDateTime.of(2026, 3, 27, 12, 0, 0, 0, AMSTERDAM)).toOffsetDateTime())
			.hasToString("2026-03-28T02:00+01:00");
		// 29 March 2026 has no 02:00 in Amsterdam (02:00 CET is 03:00 CEST): that night is skipped,
		// the files wait in the drop folder for the next night (documented in jobs/schedule.properties)
		assertThat(schedule.nextRun(ZonedDateTime.of(2026, 3, 28, 12, 0, 0, 0, AMSTERDAM)).toOffsetDateTime())
			.hasToString("2026-03-30T02:00+02:00");
		// 25 October 2026 has 02:00 twice: it fires at both; the second run finds only files that
		// arrived in between (content already ingested is never ingested again)
		ZonedDateTime octoberRun = schedule.nextRun(ZonedDateTime.of(2026, 10, 24, 12, 0, 0, 0, AMSTERDAM));
		assertThat(octoberRun.toOffsetDateTime()).hasToString("2026-10-25T02:00+02:00");
		ZonedDateTime again = schedule.nextRun(octoberRun);
		assertThat(again.toOffsetDateTime()).hasToString("2026-10-25T02:00+01:00");
		assertThat(schedule.nextRun(again).toOffsetDateTime()).hasToString("2026-10-26T02:00+01:00");
		assertThat(schedule.nextRun(ZonedDateTime.of(2026, 7, 1, 1, 59, 0, 0, ZoneId.of("UTC"))).toOffsetDateTime())
			.hasToString("2026-07-02T02:00+02:00");
		assertThat(schedule.describe()).isEqualTo("test on cron '0 0 2 * * *' (Europe/Amsterdam)");
	}

	@Test
	void refusesAnInvalidCronOrZoneNamingTheSetting() {
		assertThatThrownBy(() -> new NightlySchedule("0 2 * *", "Europe/Amsterdam", "test", List::of, () -> 0).trigger())
			.hasMessageStartingWith("pipeline.schedule.cron: '0 2 * *' is not a cron expression");
		assertThatThrownBy(() -> new NightlySchedule("0 0 2 * * *", "Europe/Amstrdam", "test", List::of, () -> 0).trigger())
			.hasMessageStartingWith("pipeline.schedule.zone: 'Europe/Amstrdam' is not a time zone");
	}

	@Test
	void aTriggerWhileTheIngestRunsIsSkipped() throws Exception {
		// given: an ingest that runs until released
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		NightlySchedule schedule = new NightlySchedule("0 0 2 * * *", "Europe/Amsterdam", "test", () -> {
			runs.incrementAndGet();
			started.countDown();
			release.await(10, TimeUnit.SECONDS);
			return List.of();
		}, () -> 0);
		Thread first = new Thread(() -> schedule.runOnce(quiet, quiet));
		first.start();
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

		// when
		NightlySchedule.Outcome second = schedule.runOnce(quiet, quiet);
		release.countDown();
		first.join(10_000);

		// then
		assertThat(second).isEqualTo(NightlySchedule.Outcome.SKIPPED);
		assertThat(runs).hasValue(1);
		assertThat(schedule.runOnce(quiet, quiet)).isEqualTo(NightlySchedule.Outcome.RAN);
	}

	@Test
	void findingsAreRefreshedAfterANightThatIngestedAFile() {
		// given
		AtomicInteger reconciliations = new AtomicInteger();
		NightlySchedule schedule = new NightlySchedule("0 0 2 * * *", "Europe/Amsterdam", "test",
				() -> List.of(result("politie_2025-H2.csv", PartnerIngester.Status.INGESTED),
						result("vng_2025-H2.csv", PartnerIngester.Status.ALREADY_INGESTED)),
				() -> reconciliations.incrementAndGet() + 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		// when
		NightlySchedule.Outcome outcome = schedule.runOnce(new PrintStream(out, true, StandardCharsets.UTF_8), quiet);

		// then
		assertThat(outcome).isEqualTo(NightlySchedule.Outcome.RAN);
		assertThat(reconciliations).hasValue(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("reconciled: 3 finding(s)");
	}

	@Test
	void aNightWithNothingNewIngestedLeavesTheFindingsAlone() {
		AtomicInteger reconciliations = new AtomicInteger();
		NightlySchedule schedule = new NightlySchedule("0 0 2 * * *", "Europe/Amsterdam", "test",
				() -> List.of(result("vng_2025-H2.csv", PartnerIngester.Status.ALREADY_INGESTED),
						result("kapot.csv", PartnerIngester.Status.FAILED)),
				reconciliations::incrementAndGet);
		assertThat(schedule.runOnce(quiet, quiet)).isEqualTo(NightlySchedule.Outcome.RAN);
		assertThat(reconciliations).hasValue(0);
	}

	@Test
	void aReconciliationThatFailsMakesTheNightFail() {
		NightlySchedule schedule = new NightlySchedule("0 0 2 * * *", "Europe/Amsterdam", "test",
				() -> List.of(result("politie_2025-H2.csv", PartnerIngester.Status.INGESTED)), () -> {
					throw new IllegalStateException("the reconciliation job ended FAILED");
				});
		assertThat(schedule.runOnce(quiet, quiet)).isEqualTo(NightlySchedule.Outcome.FAILED);
	}

	private static PartnerIngester.FileResult result(String file, PartnerIngester.Status status) {
		return new PartnerIngester.FileResult(file, status, "UTF-8", true, ";", "Politie", "2025-H2", 3, 3, List.of(),
				List.of(), null, status == PartnerIngester.Status.FAILED ? file + ": failed" : null, null);
	}

	@Test
	void anIngestRunningInAnotherProcessMakesTheTriggerSkip() {
		NightlySchedule schedule = new NightlySchedule("0 0 2 * * *", "Europe/Amsterdam", "test", () -> {
			throw new PartnerIngester.IngestInProgressException("another partner ingest is running on input/partners");
		}, () -> 0);
		assertThat(schedule.runOnce(quiet, quiet)).isEqualTo(NightlySchedule.Outcome.SKIPPED);
	}

	@Test
	void serveRunsTheIngestOnItsScheduleUntilStopped() throws Exception {
		// given: a schedule that fires every second
		CountDownLatch ran = new CountDownLatch(2);
		NightlySchedule everySecond = new NightlySchedule("* * * * * *", "Europe/Amsterdam", "test ingest", () -> {
			ran.countDown();
			return List.of();
		}, () -> 0);
		ServeCommand serve = new ServeCommand(everySecond);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int[] status = { -1 };
		Thread server = new Thread(() -> {
			try {
				status[0] = serve.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), quiet);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});

		// when
		server.start();
		boolean fired = ran.await(10, TimeUnit.SECONDS);
		serve.destroy();
		server.join(10_000);

		// then
		assertThat(fired).isTrue();
		assertThat(server.isAlive()).isFalse();
		assertThat(status[0]).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("serve: test ingest on cron '* * * * * *' (Europe/Amsterdam); next run ")
			.endsWith("serve: stopped\n");
	}

	@Test
	void serveRefusesArgumentsAndBadSettings() throws Exception {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
		assertThat(new ServeCommand(new NightlySchedule("0 0 2 * * *", "Europe/Amsterdam", "t", List::of, () -> 0)).run(List.of("now"),
				quiet, e)).isEqualTo(2);
		assertThat(new ServeCommand(new NightlySchedule("nightly", "Europe/Amsterdam", "t", List::of, () -> 0)).run(List.of(), quiet, e))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("serve: takes no arguments (got now)",
				"serve: pipeline.schedule.cron: 'nightly' is not a cron expression");
	}
}
