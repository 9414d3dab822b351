package nl.stm.pipeline.pdf.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * A progress report as it is read: its period and the row drafts of its table, which may continue on later pages
 * or in a next table of the same period. The actielijn of an "Actielijn N. …" band holds for the rows below it,
 * across pages and tables, until the report ends.
 */
final class ProgressReportDraft {

	String period;

	final int firstPage;

	final List<ProgressRowDraft> rows = new ArrayList<>();

	Integer actielijn;

	/** Set by the first table header: a results annex has a Resultaat column. */
	ProgressLayout layout = ProgressLayout.ACTIONS;

	ProgressReportDraft(String period, int firstPage) {
		this.period = period;
		this.firstPage = firstPage;
	}
}
