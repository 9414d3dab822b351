package nl.stm.pipeline.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import nl.stm.pipeline.bi.BiCatalog;

/**
 * One exported CSV file as the data package describes it: the view it holds, its size and SHA-256,
 * its row count and the control totals (sum of every euro column, exactly).
 */
record CsvResource(BiCatalog.View view, Path file, long bytes, String sha256, long rows,
		Map<String, BigDecimal> controlTotals) {
}
