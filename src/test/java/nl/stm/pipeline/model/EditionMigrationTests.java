package nl.stm.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import nl.stm.pipeline.support.EmbeddedPostgresDatabase;

/**
 * A database made before editions (schema V7) keeps working on H2 and PostgreSQL: its facts go to
 * the Actieplan edition, and nr. 249 imported twice (the old content identity doubled every budget
 * line) becomes one Kamerstuk in two versions, only the latest counted.
 */
class EditionMigrationTests {

	@Test
	void anH2DatabaseOfSchemaV7MigratesToEditions() {
		DataSource h2 = new DriverManagerDataSource(
				"jdbc:h2:mem:editionmigration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
		migrateFromV7(h2, "h2", "7.1");
	}

	@Test
	void aPostgresDatabaseOfSchemaV7MigratesToEditions() {
		EmbeddedPostgresDatabase.execute("postgres", "DROP DATABASE IF EXISTS edition_migration");
		EmbeddedPostgresDatabase.execute("postgres", "CREATE DATABASE edition_migration");
		DataSource postgres = new DriverManagerDataSource(EmbeddedPostgresDatabase.jdbcUrl("edition_migration"), "postgres", "");
		migrateFromV7(postgres, "postgresql", "7.2");
	}

	private static void migrateFromV7(DataSource dataSource, String vendor, String lastV7) {
		// given: a database of schema V7 with nr. 249 imported twice (two contents of one Kamerstuk)
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.target(lastV7).load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		for (String sha : new String[] { "1".repeat(64), "2".repeat(64) }) {
			jdbc.sql("""
					INSERT INTO document (sha256, file_name, pages, dossier, number, letter_date, imported_at)
					VALUES (?, 'kst-28638-249.pdf', 14, '28638', 249, DATE '2024-04-23', CURRENT_TIMESTAMP)""").param(sha).update();
		}
		long first = jdbc.sql("SELECT MIN(id) FROM document").query(Long.class).single();
		long second = jdbc.sql("SELECT MAX(id) FROM document").query(Long.class).single();
		jdbc.sql("INSERT INTO actielijn (number, title, first_document_id) VALUES (1, 'Creëren van brede bewustwording', ?)")
			.param(first).update();
		jdbc.sql("""
				INSERT INTO action (number, title, actielijn_number, is_new, first_document_id, last_document_id)
				VALUES (1, 'Campagne', 1, FALSE, ?, ?)""").params(first, second).update();
		for (long document : new long[] { first, second }) {
			jdbc.sql("""
					INSERT INTO letter_table (document_id, table_no, kind, actielijn_number, unit, first_page, last_page)
					VALUES (?, 1, 'ACTIELIJN', 1, 'EUR_10K', 7, 7)""").param(document).update();
			long table = jdbc.sql("SELECT id FROM letter_table WHERE document_id = ?").param(document).query(Long.class).single();
			jdbc.sql("""
					INSERT INTO action_row (table_id, document_id, row_no, actielijn_number, action_numbers, title, is_new, page)
					VALUES (?, ?, 1, 1, '1', 'Campagne', FALSE, 7)""").params(table, document).update();
			long row = jdbc.sql("SELECT id FROM action_row WHERE document_id = ?").param(document).query(Long.class).single();
			jdbc.sql("INSERT INTO action_row_action (action_row_id, action_number) VALUES (?, 1)").param(row).update();
			jdbc.sql("""
					INSERT INTO budget_line (action_row_id, document_id, budget_year, amount_eur, raw_text, source_unit, page)
					VALUES (?, ?, 2024, 120000, '12', 'EUR_10K', 7)""").params(row, document).update();
		}
		jdbc.sql("""
				INSERT INTO status_report (document_id, report_no, row_no, period, action_number, actielijn_number, title, holders,
				  status, page, known_action)
				VALUES (?, 1, 1, '2025-H1', 1, 1, 'Campagne', 'JenV', 'VOLTOOID', 3, TRUE)""").param(second).update();

		// when
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.load().migrate();

		// then
		assertThat(jdbc.sql("SELECT id, edition_key, identity_key, version_no, superseded_by_id FROM document ORDER BY id")
			.query((rs, n) -> tuple(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getObject(5, Long.class)))
			.list())
			.containsExactly(tuple(first, "actieplan-2023", "kamerstuk:28638:249", 1, second),
					tuple(second, "actieplan-2023", "kamerstuk:28638:249", 2, null));
		assertThat(jdbc.sql("SELECT edition_key, number, title FROM actielijn").query((rs, n) -> tuple(rs.getString(1),
				rs.getInt(2), rs.getString(3))).list()).containsExactly(tuple("actieplan-2023", 1, "Creëren van brede bewustwording"));
		assertThat(jdbc.sql("SELECT edition_key, number FROM action").query((rs, n) -> tuple(rs.getString(1), rs.getInt(2))).list())
			.containsExactly(tuple("actieplan-2023", 1));
		assertThat(jdbc.sql("SELECT DISTINCT edition_key FROM action_row_action").query(String.class).list())
			.containsExactly("actieplan-2023");
		assertThat(jdbc.sql("SELECT layout FROM status_report").query(String.class).single()).isEqualTo("ACTIONS");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_line").query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT document_key, is_current FROM bi.fact_budget")
			.query((rs, n) -> tuple(rs.getLong(1), rs.getBoolean(2))).list()).containsExactly(tuple(second, true));
		assertThat(jdbc.sql("SELECT action_key, edition_key, is_current FROM bi.fact_status")
			.query((rs, n) -> tuple(rs.getInt(1), rs.getString(2), rs.getBoolean(3))).list())
			.containsExactly(tuple(1, "actieplan-2023", true));
	}
}
