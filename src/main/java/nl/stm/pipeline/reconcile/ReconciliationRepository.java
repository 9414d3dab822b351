package nl.stm.pipeline.reconcile;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.stm.pipeline.pdf.Unit;

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

	/** Every letter with tables or prose amounts, oldest first (date, then Kamerstuk number). */
	public List<LetterFigures> letters() {
		List<LetterRef> refs = jdbc.sql("SELECT id, dossier, number, letter_date, file_name FROM document")
			.query((rs, n) -> {
				Date date = rs.getDate("letter_date");
				Integer number = (Integer) rs.getObject("number");
				String dossier = rs.getString("dossier");
				String name = (dossier != null && number != null ? "Kamerstuk " + dossier + " nr. " + number + " ("
						+ rs.getString("file_name") + ")" : rs.getString("file_name"));
				return new LetterRef(rs.getLong("id"), name, date == null ? null : date.toLocalDate(), number);
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
		List<TableFigures> tables = new ArrayList<>();
		jdbc.sql("""
				SELECT id, table_no, kind, actielijn_number, caption, unit, first_page, last_page
				FROM letter_table WHERE document_id = ? ORDER BY table_no""")
			.param(letter.id())
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getInt("table_no"), rs.getString("kind"),
					rs.getObject("actielijn_number"), rs.getString("caption"), rs.getString("unit"), rs.getInt("first_page"),
					rs.getInt("last_page") })
			.list()
			.forEach(t -> tables.add(table(letter, t)));
		return tables;
	}

	private TableFigures table(LetterRef letter, Object[] t) {
		long tableId = (Long) t[0];
		String kind = (String) t[2];
		Unit unit = Unit.valueOf((String) t[5]);
		String tableName = kind.equals(TableFigures.OVERVIEW) ? "Financieel overzicht"
				: t[3] != null ? "tabel actielijn " + t[3] : "tabel " + t[1];
		List<Object[]> cells = kind.equals(TableFigures.OVERVIEW) ? jdbc.sql("""
				SELECT row_no, line_key, label, actielijn_number, NULL, page, budget_year, amount_eur
				FROM programme_line WHERE table_id = ? ORDER BY row_no, budget_year""")
			.param(tableId)
			.query((rs, n) -> row(rs))
			.list() : jdbc.sql("""
					SELECT r.row_no, NULL, r.title, r.actielijn_number, r.action_numbers, r.page, b.budget_year, b.amount_eur
					FROM action_row r LEFT JOIN budget_line b ON b.action_row_id = r.id
					WHERE r.table_id = ? ORDER BY r.row_no, b.budget_year""")
			.param(tableId)
			.query((rs, n) -> row(rs))
			.list();
		List<Object[]> totals = jdbc.sql("SELECT budget_year, amount_eur, page FROM table_total WHERE table_id = ? ORDER BY budget_year")
			.param(tableId)
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getBigDecimal(2), rs.getInt(3) })
			.list();
		int decimals = decimals(unit, cells, totals);
		Map<Integer, List<Object[]>> byRow = new LinkedHashMap<>();
		cells.forEach(c -> byRow.computeIfAbsent((Integer) c[0], k -> new ArrayList<>()).add(c));
		List<TableFigures.RowFigures> rows = new ArrayList<>();
		for (List<Object[]> rowCells : byRow.values()) {
			Object[] first = rowCells.get(0);
			List<Integer> actions = first[4] == null || ((String) first[4]).isBlank() ? List.of()
					: Arrays.stream(((String) first[4]).split(",")).map(Integer::valueOf).toList();
			String key = (String) first[1];
			String rowName = key != null ? "regel " + key : "actie " + first[4];
			Map<Integer, PrintedAmount> amounts = new TreeMap<>();
			for (Object[] c : rowCells) {
				if (c[6] != null) {
					amounts.put((Integer) c[6], new PrintedAmount((BigDecimal) c[7], unit.factor(), decimals,
							Source.letter(letter.name(), (Integer) c[5], tableName, rowName)));
				}
			}
			rows.add(new TableFigures.RowFigures((Integer) first[0], key, (String) first[2], (Integer) first[3], actions,
					(Integer) first[5], amounts));
		}
		Map<Integer, PrintedAmount> total = new TreeMap<>();
		for (Object[] tt : totals) {
			total.put((Integer) tt[0], new PrintedAmount((BigDecimal) tt[1], unit.factor(), decimals,
					Source.letter(letter.name(), (Integer) tt[2], tableName, "Totaal")));
		}
		return new TableFigures(letter, (Integer) t[1], kind, (Integer) t[3], (String) t[4], unit.name(), (Integer) t[6],
				rows, total);
	}

	private static Object[] row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Object[] { rs.getInt(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4), rs.getString(5),
				rs.getInt(6), (Integer) rs.getObject(7), rs.getBigDecimal(8) };
	}

	/** The decimals a table prints its figures with: the most any of its figures shows. */
	private static int decimals(Unit unit, List<Object[]> cells, List<Object[]> totals) {
		int decimals = 0;
		List<BigDecimal> amounts = new ArrayList<>();
		cells.stream().filter(c -> c[7] != null).forEach(c -> amounts.add((BigDecimal) c[7]));
		totals.forEach(t -> amounts.add((BigDecimal) t[1]));
		for (BigDecimal eur : amounts) {
			BigDecimal printed = eur.divide(unit.factor()).stripTrailingZeros();
			decimals = Math.max(decimals, Math.max(0, printed.scale()));
		}
		return decimals;
	}

	private List<LetterFigures.ProseAmount> prose(LetterRef letter) {
		return jdbc.sql("SELECT phrase, amount_eur, per_year, page FROM text_amount WHERE document_id = ? ORDER BY seq_no")
			.param(letter.id())
			.query((rs, n) -> new LetterFigures.ProseAmount(rs.getString(1), rs.getBigDecimal(2), rs.getBoolean(3),
					rs.getInt(4)))
			.list();
	}
}
