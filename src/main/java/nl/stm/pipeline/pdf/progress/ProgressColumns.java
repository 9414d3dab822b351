package nl.stm.pipeline.pdf.progress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.page.Word;

/**
 * The columns of a progress table, left to right, as its header lays them out. A word belongs to the column it
 * starts in, so cells, row starts and the range searched for status icons are all read against these positions.
 */
record ProgressColumns(List<Column> list) {

	/** What a column holds. */
	enum Kind {

		NR, RESULT, ACTIE, HOLDERS, STATUS, TOELICHTING, OTHER

	}

	/** A column: what it holds, where its cells start, and where its title starts and ends. */
	record Column(Kind kind, float start, float titleX0, float titleX1) {
	}

	/** How far left of a centred first title the cells of the first column may start. */
	private static final float FIRST_COLUMN_REACH = 40;

	/**
	 * The columns with their cell starts taken from the table body: a title centred (or right-aligned) over its
	 * column starts well right of the column's cells, so the cells start where the body's cell texts line up
	 * between the end of the title before and the start of this title. Without such a line-up the title decides.
	 */
	ProgressColumns alignedTo(List<TextLine> body) {
		List<Column> aligned = new ArrayList<>();
		for (int c = 0; c < list.size(); c++) {
			Column column = list.get(c);
			float from = c == 0 ? column.titleX0 - FIRST_COLUMN_REACH : list.get(c - 1).titleX1;
			float cellStart = commonCellStart(body, from, column.titleX0 + 0.5f);
			aligned.add(Float.isNaN(cellStart) || cellStart - 2 >= column.start ? column
					: new Column(column.kind, cellStart - 2, column.titleX0, column.titleX1));
		}
		return new ProgressColumns(List.copyOf(aligned));
	}

	/** The x where most cell texts in the body start within (from, to], or NaN when fewer than two do. */
	private static float commonCellStart(List<TextLine> body, float from, float to) {
		List<Float> starts = new ArrayList<>();
		for (TextLine line : body) {
			for (int w = 0; w < line.words().size(); w++) {
				Word word = line.words().get(w);
				if ((w == 0 || word.gapBefore()) && word.x0() > from && word.x0() <= to) {
					starts.add(word.x0());
				}
			}
		}
		float best = Float.NaN;
		int bestCount = 1;
		for (float x : starts) {
			int count = (int) starts.stream().filter(o -> Math.abs(o - x) <= 1.5f).count();
			if (count > bestCount || count == bestCount && x < best) {
				best = x;
				bestCount = count;
			}
		}
		return best;
	}

	float left() {
		return Math.min(list.get(0).titleX0, list.get(0).start + 2);
	}

	/** The column a word starting at x belongs to. */
	int index(float x) {
		int index = 0;
		for (int c = 1; c < list.size(); c++) {
			if (x >= list.get(c).start) {
				index = c;
			}
		}
		return index;
	}

	Kind kindAt(float x) {
		return list.get(index(x)).kind;
	}

	boolean has(Kind kind) {
		return list.stream().anyMatch(c -> c.kind == kind);
	}

	Set<Kind> kinds() {
		Set<Kind> kinds = new HashSet<>();
		list.forEach(c -> kinds.add(c.kind));
		kinds.remove(Kind.OTHER);
		return kinds;
	}

	/** Where the first column of a kind starts, or NaN when the table has none. */
	float start(Kind kind) {
		return list.stream().filter(c -> c.kind == kind).map(Column::start).findFirst().orElse(Float.NaN);
	}

	/** Where the column after the first one of a kind starts (the kind's right edge), or NaN. */
	float end(Kind kind) {
		for (int c = 0; c + 1 < list.size(); c++) {
			if (list.get(c).kind == kind) {
				return list.get(c + 1).start;
			}
		}
		return Float.NaN;
	}

	/** The horizontal range of the status column, for finding icons. */
	float[] statusRange() {
		for (int c = 0; c < list.size(); c++) {
			if (list.get(c).kind == Kind.STATUS) {
				float from = Math.min(list.get(c).start, list.get(c).titleX0 - 8);
				float to = c + 1 < list.size() ? list.get(c + 1).start : Float.MAX_VALUE;
				return new float[] { from, to };
			}
		}
		return null;
	}
}
