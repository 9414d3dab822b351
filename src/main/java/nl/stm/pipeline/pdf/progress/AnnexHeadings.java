package nl.stm.pipeline.pdf.progress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stm.pipeline.pdf.page.TextLine;

/**
 * The headings a results annex groups its tables under: the "Actielijn 1: Doorontwikkeling …" heading and the
 * theme headings ("Signalering", …) above a table or inside it as a bold row of its own. A theme is the last one
 * above the row within the actielijn; a heading wrapped over several lines is one heading. Only bold lines are
 * theme headings, so running text, captions and footnotes between tables are not.
 */
final class AnnexHeadings {

	private static final Pattern ACTIELIJN = Pattern.compile("(?i)^actielijn\\s*(\\d{1,2})\\s*[:.\\-–]?\\s*(.*)$");

	private Integer actielijn;

	private String actielijnTitle;

	private String theme;

	private TextLine lastTheme;

	Integer actielijn() {
		return actielijn;
	}

	String actielijnTitle() {
		return actielijnTitle;
	}

	String theme() {
		return theme;
	}

	/**
	 * Takes a line that stands outside a table or as a row of its own: an actielijn heading or a bold theme heading.
	 * Returns whether it was one.
	 */
	boolean accept(TextLine line) {
		if (ProgressLines.isBand(line)) {
			Matcher m = ACTIELIJN.matcher(line.text().strip());
			if (m.matches()) {
				actielijn = Integer.parseInt(m.group(1));
				actielijnTitle = m.group(2).isBlank() ? null : m.group(2).strip();
				theme = null;
				lastTheme = null;
			}
			return true;
		}
		if (!ProgressLines.allBold(line)) {
			return false;
		}
		if (lastTheme != null && lastTheme.page() == line.page()
				&& line.y() - lastTheme.y() < 1.7f * Math.max(line.fontSize(), 4)) {
			theme = theme + " " + line.text().strip(); // the heading wraps
		}
		else {
			theme = line.text().strip();
		}
		lastTheme = line;
		return true;
	}

	/** A table row or header follows: a next bold line starts another heading. */
	void interrupt() {
		lastTheme = null;
	}
}
