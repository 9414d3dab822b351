package nl.stm.pipeline.ops;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * When the nightly pipeline runs: a cron expression and a time zone ({@code pipeline.schedule.cron},
 * {@code pipeline.schedule.zone} in {@code jobs/schedule.properties}; default 02:00 Amsterdam time,
 * daylight saving included). Each fire time is a <em>slot</em>, the identity of that night's job
 * instance, so that every process serving the same database agrees on what "tonight" is.
 */
@Component
public class NightlySchedule {

	/** Windows searched backwards for the last slot: the smallest that holds one is enough. */
	private static final List<Duration> LOOK_BACK = List.of(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1),
			Duration.ofDays(8), Duration.ofDays(32), Duration.ofDays(367));

	private final String cron;

	private final String zone;

	@Autowired
	public NightlySchedule(@Value("${pipeline.schedule.cron:0 0 2 * * *}") String cron,
			@Value("${pipeline.schedule.zone:Europe/Amsterdam}") String zone) {
		this.cron = cron;
		this.zone = zone;
	}

	/** Checks both settings; throws {@link IllegalArgumentException} naming the bad one and what is allowed. */
	public void validate() {
		zoneId();
		expression();
	}

	private ZoneId zoneId() {
		try {
			return ZoneId.of(zone);
		}
		catch (java.time.DateTimeException ex) {
			throw new IllegalArgumentException("pipeline.schedule.zone: '" + zone + "' is not a time zone (e.g. Europe/Amsterdam)");
		}
	}

	private CronExpression expression() {
		if (!CronExpression.isValidExpression(cron)) {
			throw new IllegalArgumentException("pipeline.schedule.cron: '" + cron
					+ "' is not a cron expression (six fields: second minute hour day month weekday, e.g. 0 0 2 * * *)");
		}
		return CronExpression.parse(cron);
	}

	/** The first slot after a moment. */
	public ZonedDateTime nextRun(ZonedDateTime after) {
		return expression().next(after.withZoneSameInstant(zoneId()));
	}

	/** The last slot at or before a moment (the night a process started after has missed); null if none in a year. */
	public ZonedDateTime lastRun(ZonedDateTime atOrBefore) {
		ZonedDateTime now = atOrBefore.withZoneSameInstant(zoneId());
		for (Duration window : LOOK_BACK) {
			ZonedDateTime last = null;
			for (ZonedDateTime t = nextRun(now.minus(window)); t != null && !t.isAfter(now); t = nextRun(t)) {
				last = t;
			}
			if (last != null) {
				return last;
			}
		}
		return null;
	}

	/** A slot as the job parameter that identifies its run: ISO date-time with offset. */
	public static String slot(ZonedDateTime fireTime) {
		return fireTime.toOffsetDateTime().toString();
	}

	public String describe() {
		return "pipeline on cron '" + cron + "' (" + zone + ")";
	}
}
