package nl.stm.pipeline.pdf.progress;

import java.util.List;

import nl.stm.pipeline.pdf.page.BBox;

/**
 * One action of a progress report's status table: its number, the actielijn band it is listed
 * under (null before the first band), the action text, the holders (split on commas), its status
 * and the label that status has in the report (null when the status could not be read; a warning
 * then says why), the explanation with its wrapped lines joined, and the page the row starts on.
 * In a results/activities annex {@code action} is the activity's number within its result and
 * {@code resultLevel} says which result it serves; in an action table {@code resultLevel} is null.
 * {@code box} holds the row's glyphs on the page it starts on, so a report can cut the printed row as
 * evidence (null only for a row without text lines).
 */
public record ProgressRow(int action, Integer actielijn, String title, List<String> holders, StatusCode status,
		String statusLabel, String toelichting, int page, ResultLevel resultLevel, BBox box) {
}
