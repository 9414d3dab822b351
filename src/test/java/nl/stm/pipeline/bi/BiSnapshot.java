package nl.stm.pipeline.bi;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Every view of schema bi as sorted rows of normalised values, comparable across H2 and
 * PostgreSQL: numbers by value (2.50 = 2.5), dates as ISO text. Columns ending in {@code _at} are
 * load times (when this database loaded a file), which two runs never share, so they are left out.
 */
public record BiSnapshot(Map<String, List<String>> views) {

	public static BiSnapshot of(DataSource dataSource) throws SQLException {
		Map<String, List<String>> views = new TreeMap<>();
		try (Connection c = dataSource.getConnection()) {
			for (BiCatalog.View view : new BiCatalog(dataSource).views()) {
				views.put(view.name(), rows(c, view.name()));
			}
		}
		return new BiSnapshot(views);
	}

	private static List<String> rows(Connection c, String view) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM bi." + view)) {
			ResultSetMetaData meta = rs.getMetaData();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					if (!meta.getColumnLabel(i).endsWith("_at")) {
						row.append(meta.getColumnLabel(i)).append('=').append(value(rs, i, meta.getColumnType(i))).append("; ");
					}
				}
				rows.add(row.toString());
			}
		}
		rows.sort(null);
		return rows;
	}

	private static String value(ResultSet rs, int i, int type) throws SQLException {
		Object value = switch (type) {
			case Types.DATE -> rs.getObject(i, LocalDate.class);
			case Types.NUMERIC, Types.DECIMAL, Types.BIGINT, Types.INTEGER, Types.SMALLINT -> {
				BigDecimal number = rs.getBigDecimal(i);
				yield number == null ? null : number.stripTrailingZeros().toPlainString();
			}
			default -> rs.getObject(i);
		};
		return String.valueOf(value == null ? null : value.toString().strip());
	}
}
