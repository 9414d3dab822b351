package nl.stm.pipeline.model;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Flyway migrates the schema only when it is behind. Making Flyway and letting it validate every
 * applied migration took about a second and a half of each command's start, every time, although
 * the schema changes only with a new release; so the start first compares the versions applied
 * (the schema history table) with the migrations in the jar ({@link SchemaVersions}) and makes
 * Flyway only when one is missing (a new database, a new release) or failed. Then Flyway migrates
 * and validates as before. Replaces Spring Boot's {@code flywayInitializer}, so that everything that
 * waits for the schema (the job repository, the repositories) still waits for this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "spring.flyway.enabled", matchIfMissing = true)
class SchemaMigrationConfiguration {

	@Bean
	FlywayMigrationInitializer flywayInitializer(@Lazy Flyway flyway, DataSource dataSource, FlywayProperties properties) {
		SchemaVersions versions = new SchemaVersions(properties);
		return new FlywayMigrationInitializer(flyway, f -> {
			if (!versions.current(dataSource)) {
				f.migrate();
			}
		});
	}
}
