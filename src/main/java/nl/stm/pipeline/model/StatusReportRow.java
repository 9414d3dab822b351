package nl.stm.pipeline.model;

import java.util.List;

import nl.stm.pipeline.pdf.page.BBox;

/**
 * One row of a progress report as stored: in an action table ({@code ACTIONS}) the action's status,
 * in the first edition's results annex ({@code RESULTS}) an activity of a result, identified by
 * actielijn, result and activity (its {@code action} is then null). Status code and the report's own
 * label, holders, explanation and page; status is null when the report's icon could not be read. The box
 * is where the row was printed (on the page it starts on), so a report can show it as evidence.
 */
public record StatusReportRow(String layout, Integer action, Integer actielijn, String title, List<String> holders,
		String status, String statusLabel, String toelichting, int page, ResultRef result, BBox box) {

	/** Where an activity stands in a results annex. */
	public record ResultRef(String actielijnTitle, String theme, int result, String resultTitle, int activity,
			boolean numbered) {
	}

	public static final String ACTIONS = "ACTIONS";

	public static final String RESULTS = "RESULTS";

	public String identity() {
		return identity(layout, action, actielijn, result == null ? null : result.result(),
				result == null ? null : result.activity());
	}

	/** The row's identity as text: "actie 12", or "actielijn 1 resultaat 3 activiteit 2". */
	public static String identity(String layout, Integer action, Integer actielijn, Integer result, Integer activity) {
		return RESULTS.equals(layout) ? "actielijn " + actielijn + " resultaat " + result + " activiteit " + activity
				: "actie " + action;
	}
}
