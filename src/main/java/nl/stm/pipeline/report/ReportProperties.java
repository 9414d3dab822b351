package nl.stm.pipeline.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many run folders of {@code output/} are kept ({@code pipeline.report.keep-runs}, set by the
 * operator in {@code jobs/pipeline.properties}); older run folders are deleted after each report.
 */
@ConfigurationProperties("pipeline.report")
public record ReportProperties(@DefaultValue("30") int keepRuns) {

	public ReportProperties {
		if (keepRuns < 1) {
			throw new IllegalArgumentException("pipeline.report.keep-runs must be at least 1 (got " + keepRuns + ")");
		}
	}
}
