package nl.stm.pipeline.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operator limits for partner files ({@code pipeline.partners.*}): files over {@code maxBytes} and
 * records over {@code maxRecordChars} (an unterminated quote swallowing the rest of the file) fail
 * with {@code TOO_LARGE}; {@code chunkSize} rows are committed together.
 */
@ConfigurationProperties("pipeline.partners")
public record PartnerProperties(@DefaultValue("104857600") long maxBytes, @DefaultValue("100000") int maxRecordChars,
		@DefaultValue("2000") int chunkSize) {

	public static PartnerProperties defaults() {
		return new PartnerProperties(104_857_600L, 100_000, 2000);
	}
}
