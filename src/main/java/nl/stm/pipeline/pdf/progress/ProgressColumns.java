package nl.stm.pipeline.pdf.progress;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of a progress table, left to right, as its header lays them out. A word belongs to the column it
 * starts in, so cells, row starts and the range searched for status icons are all read against these positions.
 */
record ProgressColumns(List<Column> list) {

	/** What a column holds. */
	enum Kind {

		NR, ACTIE, HOLDERS, STATUS, TOELICHTING, OTHER

	}

	/** A column: what it holds, where its cells start, and where its title starts. */
	record Column(Kind kind, float start, float titleX0) {
	}

	float left() {
		return list.get(0).titleX0;
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
