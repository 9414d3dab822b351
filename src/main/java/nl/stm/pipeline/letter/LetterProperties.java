package nl.stm.pipeline.letter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Operator limits for letter files ({@code pipeline.letters.*} in jobs/pipeline.properties). */
@ConfigurationProperties("pipeline.letters")
public record LetterProperties(long maxBytes, int maxPages, Duration timeout) {
}
