package nl.stm.pipeline.reconcile;

import java.util.List;
import java.util.Map;

/**
 * A table of a letter as reconciliation sees it: its rows' printed amounts per year and its printed
 * Totaal (absent when the table has none).
 */
public record TableFigures(LetterRef letter, int tableNo, String kind, Integer actielijn, String caption, String unit,
		int firstPage, List<RowFigures> rows, Map<Integer, PrintedAmount> total) {

	public static final String OVERVIEW = "PROGRAMME_OVERVIEW";

	public static final String ACTIELIJN = "ACTIELIJN";

	public boolean isOverview() {
		return OVERVIEW.equals(kind);
	}

	public String name() {
		return name(kind, actielijn, tableNo);
	}

	static String name(String kind, Integer actielijn, int tableNo) {
		return OVERVIEW.equals(kind) ? "Financieel overzicht"
				: actielijn != null ? "tabel actielijn " + actielijn : "tabel " + tableNo;
	}

	/** A row of a table: an overview line (key "c") or an action row (actions [3, 4]). */
	public record RowFigures(int rowNo, String key, String label, Integer actielijn, List<Integer> actions, int page,
			Map<Integer, PrintedAmount> amounts) {

		public String name() {
			return name(key, actions);
		}

		static String name(String key, List<Integer> actions) {
			return key != null ? "regel " + key : "actie " + String.join(" en ", actions.stream().map(String::valueOf).toList());
		}
	}
}
