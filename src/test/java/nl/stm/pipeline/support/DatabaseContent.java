package nl.stm.pipeline.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of the pipeline's database, H2 file or PostgreSQL (the job repository and Flyway's history left
 * out) as sorted rows of text, to compare two databases that should hold the same: surrogate keys
 * ({@code id}, {@code ..._id}), times and the paths files were moved to differ between any two
 * runs and are left out; everything else must be equal.
 */
public final class DatabaseContent {

	private DatabaseContent() {
	}

	/** The content of the database in {@code dataDir} (the pipeline must not be running). */
	public static Map<String, List<String>> of(Path dataDir) throws SQLException {
		String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("pipeline")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		return of(url, "sa", "");
	}

	/** The content of the database at a JDBC URL (H2 or PostgreSQL). */
	public static Map<String, List<String>> of(String url, String user, String password) throws SQLException {
		Map<String, List<String>> content = new TreeMap<>();
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables"
					+ " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
				while (r.next()) {
					String table = r.getString(1);
					if (!table.startsWith("batch_") && !table.equals("flyway_schema_history")) {
						tables.add(table);
					}
				}
			}
			for (String table : tables) {
				List<String> columns = new ArrayList<>();
				try (ResultSet r = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
						+ " WHERE table_schema = 'public' AND table_name = '" + table + "' ORDER BY ordinal_position")) {
					while (r.next()) {
						String name = r.getString(1);
						boolean surrogate = name.equals("id") || name.endsWith("_id") || name.equals("stored_as");
						if (!surrogate && !r.getString(2).toUpperCase().startsWith("TIMESTAMP")) {
							columns.add(name);
						}
					}
				}
				List<String> rows = new ArrayList<>();
				try (ResultSet r = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
					while (r.next()) {
						StringBuilder row = new StringBuilder();
						for (int i = 1; i <= columns.size(); i++) {
							row.append(i == 1 ? "" : " | ").append(r.getString(i));
						}
						rows.add(row.toString());
					}
				}
				rows.sort(null);
				content.put(table + " (" + String.join(", ", columns) + ")", rows);
			}
		}
		return content;
	}

	/** What differs between two contents, table by table (a few rows each); empty when they are equal. */
	public static String difference(Map<String, List<String>> expected, Map<String, List<String>> actual) {
		StringBuilder s = new StringBuilder();
		for (String table : expected.keySet()) {
			List<String> want = expected.get(table);
			List<String> got = actual.getOrDefault(table, List.of());
			if (!want.equals(got)) {
				List<String> missing = new ArrayList<>(want);
				got.forEach(missing::remove);
				List<String> extra = new ArrayList<>(got);
				want.forEach(extra::remove);
				s.append(table).append(": ").append(want.size()).append(" rows expected, ").append(got.size())
					.append(" found; missing ").append(missing.subList(0, Math.min(3, missing.size())))
					.append("; unexpected ").append(extra.subList(0, Math.min(3, extra.size()))).append('\n');
			}
		}
		new HashSet<>(actual.keySet()).stream().filter(t -> !expected.containsKey(t)).forEach(t -> s.append("table ").append(t).append(" not expected\n"));
		return s.toString();
	}
}
