package nl.stm.pipeline.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether a database's schema is current: every versioned migration in Flyway's locations (the
 * vendor's folder included) is applied successfully, by the schema history table alone. A cheap
 * question (one listing of the jar, one query) that decides whether Flyway has to be started at
 * all. Anything it cannot tell (no history table yet, a repeatable migration, Flyway on a
 * connection or schema of its own) counts as not current, so that Flyway decides.
 */
final class SchemaVersions {

	private final FlywayProperties flyway;

	SchemaVersions(FlywayProperties flyway) {
		this.flyway = flyway;
	}

	boolean current(DataSource dataSource) {
		if (flyway.getUrl() != null || flyway.getUser() != null || flyway.getDefaultSchema() != null
				|| !flyway.getSchemas().isEmpty()) {
			return false;
		}
		try (Connection connection = dataSource.getConnection()) {
			Set<String> available = available(DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()).getId());
			return available != null && applied(connection).containsAll(available);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** The versions of the migrations in the jar; null when there is a migration this check cannot weigh. */
	private Set<String> available(String vendor) {
		Set<String> versions = new HashSet<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		String prefix = flyway.getSqlMigrationPrefix();
		String separator = flyway.getSqlMigrationSeparator();
		try {
			for (String location : flyway.getLocations()) {
				String folder = location.replace("{vendor}", vendor).replaceFirst("^classpath:", "classpath*:");
				if (!folder.startsWith("classpath*:")) {
					return null;
				}
				for (Resource resource : resolver.getResources(folder + "/**/*")) {
					String name = resource.getFilename();
					if (name == null || flyway.getSqlMigrationSuffixes().stream().noneMatch(name::endsWith)) {
						continue;
					}
					if (!name.startsWith(prefix) || !name.contains(separator)) {
						return null; // a repeatable migration or a callback: Flyway runs those on every migrate
					}
					versions.add(name.substring(prefix.length(), name.indexOf(separator)).replace('_', '.'));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return versions;
	}

	private Set<String> applied(Connection connection) throws SQLException {
		Set<String> versions = new HashSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT \"version\" FROM \"" + flyway.getTable() + "\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
			while (rows.next()) {
				versions.add(rows.getString(1));
			}
		}
		return versions;
	}
}
