package nl.stm.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import nl.stm.pipeline.ops.Launcher;

/**
 * A start skips Flyway only when every migration of the jar is applied; a database behind the jar
 * (new, older release, a failed migration) is migrated as before.
 */
class SchemaVersionsTests {

	private static final List<String> LOCATIONS = List.of("classpath:db/migration/common", "classpath:db/migration/{vendor}");

	@TempDir
	Path temp;

	@Test
	void aDatabaseIsCurrentOnlyWhenEveryMigrationIsAppliedSuccessfully() {
		// given
		DataSource h2 = h2("versions");
		SchemaVersions versions = new SchemaVersions(properties());

		// when / then: no history table yet
		assertThat(versions.current(h2)).isFalse();

		// when / then: migrated up to the last migration but one
		migrate(h2, "9.1");
		assertThat(versions.current(h2)).isFalse();

		// when / then: every migration applied
		migrate(h2, null);
		assertThat(versions.current(h2)).isTrue();

		// when / then: one of them recorded as failed
		JdbcClient.create(h2).sql("UPDATE flyway_schema_history SET success = FALSE WHERE version = '8'").update();
		assertThat(versions.current(h2)).isFalse();
	}

	@Test
	void flywayOnAConnectionOfItsOwnAlwaysDecidesItself() {
		// given
		DataSource h2 = h2("own-connection");
		migrate(h2, null);
		FlywayProperties own = properties();
		own.setUrl("jdbc:h2:mem:elsewhere");

		// when / then
		assertThat(new SchemaVersions(properties()).current(h2)).isTrue();
		assertThat(new SchemaVersions(own).current(h2)).isFalse();
	}

	@Test
	void aCommandOnADatabaseOfAnOlderReleaseMigratesIt() throws Exception {
		// given: a pipeline home whose database file is of the release before V12
		Files.createDirectories(temp.resolve("jobs"));
		Path data = temp.resolve("data");
		DataSource file = new DriverManagerDataSource("jdbc:h2:file:" + data.resolve("pipeline")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
		migrate(file, "9.1");

		// when
		int exit = Launcher.launch(new String[] { "status", "--pipeline.home=" + temp, "--pipeline.data-dir=" + data });

		// then
		assertThat(exit).isZero();
		assertThat(new SchemaVersions(properties()).current(file)).isTrue();
		assertThat(JdbcClient.create(file).sql("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '12' AND success")
			.query(Integer.class)
			.single()).isOne();
	}

	private DataSource h2(String name) {
		return new DriverManagerDataSource(
				"jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
	}

	private static FlywayProperties properties() {
		FlywayProperties properties = new FlywayProperties();
		properties.setLocations(LOCATIONS);
		return properties;
	}

	private static void migrate(DataSource dataSource, String target) {
		var configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations(LOCATIONS.stream().map(l -> l.replace("{vendor}", "h2")).toArray(String[]::new));
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}
}
