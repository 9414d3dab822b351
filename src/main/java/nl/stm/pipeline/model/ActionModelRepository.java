package nl.stm.pipeline.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import nl.stm.pipeline.pdf.page.BBox;

/**
 * Writes and reads the action model. Writes are idempotent per source: a table of a document is
 * replaced as a whole, so importing or restarting the same letter never duplicates a fact.
 * Actielijnen and actions are keyed by programme edition; documents are {@link DocumentRepository}'s.
 */
@Repository
public class ActionModelRepository {

	private final JdbcClient jdbc;

	/** For the facts of a table: one JDBC batch per table instead of a statement per amount. */
	private final JdbcTemplate batches;

	public ActionModelRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** Removes a table of a document with everything read from it, then registers it anew. */
	public long replaceTable(long documentId, int tableNo, String kind, Integer actielijn, String caption, String unit,
			String unitCaption, int firstPage, int lastPage) {
		jdbc.sql("SELECT id FROM letter_table WHERE document_id = ? AND table_no = ?")
			.params(documentId, tableNo)
			.query(Long.class)
			.optional()
			.ifPresent(this::deleteTable);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO letter_table (document_id, table_no, kind, actielijn_number, caption, unit, unit_caption, first_page, last_page)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(documentId, tableNo, kind, actielijn, caption, unit, unitCaption, firstPage, lastPage)
			.update(key, "id");
		return key.getKey().longValue();
	}

	private void deleteTable(long tableId) {
		jdbc.sql("DELETE FROM budget_line WHERE action_row_id IN (SELECT id FROM action_row WHERE table_id = ?)")
			.param(tableId)
			.update();
		jdbc.sql("DELETE FROM action_row_action WHERE action_row_id IN (SELECT id FROM action_row WHERE table_id = ?)")
			.param(tableId)
			.update();
		for (String table : List.of("action_row", "programme_line", "table_total")) {
			jdbc.sql("DELETE FROM " + table + " WHERE table_id = ?").param(tableId).update();
		}
		jdbc.sql("DELETE FROM letter_table WHERE id = ?").param(tableId).update();
	}

	/**
	 * Records an actielijn of an edition; a later letter's title replaces an earlier one. Safe beside
	 * a concurrent import of a letter of the same edition: the insert gives way to the other's.
	 */
	public void saveActielijn(String edition, int number, String title, long documentId) {
		int inserted = jdbc.sql("""
				INSERT INTO actielijn (edition_key, number, title, first_document_id) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(edition, number, title, documentId)
			.update();
		if (inserted == 0) {
			jdbc.sql("""
					UPDATE actielijn SET title = ?
					WHERE edition_key = ? AND number = ? AND ? >= first_document_id AND title IS DISTINCT FROM ?""")
				.params(title, edition, number, documentId, title)
				.update();
		}
	}

	/** An action as one row of a budget table states it. */
	public record StatedAction(int number, String title, Integer actielijn, boolean isNew) {
	}

	/** A row of an actielijn table: the actions it names and where it was printed. */
	public record StatedRow(int rowNo, Integer actielijn, List<Integer> actions, String title, boolean isNew, int page,
			BBox bbox) {
	}

	/**
	 * Records the actions a table states, in its order, as the programme knows them. The letter with the
	 * latest date (then the highest Kamerstuk number) decides title, actielijn and new flag; the first
	 * letter is kept. Per action the insert and the update are one statement each (sent as two JDBC
	 * batches, not a round trip per action), so concurrent imports of letters of the same edition end as
	 * in either order: the later letter decides, whichever was written last.
	 */
	public void saveActions(String edition, List<StatedAction> actions, long documentId) {
		if (actions.isEmpty()) {
			return;
		}
		int[] inserted = batches.batchUpdate("""
				INSERT INTO action (edition_key, number, title, actielijn_number, is_new, first_document_id, last_document_id)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", actions.stream()
			.map(a -> new Object[] { edition, a.number(), a.title(), a.actielijn(), a.isNew(), documentId, documentId })
			.toList());
		List<List<Object>> updates = new ArrayList<>();
		for (int i = 0; i < actions.size(); i++) {
			// a driver that does not count batched rows (SUCCESS_NO_INFO) gets the update too: it changes nothing then
			if (inserted[i] != 1) {
				StatedAction a = actions.get(i);
				updates.add(Arrays.asList(a.title(), a.actielijn(), a.isNew(), documentId, edition, a.number(), documentId,
						documentId));
			}
		}
		batch("""
				UPDATE action SET title = ?, actielijn_number = ?, is_new = ?, last_document_id = ?
				WHERE edition_key = ? AND number = ? AND (last_document_id = ? OR EXISTS (
				  SELECT 1 FROM document c, document d WHERE c.id = ? AND d.id = action.last_document_id
				  AND (COALESCE(c.letter_date, DATE '1900-01-01'), COALESCE(c.number, 0), c.id)
				    > (COALESCE(d.letter_date, DATE '1900-01-01'), COALESCE(d.number, 0), d.id)))""", updates);
	}

	/**
	 * Inserts the rows of a table and the actions each names (a JDBC batch each); returns the rows' ids
	 * by row number, read back by the table's unique (table, row number) key.
	 */
	public Map<Integer, Long> insertActionRows(String edition, long tableId, long documentId, List<StatedRow> rows) {
		batch("""
				INSERT INTO action_row (table_id, document_id, row_no, actielijn_number, action_numbers, title, is_new, page,
				  bbox_page, bbox_x0, bbox_y0, bbox_x1, bbox_y1)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream()
			.map(r -> concat(Arrays.asList(tableId, documentId, r.rowNo(), r.actielijn(),
					String.join(",", r.actions().stream().map(String::valueOf).toList()), r.title(), r.isNew(), r.page()),
					r.bbox()))
			.toList());
		Map<Integer, Long> ids = new LinkedHashMap<>();
		jdbc.sql("SELECT row_no, id FROM action_row WHERE table_id = ? ORDER BY row_no")
			.param(tableId)
			.query(rs -> {
				ids.put(rs.getInt(1), rs.getLong(2));
			});
		List<List<Object>> named = new ArrayList<>();
		for (StatedRow r : rows) {
			for (int action : r.actions()) {
				named.add(Arrays.asList(ids.get(r.rowNo()), edition, action));
			}
		}
		batch("INSERT INTO action_row_action (action_row_id, edition_key, action_number) VALUES (?, ?, ?)", named);
		return ids;
	}

	/** A budget line of an action row: its amount for a year. */
	public record BudgetLine(long actionRowId, SourcedAmount amount) {
	}

	/** A programme overview line's amount for a year. */
	public record ProgrammeLine(int rowNo, String key, String label, Integer actielijn, SourcedAmount amount) {
	}

	public void insertBudgetLines(long documentId, List<BudgetLine> lines) {
		batch("""
				INSERT INTO budget_line (action_row_id, document_id, budget_year, amount_eur, raw_text, source_unit, page,
				  bbox_page, bbox_x0, bbox_y0, bbox_x1, bbox_y1)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines.stream()
			.map(l -> concat(Arrays.asList(l.actionRowId(), documentId, l.amount().year(), l.amount().eur(), l.amount().raw(),
					l.amount().unit(), l.amount().page()), l.amount().bbox()))
			.toList());
	}

	public void insertProgrammeLines(long tableId, long documentId, List<ProgrammeLine> lines) {
		batch("""
				INSERT INTO programme_line (table_id, document_id, row_no, line_key, label, actielijn_number, budget_year, amount_eur, raw_text, source_unit, page,
				  bbox_page, bbox_x0, bbox_y0, bbox_x1, bbox_y1)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines.stream()
			.map(l -> concat(Arrays.asList(tableId, documentId, l.rowNo(), l.key(), l.label(), l.actielijn(), l.amount().year(),
					l.amount().eur(), l.amount().raw(), l.amount().unit(), l.amount().page()), l.amount().bbox()))
			.toList());
	}

	public void insertTableTotals(long tableId, long documentId, List<SourcedAmount> totals) {
		batch("""
				INSERT INTO table_total (table_id, document_id, budget_year, amount_eur, raw_text, source_unit, page,
				  bbox_page, bbox_x0, bbox_y0, bbox_x1, bbox_y1)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", totals.stream()
			.map(a -> concat(Arrays.asList(tableId, documentId, a.year(), a.eur(), a.raw(), a.unit(), a.page()), a.bbox()))
			.toList());
	}

	private void batch(String sql, List<List<Object>> rows) {
		if (!rows.isEmpty()) {
			batches.batchUpdate(sql, rows.stream().map(List::toArray).toList());
		}
	}

	/** The parameters followed by the box's page and corners (five nulls without a box). */
	private static List<Object> concat(List<?> params, BBox box) {
		List<Object> all = new ArrayList<>(params);
		all.addAll(box == null ? Arrays.asList(null, null, null, null, null)
				: List.of(box.page(), box.x0(), box.y0(), box.x1(), box.y1()));
		return all;
	}

	/** Replaces the prose amounts of a document. */
	public void replaceTextAmounts(long documentId, List<TextAmountFact> amounts) {
		jdbc.sql("DELETE FROM text_amount WHERE document_id = ?").param(documentId).update();
		List<List<Object>> rows = new ArrayList<>();
		for (TextAmountFact t : amounts) {
			rows.add(Arrays.asList(documentId, rows.size() + 1, t.phrase(), t.eur(), t.perYear(), t.page(), t.fromYear()));
		}
		batch("""
				INSERT INTO text_amount (document_id, seq_no, phrase, amount_eur, per_year, page, from_year)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/**
	 * Replaces a progress report of a document (its legend and rows). Rows naming an action (or, in a
	 * results annex, an actielijn) the edition does not know are stored with {@code known_action =
	 * false}; their identities are returned.
	 */
	public List<String> replaceStatusReport(String edition, long documentId, int reportNo, String period,
			List<StatusLegendEntry> legend, List<StatusReportRow> rows) {
		jdbc.sql("DELETE FROM status_legend WHERE document_id = ? AND report_no = ?").params(documentId, reportNo).update();
		jdbc.sql("DELETE FROM status_report WHERE document_id = ? AND report_no = ?").params(documentId, reportNo).update();
		int seq = 0;
		for (StatusLegendEntry e : legend) {
			jdbc.sql("""
					INSERT INTO status_legend (document_id, report_no, seq_no, status, label, colour, form, page)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(documentId, reportNo, ++seq, e.status(), e.label(), e.colour(), e.form(), e.page())
				.update();
		}
		List<String> unknown = new ArrayList<>();
		int rowNo = 0;
		for (StatusReportRow r : rows) {
			boolean known = r.result() == null
					? exists("SELECT COUNT(*) FROM action WHERE edition_key = ? AND number = ?", edition, r.action())
					: exists("SELECT COUNT(*) FROM actielijn WHERE edition_key = ? AND number = ?", edition, r.actielijn());
			if (!known) {
				unknown.add(r.identity());
			}
			StatusReportRow.ResultRef res = r.result();
			jdbc.sql("""
					INSERT INTO status_report (document_id, report_no, row_no, period, action_number, actielijn_number, title,
					  holders, status, status_label, toelichting, page, known_action, layout, actielijn_title, theme, result_no,
					  result_title, activity_no, numbered)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(Arrays.asList(documentId, reportNo, ++rowNo, period, r.action(), r.actielijn(), r.title(),
						String.join(", ", r.holders()), r.status(), r.statusLabel(), r.toelichting(), r.page(), known, r.layout(),
						res == null ? null : res.actielijnTitle(), res == null ? null : res.theme(),
						res == null ? null : res.result(), res == null ? null : res.resultTitle(),
						res == null ? null : res.activity(), res == null ? null : res.numbered()))
				.update();
			if (r.box() != null) {
				BBox box = r.box();
				jdbc.sql("""
						INSERT INTO status_report_box (status_report_id, page, x0, y0, x1, y1)
						SELECT id, ?, ?, ?, ?, ? FROM status_report WHERE document_id = ? AND report_no = ? AND row_no = ?""")
					.params(box.page(), box.x0(), box.y0(), box.x1(), box.y1(), documentId, reportNo, rowNo)
					.update();
			}
		}
		return unknown;
	}

	private boolean exists(String countSql, Object... params) {
		return jdbc.sql(countSql).params(params).query(Integer.class).single() > 0;
	}

	public ModelSummary summary() {
		Map<Integer, BigDecimal> programme = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT t.budget_year, t.amount_eur FROM table_total t JOIN letter_table lt ON lt.id = t.table_id
				WHERE lt.kind = 'PROGRAMME_OVERVIEW' AND lt.document_id = (
				  SELECT d.id FROM current_document d JOIN letter_table o ON o.document_id = d.id AND o.kind = 'PROGRAMME_OVERVIEW'
				  ORDER BY d.letter_date DESC NULLS LAST, d.number DESC NULLS LAST, d.id DESC FETCH FIRST 1 ROWS ONLY)
				ORDER BY t.budget_year""")
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getBigDecimal(2)))
			.list()
			.forEach(e -> programme.put(e.getKey(), e.getValue()));
		Map<Integer, BigDecimal> actions = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT budget_year, SUM(amount_eur) FROM budget_line WHERE document_id = (
				  SELECT d.id FROM current_document d JOIN letter_table a ON a.document_id = d.id AND a.kind = 'ACTIELIJN'
				  ORDER BY d.letter_date DESC NULLS LAST, d.number DESC NULLS LAST, d.id DESC FETCH FIRST 1 ROWS ONLY)
				GROUP BY budget_year ORDER BY budget_year""")
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getBigDecimal(2)))
			.list()
			.forEach(e -> actions.put(e.getKey(), e.getValue()));
		return new ModelSummary(count("current_document"), count("actielijn"), count("action"),
				jdbc.sql("SELECT COUNT(*) FROM budget_line b JOIN current_document d ON d.id = b.document_id").query(Integer.class).single(),
				programme, actions);
	}

	private int count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}
}
