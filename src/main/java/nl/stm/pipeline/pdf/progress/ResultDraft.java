package nl.stm.pipeline.pdf.progress;

import java.util.ArrayList;
import java.util.List;

import nl.stm.pipeline.pdf.page.TextJoin;

/**
 * A result of the first edition's annex as it is read: its Resultaat cell is merged over all its activity rows, so
 * its title (and, when the cell is centred, even its number) is only complete once the last activity has been
 * read. Activities keep a reference to it and take their {@link ResultLevel} at the end.
 */
final class ResultDraft {

	final Integer actielijn;

	final String actielijnTitle;

	final String theme;

	Integer number;

	final List<String> titleLines = new ArrayList<>();

	/** Its activities in print order. */
	final List<ProgressRowDraft> activities = new ArrayList<>();

	ResultDraft(AnnexHeadings headings, Integer number) {
		this.actielijn = headings.actielijn();
		this.actielijnTitle = headings.actielijnTitle();
		this.theme = headings.theme();
		this.number = number;
	}

	/**
	 * Moves the activities from index {@code fromActivity} and the title lines from {@code fromLine} on into a next
	 * result numbered {@code next}, under the headings in force now (a theme heading may stand above it): a result
	 * whose number stood lower, centred in its merged cell, than the first activities read into the result above.
	 * Unnumbered activities are renumbered by their new positions.
	 */
	ResultDraft splitOff(int fromActivity, int fromLine, AnnexHeadings headings, int next) {
		ResultDraft split = new ResultDraft(headings, next);
		List<ProgressRowDraft> moved = activities.subList(fromActivity, activities.size());
		List<String> lines = titleLines.subList(Math.min(fromLine, titleLines.size()), titleLines.size());
		split.titleLines.addAll(lines);
		lines.clear();
		for (ProgressRowDraft row : moved) {
			split.activities.add(row);
			row.result = split;
			if (!row.numbered) {
				row.action = split.activities.size();
			}
		}
		moved.clear();
		return split;
	}

	ResultLevel level(boolean numbered) {
		return new ResultLevel(actielijnTitle, theme, number == null ? 0 : number, TextJoin.join(titleLines), numbered);
	}
}
