package nl.stm.pipeline.pdf;

import java.time.Duration;

/** Bounds that keep a hostile or broken file from taking the run down. */
public record ExtractionLimits(long maxBytes, int maxPages, Duration timeout) {

	public static ExtractionLimits defaults() {
		return new ExtractionLimits(100L * 1024 * 1024, 2000, Duration.ofMinutes(2));
	}
}
