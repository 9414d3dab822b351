package nl.stm.pipeline.pdf.budget;

import java.util.List;

/**
 * A table whose columns are years, as found on the pages: the caption of its header cell, the
 * lines printed just above it (where a unit such as "x € 1.000" often stands), and its rows in
 * reading order, continued across pages.
 */
public record GridTable(String caption, List<String> context, List<Integer> years, int firstPage, int lastPage,
		List<GridRow> rows, List<String> warnings) {
}
