package nl.stm.pipeline.pdf.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Word;
import nl.stm.pipeline.pdf.progress.ProgressColumns.Kind;

/**
 * A progress table being read line by line: it tells whether a line still belongs to the table and assembles the
 * body lines into rows of its report. A row starts at an action number in the Nr. column; every other line
 * continues the row above, cell by cell. An "Actielijn N. …" band sets the actielijn of the rows below it.
 */
sealed class ProgressTable permits ResultTable {

	private static final Pattern LEGEND = Pattern.compile("(?i)^legenda\\b.*");

	final ProgressReportDraft report;

	ProgressColumns columns;

	float bodyFont;

	float previousY;

	private ProgressRowDraft row;

	/** Where the open row's number stands: a row's cells may be centred around it, between the row's rules. */
	private float rowStartY;

	/**
	 * Where a rule across the Nr. column ends the open row: below its number, or, on a page the row runs on to,
	 * below the header repeated there. Lines under such a rule are the top of the next row when its number
	 * stands lower down in the same ruled band.
	 */
	private float rowEndAnchorY;

	private int rowEndAnchorPage;

	/**
	 * Rows of this table are separated by rules (seen between two numbers on one page): only then does a rule
	 * under a repeated header say that the lines below it no longer continue the row from the page before.
	 */
	private boolean rowsRuled;

	/** Lines below the rule under the open row: the top half of the next row when cells are centred. */
	private final List<TextLine> pending = new ArrayList<>();

	private PageLayout pendingPage;

	ProgressTable(ProgressReportDraft report) {
		this.report = report;
	}

	/** Takes the columns of a header: the table's own, or one repeated at the top of a page. */
	void resume(ProgressHeader h) {
		columns = h.columns();
		bodyFont = h.fontSize();
		previousY = h.lastY();
	}

	/** Continues the table at {@code line} on a page without a header. */
	void resumeAt(TextLine line) {
		previousY = line.y() - bodyFont;
	}

	boolean endsAt(TextLine line, Set<TextLine> legendLines) {
		if (legendLines.contains(line)) {
			return true;
		}
		Word first = line.words().get(0);
		if (LEGEND.matcher(first.text()).matches() && columns.index(first.x0()) == 0) {
			return true; // a legend heading under the table, even one whose icons could not be read
		}
		if (line.fontSize() > bodyFont * 1.25f || line.x0() < columns.left() - 12) {
			return true;
		}
		if (columns.list().get(0).kind() == Kind.NR && columns.index(first.x0()) == 0
				&& !ProgressLines.ACTION.matcher(first.text()).matches()
				&& !ProgressLines.NUMBER_TAIL.matcher(first.text()).matches() && !ProgressLines.isBand(line)
				&& !ProgressLines.allBold(line)) {
			// the Nr. column holds numbers only (and bold bands): plain text there is prose after the table
			return true;
		}
		return line.y() - previousY > 3.5f * bodyFont;
	}

	/** On a page without a header, a line continues the table when it starts where a column starts. */
	boolean aligns(TextLine line) {
		if (line.x0() < columns.left() - 12 || line.fontSize() > bodyFont * 1.25f) {
			return false;
		}
		Word first = line.words().get(0);
		if (columns.index(first.x0()) == 0
				&& (ProgressLines.ACTION.matcher(first.text()).matches() || ProgressLines.isBand(line))) {
			return true;
		}
		for (Word w : line.words()) {
			for (int c = 1; c < columns.list().size(); c++) {
				if (Math.abs(w.x0() - columns.list().get(c).titleX0()) < 3
						|| Math.abs(w.x0() - columns.list().get(c).start()) < 6) {
					return true;
				}
			}
		}
		return false;
	}

	void bodyLine(TextLine line, PageLayout page) {
		if (row != null && rowsRuled && rowEndAnchorPage != page.page() && row.page != page.page()) {
			// the open row runs on to this page: a rule under the header repeated here (or above the first line)
			// ends it, as the rule under its number would have
			rowEndAnchorY = previousY;
			rowEndAnchorPage = page.page();
		}
		previousY = line.y();
		Word first = line.words().get(0);
		boolean inFirstColumn = columns.index(first.x0()) == 0;
		if (inFirstColumn && ProgressLines.isBand(line)) {
			flushPending();
			closeSegment(top(line));
			finishRow();
			Matcher m = ProgressLines.BAND.matcher(line.text());
			if (m.matches() && m.group(1) != null) {
				report.actielijn = Integer.parseInt(m.group(1));
			}
			return;
		}
		Matcher action = ProgressLines.ACTION.matcher(first.text());
		if (inFirstColumn && action.matches()) {
			// held lines in the number's own ruled band start the new row; those above a rule end the row above
			List<TextLine> own = new ArrayList<>();
			for (TextLine above : pending) {
				if (pendingPage == page && !page.ruledBetween(above.y(), line.y(), columns.left(), numberColumnEnd())) {
					own.add(above);
				}
				else if (row != null) {
					addCells(above, pendingPage, false);
				}
			}
			pending.clear();
			if (row != null && row.page == page.page()
					&& page.ruledBetween(rowStartY, line.y(), columns.left(), numberColumnEnd())) {
				rowsRuled = true;
			}
			closeSegment(top(own.isEmpty() ? line : own.get(0)));
			finishRow();
			row = new ProgressRowDraft(Integer.parseInt(action.group(1)), report.actielijn, page.page());
			rowStartY = line.y();
			rowEndAnchorY = line.y();
			rowEndAnchorPage = page.page();
			for (TextLine above : own) {
				addCells(above, page, false);
			}
			addCells(line, page, true);
			return;
		}
		if (inFirstColumn && columns.has(Kind.NR) && columns.kindAt(first.x0()) == Kind.NR
				&& ProgressLines.allBold(line)) {
			// a sub-heading band without a number ("Signalering"): ends the row above
			flushPending();
			closeSegment(top(line));
			finishRow();
			return;
		}
		if (row == null || rowEndAnchorPage == page.page()
				&& page.ruledBetween(rowEndAnchorY, line.y(), columns.left(), numberColumnEnd())) {
			// before the first number, or below the rule that ends the row (under its number, or under the header
			// of a page it ran on to): the top of the next row, whose number is centred lower down
			pending.add(line);
			pendingPage = page;
		}
		else if (row != null) {
			addCells(line, page, false);
		}
	}

	/** Lines held for a next row that did not come belong to the row above after all (if any). */
	private void flushPending() {
		if (row != null) {
			for (TextLine line : pending) {
				addCells(line, pendingPage, false);
			}
		}
		pending.clear();
	}

	/** Where the Nr. column ends: a rule across it separates two rows. */
	private float numberColumnEnd() {
		return columns.list().size() > 1 ? columns.list().get(1).start() : columns.left() + 20;
	}

	private void addCells(TextLine line, PageLayout page, boolean rowStart) {
		row.span(line, page.page(), columns, top(line));
		Map<Kind, StringBuilder> cells = new HashMap<>();
		boolean skipNumber = rowStart;
		for (Word w : line.words()) {
			Kind kind = columns.kindAt(w.x0());
			if (skipNumber) {
				skipNumber = false;
				if (kind == Kind.NR || !columns.has(Kind.NR)) {
					continue;
				}
			}
			StringBuilder cell = cells.computeIfAbsent(kind, k -> new StringBuilder());
			if (!cell.isEmpty()) {
				cell.append(' ');
			}
			cell.append(w.text());
		}
		cells.forEach((kind, text) -> row.cells.computeIfAbsent(kind, k -> new ArrayList<>()).add(text.toString()));
	}

	static float top(TextLine line) {
		return line.y() - 1.15f * Math.max(line.fontSize(), 4);
	}

	/** Ends the row's part on this page below its last line; the row may go on on the next page. */
	void endPage() {
		flushPending();
		closeSegment(Float.NaN);
	}

	/** Ends the table: its last row is complete. */
	void close() {
		flushPending();
		closeSegment(Float.NaN);
		finishRow();
	}

	/** Ends the open row segment at {@code bottom} (the top of what follows), or below its last line. */
	private void closeSegment(float bottom) {
		if (row != null) {
			row.closeSpan(bottom);
		}
	}

	private void finishRow() {
		if (row != null) {
			report.rows.add(row);
			row = null;
		}
	}
}
