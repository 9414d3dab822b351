package nl.stm.pipeline.model;

import java.util.List;

/**
 * One action's status as a progress report gives it: status code and the report's own label,
 * holders, explanation and page. Status is null when the report's icon could not be read.
 */
public record StatusReportRow(int action, Integer actielijn, String title, List<String> holders, String status,
		String statusLabel, String toelichting, int page) {
}
