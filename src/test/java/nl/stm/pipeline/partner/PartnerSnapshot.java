package nl.stm.pipeline.partner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Everything the partner ingest stores, as rows, for asserting that an operation changed nothing. */
final class PartnerSnapshot {

	private static final List<String> QUERIES = List.of(
			"SELECT * FROM import_ledger ORDER BY id",
			"SELECT * FROM partner_submission ORDER BY id",
			"SELECT * FROM rejected_row ORDER BY id",
			"SELECT * FROM submission_group ORDER BY ledger_id, first_line",
			"SELECT number, title FROM action ORDER BY number");

	private PartnerSnapshot() {
	}

	static Map<String, List<Map<String, Object>>> of(JdbcClient jdbc) {
		Map<String, List<Map<String, Object>>> snapshot = new LinkedHashMap<>();
		for (String query : QUERIES) {
			snapshot.put(query, jdbc.sql(query).query().listOfRows());
		}
		return snapshot;
	}

	static void clear(JdbcClient jdbc) {
		for (String table : List.of("rejected_row", "partner_submission", "submission_group", "import_ledger", "batch_step_execution_context",
				"batch_step_execution", "batch_job_execution_context", "batch_job_execution_params", "batch_job_execution",
				"batch_job_instance")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}
}
