package nl.stm.pipeline.pdf.progress;

import java.util.regex.Pattern;

import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Word;

/**
 * Recognises the lines of a progress table that are more than cell text: an action number that starts a row, an
 * "Actielijn" band, a bold sub-heading. Header detection and row assembly must agree on them: a line that starts
 * a row or a band is never part of a header.
 */
final class ProgressLines {

	/** An action number, the first word of a row: "3", "12a", "7.", "4)". */
	static final Pattern ACTION = Pattern.compile("^(\\d{1,3})[a-z]?[.):]?$");

	/** The dot or bracket of a number wrapped in a narrow Nr. column ("10" / "."): no text of its own. */
	static final Pattern NUMBER_TAIL = Pattern.compile("^[.):]$");

	/** An "Actielijn N. …" band; group 1 is N when given. */
	static final Pattern BAND = Pattern.compile("(?i)^actielijn\\s*(\\d{1,2})?\\b.*");

	private ProgressLines() {
	}

	/** An "Actielijn N. …" band row. */
	static boolean isBand(TextLine line) {
		return line.words().get(0).text().regionMatches(true, 0, "actielijn", 0, 9) && BAND.matcher(line.text()).matches();
	}

	static boolean allBold(TextLine line) {
		return line.words().stream().allMatch(Word::bold);
	}
}
