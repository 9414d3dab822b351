package nl.stm.pipeline.model;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the action model and the job repository, so a test starts from a database without letters. */
public final class ModelTables {

	private static final List<String> TABLES = List.of("finding", "status_report", "status_legend", "text_amount",
			"budget_line", "action_row_action", "action_row", "programme_line", "table_total", "letter_table", "action",
			"actielijn", "document_copy", "document", "batch_step_execution_context", "batch_step_execution",
			"batch_job_execution_context", "batch_job_execution_params", "batch_job_execution", "batch_job_instance");

	private ModelTables() {
	}

	public static void clear(JdbcClient jdbc) {
		jdbc.sql("UPDATE document SET superseded_by_id = NULL").update();
		for (String table : TABLES) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}
}
