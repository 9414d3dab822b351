package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.stm.pipeline.pdf.page.Unit;
import nl.stm.pipeline.pdf.page.BBox;

/**
 * Loads the printed figures of every letter from the action model and stores findings. Findings
 * are replaced as a whole on each run, so re-running reconciliation never duplicates them.
 */
@Repository
public class ReconciliationRepository {

	private final JdbcClient jdbc;

	public ReconciliationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every letter with tables or prose amounts, oldest first (date, then Kamerstuk number): the
	 * current version of each document only, so a reprint's facts replace the earlier version's.
	 */
	public List<LetterFigures> letters() {
		List<LetterRef> refs = jdbc.sql("SELECT id, dossier, number, letter_date, file_name, edition_key FROM current_document")
			.query((rs, n) -> {
				Date date = rs.getDate("letter_date");
				Integer number = (Integer) rs.getObject("number");
				String name = LetterRef.nameOf(rs.getString("dossier"), number, rs.getString("file_name"));
				return new LetterRef(rs.getLong("id"), name, date == null ? null : date.toLocalDate(), number,
						rs.getString("edition_key"));
			})
			.list();
		List<LetterFigures> letters = new ArrayList<>();
		refs.stream()
			.sorted(Comparator.comparing(LetterRef::date, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(LetterRef::number, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparingLong(LetterRef::id))
			.forEach(ref -> letters.add(new LetterFigures(ref, tables(ref), prose(ref))));
		return letters;
	}

	private List<TableFigures> tables(LetterRef letter) {
		return jdbc.sql("""
				SELECT id, table_no, kind, actielijn_number, caption, unit, first_page
				FROM letter_table WHERE document_id = ? ORDER BY table_no""")
			.param(letter.id())
			.query((rs, n) -> new TableRow(rs.getLong("id"), rs.getInt("table_no"), rs.getString("kind"),
					(Integer) rs.getObject("actielijn_number"), rs.getString("caption"), Unit.valueOf(rs.getString("unit")),
					rs.getInt("first_page")))
			.list()
			.stream()
			.map(t -> table(letter, t))
			.toList();
	}

	private TableFigures table(LetterRef letter, TableRow t) {
		boolean overview = t.kind().equals(TableFigures.OVERVIEW);
		List<CellRow> cells = jdbc.sql(overview ? """
				SELECT row_no, line_key, label, actielijn_number, NULL AS actions, page, budget_year, amount_eur,
				  bbox_page, bbox_x0, bbox_y0, bbox_x1, bbox_y1
				FROM programme_line WHERE table_id = ? ORDER BY row_no, budget_year""" : """
				SELECT r.row_no, NULL AS line_key, r.title, r.actielijn_number, r.action_numbers, r.page, b.budget_year, b.amount_eur,
				  b.bbox_page, b.bbox_x0, b.bbox_y0, b.bbox_x1, b.bbox_y1
				FROM action_row r LEFT JOIN budget_line b ON b.action_row_id = r.id
				WHERE r.table_id = ? ORDER BY r.row_no, b.budget_year""")
			.param(t.id())
			.query((rs, n) -> new CellRow(rs.getInt(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
					actions(rs.getString(5)), rs.getInt(6), (Integer) rs.getObject(7), rs.getBigDecimal(8), box(rs, 9)))
			.list();
		List<CellRow> totals = jdbc.sql("""
				SELECT budget_year, amount_eur, page, bbox_page, bbox_x0, bbox_y0, bbox_x1, bbox_y1
				FROM table_total WHERE table_id = ? ORDER BY budget_year""")
			.param(t.id())
			.query((rs, n) -> new CellRow(0, null, "Totaal", null, List.of(), rs.getInt(3), rs.getInt(1), rs.getBigDecimal(2),
					box(rs, 4)))
			.list();
		int decimals = decimals(t.unit(), cells, totals);
		String tableName = TableFigures.name(t.kind(), t.actielijn(), t.tableNo());
		Map<Integer, List<CellRow>> byRow = new LinkedHashMap<>();
		cells.forEach(c -> byRow.computeIfAbsent(c.rowNo(), k -> new ArrayList<>()).add(c));
		List<TableFigures.RowFigures> rows = new ArrayList<>();
		for (List<CellRow> rowCells : byRow.values()) {
			CellRow first = rowCells.get(0);
			String rowName = TableFigures.RowFigures.name(first.key(), first.actions());
			rows.add(new TableFigures.RowFigures(first.rowNo(), first.key(), first.label(), first.actielijn(),
					first.actions(), first.page(), printed(letter, t.unit(), decimals, tableName, rowName, rowCells)));
		}
		return new TableFigures(letter, t.tableNo(), t.kind(), t.actielijn(), t.caption(), t.unit().name(),
				t.firstPage(), rows, printed(letter, t.unit(), decimals, tableName, "Totaal", totals));
	}

	private static Map<Integer, PrintedAmount> printed(LetterRef letter, Unit unit, int decimals, String table,
			String row, List<CellRow> cells) {
		Map<Integer, PrintedAmount> amounts = new TreeMap<>();
		for (CellRow c : cells) {
			if (c.year() != null) {
				amounts.put(c.year(), new PrintedAmount(c.eur(), unit.factor(), decimals,
						Source.letter(letter.name(), c.page(), table, row, c.box())));
			}
		}
		return amounts;
	}

	private static List<Integer> actions(String csv) {
		return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(Integer::valueOf).toList();
	}

	/** The decimals a table prints its figures with: the most any of its figures shows. */
	private static int decimals(Unit unit, List<CellRow> cells, List<CellRow> totals) {
		int decimals = 0;
		for (List<CellRow> list : List.of(cells, totals)) {
			for (CellRow c : list) {
				if (c.eur() != null) {
					decimals = Math.max(decimals, Math.max(0, c.eur().divide(unit.factor()).stripTrailingZeros().scale()));
				}
			}
		}
		return decimals;
	}

	private record TableRow(long id, int tableNo, String kind, Integer actielijn, String caption, Unit unit,
			int firstPage) {
	}

	/** One printed cell as stored, with its row's identity. */
	private record CellRow(int rowNo, String key, String label, Integer actielijn, List<Integer> actions, int page,
			Integer year, BigDecimal eur, BBox box) {
	}

	/** The box stored in five columns from {@code first} (page, x0, y0, x1, y1), or null. */
	static BBox box(ResultSet rs, int first) throws SQLException {
		if (rs.getObject(first) == null) {
			return null;
		}
		return new BBox(rs.getInt(first), rs.getFloat(first + 1), rs.getFloat(first + 2), rs.getFloat(first + 3),
				rs.getFloat(first + 4));
	}

	private List<LetterFigures.ProseAmount> prose(LetterRef letter) {
		return jdbc.sql("SELECT phrase, amount_eur, per_year, page FROM text_amount WHERE document_id = ? ORDER BY seq_no")
			.param(letter.id())
			.query((rs, n) -> new LetterFigures.ProseAmount(rs.getString(1), rs.getBigDecimal(2), rs.getBoolean(3),
					rs.getInt(4)))
			.list();
	}
}
