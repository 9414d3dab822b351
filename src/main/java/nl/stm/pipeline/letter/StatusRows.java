package nl.stm.pipeline.letter;

import java.util.List;

import nl.stm.pipeline.model.StatusReportRow;
import nl.stm.pipeline.pdf.progress.ProgressLayout;
import nl.stm.pipeline.pdf.progress.ProgressReport;
import nl.stm.pipeline.pdf.progress.ProgressRow;
import nl.stm.pipeline.pdf.progress.ResultLevel;

/**
 * A progress report's rows as the model stores them: an action table's row by its action, a results
 * annex's row by actielijn, result and activity (the row's number is the activity's, never an action's).
 */
final class StatusRows {

	private StatusRows() {
	}

	static List<StatusReportRow> of(ProgressReport report) {
		return report.rows().stream().map(r -> row(report.layout(), r)).toList();
	}

	private static StatusReportRow row(ProgressLayout layout, ProgressRow r) {
		ResultLevel level = r.resultLevel();
		boolean results = layout == ProgressLayout.RESULTS || level != null;
		StatusReportRow.ResultRef result = results
				? new StatusReportRow.ResultRef(level == null ? null : level.actielijnTitle(), level == null ? null : level.theme(),
						level == null ? 0 : level.result(), level == null ? null : level.resultTitle(), r.action(),
						level == null || level.numbered())
				: null;
		return new StatusReportRow(results ? StatusReportRow.RESULTS : StatusReportRow.ACTIONS, results ? null : r.action(),
				r.actielijn(), r.title(), r.holders(), r.status() == null ? null : r.status().name(), r.statusLabel(),
				r.toelichting(), r.page(), result, r.box());
	}
}
