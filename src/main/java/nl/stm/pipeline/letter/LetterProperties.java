package nl.stm.pipeline.letter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import nl.stm.pipeline.pdf.ExtractionLimits;

/**
 * Operator limits for letter files ({@code pipeline.letters.*} in jobs/pipeline.properties): size,
 * pages, time, and the heap of the child JVM a letter is read in ({@code worker-heap}, a
 * {@code -Xmx} value).
 */
@ConfigurationProperties("pipeline.letters")
public record LetterProperties(long maxBytes, int maxPages, Duration timeout, @DefaultValue("256m") String workerHeap) {

	public ExtractionLimits limits() {
		return new ExtractionLimits(maxBytes, maxPages, timeout);
	}
}
