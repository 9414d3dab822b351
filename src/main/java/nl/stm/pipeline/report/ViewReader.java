package nl.stm.pipeline.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import nl.stm.pipeline.bi.BiCatalog;

/**
 * Streams the rows of a bi view as typed values, without holding the view in memory: a read-only
 * transaction with a fetch size, so PostgreSQL uses a cursor too. Rows come in the database's order
 * (no ORDER BY: sorting 100,000 partner rows through a view doubles the time of an export). On H2
 * the rows are produced lazily ({@code LAZY_QUERY_EXECUTION}): otherwise H2 builds the whole result of
 * a view over a view before the first row, which makes reading the current partner rows six times
 * slower.
 */
@Component
class ViewReader {

	private static final int FETCH_SIZE = 1000;

	/** Receives the typed values of one row (reused array: copy what you keep). */
	interface RowHandler {

		void row(Object[] values) throws Exception;
	}

	private final DataSource dataSource;

	ViewReader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	static List<FieldType> types(BiCatalog.View view) {
		return view.columns().stream().map(c -> FieldType.of(c.jdbcType())).toList();
	}

	void read(BiCatalog.View view, RowHandler handler) throws Exception {
		read("SELECT * FROM " + BiCatalog.SCHEMA + "." + view.name(), types(view), handler);
	}

	/** Streams the rows of a query whose columns have these types. */
	void read(String select, List<FieldType> types, RowHandler handler) throws Exception {
		try (Connection c = dataSource.getConnection()) {
			boolean autoCommit = c.getAutoCommit();
			c.setAutoCommit(false);
			c.setReadOnly(true);
			boolean h2 = "H2".equals(c.getMetaData().getDatabaseProductName());
			try (Statement s = c.createStatement()) {
				if (h2) {
					s.execute("SET LAZY_QUERY_EXECUTION TRUE");
				}
				s.setFetchSize(FETCH_SIZE);
				try (ResultSet rs = s.executeQuery(select)) {
					Object[] values = new Object[types.size()];
					while (rs.next()) {
						for (int i = 0; i < values.length; i++) {
							values[i] = types.get(i).read(rs, i + 1);
						}
						handler.row(values);
					}
				}
			}
			finally {
				if (h2) {
					try (Statement s = c.createStatement()) {
						s.execute("SET LAZY_QUERY_EXECUTION FALSE");
					}
				}
				c.rollback();
				c.setReadOnly(false);
				c.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read " + select + ": " + ex.getMessage(), ex);
		}
	}
}
