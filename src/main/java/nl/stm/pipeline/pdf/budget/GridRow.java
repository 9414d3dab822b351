package nl.stm.pipeline.pdf.budget;

import nl.stm.pipeline.pdf.page.BBox;
import java.util.List;
import java.util.Map;

/**
 * One row of a year-column table as laid out: its label (wrapped lines joined), whether the label
 * is typeset bold, and the raw cell text per year. Years without a printed cell are absent. The
 * boxes say where the row and each cell were printed.
 */
public record GridRow(int page, String label, boolean bold, Map<Integer, String> cells, BBox bbox,
		Map<Integer, BBox> cellBoxes) {

	public GridRow {
		cells = Map.copyOf(cells);
		cellBoxes = Map.copyOf(cellBoxes);
	}

	public GridRow(int page, String label, boolean bold, Map<Integer, String> cells) {
		this(page, label, bold, cells, null, Map.of());
	}

	public List<Integer> years() {
		return cells.keySet().stream().sorted().toList();
	}
}
