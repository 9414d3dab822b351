package nl.stm.pipeline.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole action model as rows, for asserting that an operation changed nothing. */
public final class ModelSnapshot {

	private static final List<String> QUERIES = List.of(
			"SELECT sha256, file_name, pages, dossier, number, letter_date, sender, edition_key, version_no, superseded_by_id FROM document ORDER BY sha256",
			"SELECT edition_key, number, title FROM actielijn ORDER BY edition_key, number",
			"SELECT edition_key, number, title, actielijn_number, is_new FROM action ORDER BY edition_key, number",
			"SELECT table_no, kind, actielijn_number, caption, unit, first_page, last_page FROM letter_table ORDER BY table_no",
			"SELECT r.row_no, r.action_numbers, r.title, r.is_new, r.page, t.table_no FROM action_row r JOIN letter_table t ON t.id = r.table_id ORDER BY t.table_no, r.row_no",
			"SELECT t.table_no, r.row_no, b.budget_year, b.amount_eur, b.raw_text, b.source_unit, b.page FROM budget_line b JOIN action_row r ON r.id = b.action_row_id JOIN letter_table t ON t.id = r.table_id ORDER BY 1, 2, 3",
			"SELECT row_no, line_key, label, actielijn_number, budget_year, amount_eur, raw_text FROM programme_line ORDER BY row_no, budget_year",
			"SELECT t.table_no, x.budget_year, x.amount_eur, x.raw_text FROM table_total x JOIN letter_table t ON t.id = x.table_id ORDER BY 1, 2",
			"SELECT seq_no, phrase, amount_eur, per_year, page FROM text_amount ORDER BY seq_no");

	private ModelSnapshot() {
	}

	public static Map<String, List<Map<String, Object>>> of(JdbcClient jdbc) {
		Map<String, List<Map<String, Object>>> snapshot = new LinkedHashMap<>();
		for (String query : QUERIES) {
			snapshot.put(query, jdbc.sql(query).query().listOfRows());
		}
		return snapshot;
	}

	public static int count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}
}
