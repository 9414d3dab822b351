package nl.stm.pipeline.letter;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.stm.pipeline.support.EmbeddedPostgresDatabase;

/** {@link ProgrammeEditionsTests} on a real PostgreSQL (the BI database): the same facts, queries and views. */
class PostgresProgrammeEditionsTests extends ProgrammeEditionsTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry, "programme_editions_tests");
	}

	@Test
	void runsOnPostgres(@Autowired DataSource dataSource) throws Exception {
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
	}
}
