package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

/**
 * The nightly schedule without a database: when the cron fires in Amsterdam time (also across
 * daylight saving), which night a late start has missed, how a slot is named, and that bad settings
 * are a usage error of {@code serve}. Serving itself runs in {@code ServeProcessTests}.
 */
class NightlyScheduleTests {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

	@Test
	void firesAtTwoInTheNightAmsterdamTimeAcrossDaylightSaving() {
		NightlySchedule schedule = new NightlySchedule("0 0 2 * * *", "Europe/Amsterdam");

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
		assertThat(schedule.describe()).isEqualTo("pipeline on cron '0 0 2 * * *' (Europe/Amsterdam)");
	}

	@Test
	void refusesAnInvalidCronOrZoneNamingTheSetting() {
		assertThatThrownBy(() -> new NightlySchedule("0 2 * *", "Europe/Amsterdam").validate())
			.hasMessageStartingWith("pipeline.schedule.cron: '0 2 * *' is not a cron expression");
		assertThatThrownBy(() -> new NightlySchedule("0 0 2 * * *", "Europe/Amstrdam").validate())
			.hasMessageStartingWith("pipeline.schedule.zone: 'Europe/Amstrdam' is not a time zone");
	}

	@Test
	void theLastSlotIsTheNightAProcessStartingLaterHasMissed() {
		NightlySchedule nightly = new NightlySchedule("0 0 2 * * *", "Europe/Amsterdam");
		NightlySchedule weekly = new NightlySchedule("0 30 3 * * MON", "Europe/Amsterdam");
		NightlySchedule everyTenSeconds = new NightlySchedule("*/10 * * * * *", "Europe/Amsterdam");
		ZonedDateTime morning = ZonedDateTime.of(2026, 12, 2, 8, 15, 0, 0, AMSTERDAM);

		assertThat(nightly.lastRun(morning).toOffsetDateTime()).hasToString("2026-12-02T02:00+01:00");
		assertThat(nightly.lastRun(ZonedDateTime.of(2026, 12, 2, 2, 0, 0, 0, AMSTERDAM)).toOffsetDateTime())
			.as("a slot at the very moment counts").hasToString("2026-12-02T02:00+01:00");
		assertThat(weekly.lastRun(morning).toOffsetDateTime()).hasToString("2026-11-30T03:30+01:00");
		assertThat(everyTenSeconds.lastRun(morning.plusSeconds(7)).toOffsetDateTime()).hasToString("2026-12-02T08:15+01:00");
		assertThat(new NightlySchedule("0 0 2 29 2 *", "Europe/Amsterdam").lastRun(morning)).as("none within a year").isNull();
	}

	@Test
	void aSlotIsItsFireTimeWithOffsetSoEveryProcessNamesTheSameNightAlike() {
		ZonedDateTime fire = ZonedDateTime.of(2026, 10, 25, 2, 0, 0, 0, AMSTERDAM);
		assertThat(NightlySchedule.slot(fire)).isEqualTo("2026-10-25T02:00+02:00");
		assertThat(NightlySchedule.slot(fire.withLaterOffsetAtOverlap())).isEqualTo("2026-10-25T02:00+01:00");
		assertThat(NightlySchedule.slot(fire.withZoneSameInstant(ZoneId.of("UTC")))).isEqualTo("2026-10-25T00:00Z");
	}

	@Test
	void serveRefusesArgumentsAndBadSettings() throws Exception {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
		assertThat(serve(new NightlySchedule("0 0 2 * * *", "Europe/Amsterdam")).run(List.of("now"),
				quiet, e)).isEqualTo(2);
		assertThat(serve(new NightlySchedule("nightly", "Europe/Amsterdam")).run(List.of(), quiet, e))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("serve: the only option is --now (got now)",
				"serve: pipeline.schedule.cron: 'nightly' is not a cron expression");
	}

	/** Arguments and settings are checked before anything touches the database: none is needed. */
	private static ServeCommand serve(NightlySchedule schedule) {
		return new ServeCommand(schedule, null, new PipelineOutput(), Path.of("input"), new StandardEnvironment());
	}
}
