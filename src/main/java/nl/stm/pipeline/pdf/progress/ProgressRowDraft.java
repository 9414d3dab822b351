package nl.stm.pipeline.pdf.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.stm.pipeline.pdf.page.BBox;
import nl.stm.pipeline.pdf.page.TextJoin;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.progress.ProgressColumns.Kind;

/**
 * A progress-table row as it is read: its cell texts line by line, and where it lies on each page it spans. Its
 * status can only be resolved once the whole document, and with it the legend, has been read. An activity of a
 * results annex also has its result, whose merged Resultaat cell may still be growing, and says whether its
 * number was printed.
 */
final class ProgressRowDraft {

	int action;

	final Integer actielijn;

	final int page;

	final Map<Kind, List<String>> cells = new HashMap<>();

	final List<Segment> segments = new ArrayList<>();

	/** The result of an activity; null in an action table. */
	ResultDraft result;

	final boolean numbered;

	ProgressRowDraft(int action, Integer actielijn, int page) {
		this(action, actielijn, page, null, true);
	}

	ProgressRowDraft(int action, Integer actielijn, int page, ResultDraft result, boolean numbered) {
		this.action = action;
		this.actielijn = actielijn;
		this.page = page;
		this.result = result;
		this.numbered = numbered;
	}

	ResultLevel resultLevel() {
		return result == null ? null : result.level(numbered);
	}

	/** The segment the row is being extended by, on the page last read; null once closed. */
	private Segment open;

	/** Extends the row over a line; on another page than the open segment's (or none) a new segment starts at top. */
	void span(TextLine line, int page, ProgressColumns columns, float top) {
		if (open == null || open.page != page) {
			closeSpan(Float.NaN);
			open = new Segment(page, top, columns);
			segments.add(open);
		}
		open.lastY = line.y();
		open.fontSize = Math.max(open.fontSize, line.fontSize());
		open.box = BBox.of(line, line.words()).union(open.box);
	}

	/** Ends the open segment at {@code bottom} (the top of what follows), or below its last line when NaN. */
	void closeSpan(float bottom) {
		if (open != null) {
			open.bottom = Float.isNaN(bottom) ? open.lastY + 0.8f * open.fontSize : bottom;
			open = null;
		}
	}

	/** The box of the row's glyphs on the page it starts on; null when no line was read. */
	BBox box() {
		return segments.isEmpty() ? null : segments.get(0).box;
	}

	String text(Kind kind) {
		return TextJoin.join(cells.getOrDefault(kind, List.of()));
	}

	/** A row's part on one page: its vertical span there, the box of its glyphs and the columns in force. */
	static final class Segment {

		final int page;

		final float top;

		final ProgressColumns columns;

		float lastY;

		float bottom;

		float fontSize;

		/** The glyphs of the row's lines on this page. */
		BBox box;

		Segment(int page, float top, ProgressColumns columns) {
			this.page = page;
			this.top = top;
			this.columns = columns;
		}
	}
}
