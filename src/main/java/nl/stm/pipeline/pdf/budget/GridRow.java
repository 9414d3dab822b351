package nl.stm.pipeline.pdf.budget;

import java.util.List;
import java.util.Map;

/**
 * One row of a year-column table as laid out: its label (wrapped lines joined), whether the label
 * is typeset bold, and the raw cell text per year. Years without a printed cell are absent.
 */
public record GridRow(int page, String label, boolean bold, Map<Integer, String> cells) {

	public GridRow {
		cells = Map.copyOf(cells);
	}

	public List<Integer> years() {
		return cells.keySet().stream().sorted().toList();
	}
}
