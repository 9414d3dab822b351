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

	/** Full-width notes inside the result ("Motie …"): no activities. */
	final List<String> noteLines = new ArrayList<>();

	int activities;

	ResultDraft(AnnexHeadings headings, Integer number) {
		this.actielijn = headings.actielijn();
		this.actielijnTitle = headings.actielijnTitle();
		this.theme = headings.theme();
		this.number = number;
	}

	ResultLevel level(boolean numbered) {
		return new ResultLevel(actielijnTitle, theme, number == null ? 0 : number, TextJoin.join(titleLines), numbered);
	}
}
