package nl.stm.pipeline.pdf.progress;

import java.util.List;

/**
 * One action of a progress report's status table: its number, the actielijn band it is listed
 * under (null before the first band), the action text, the holders (split on commas), its status
 * and the label that status has in the report (null when the status could not be read; a warning
 * then says why), the explanation with its wrapped lines joined, and the page the row starts on.
 */
public record ProgressRow(int action, Integer actielijn, String title, List<String> holders, StatusCode status,
		String statusLabel, String toelichting, int page) {
}
