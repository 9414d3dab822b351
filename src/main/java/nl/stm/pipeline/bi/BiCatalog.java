package nl.stm.pipeline.bi;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The views of schema {@code bi} with their columns, SQL types and comments, read from the
 * database's own catalog (JDBC metadata), so exports and their descriptors always match what BI
 * tools see, on H2 and PostgreSQL alike.
 */
@Component
public class BiCatalog {

	/** The schema BI tools read. */
	public static final String SCHEMA = "bi";

	private final DataSource dataSource;

	public BiCatalog(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** A column of a bi view: name, JDBC type ({@link java.sql.Types}) and its data-dictionary comment. */
	public record Column(String name, int jdbcType, String comment) {

		/** Amount columns end in {@code _eur}; their sums are the control totals of an export. */
		public boolean isEuro() {
			return name.endsWith("_eur");
		}
	}

	/** A bi view with its comment and columns in order. */
	public record View(String name, String comment, List<Column> columns) {
	}

	/** Every view of schema bi, by name. */
	public List<View> views() {
		try (Connection c = dataSource.getConnection()) {
			DatabaseMetaData meta = c.getMetaData();
			List<View> views = new ArrayList<>();
			try (ResultSet rs = meta.getTables(null, SCHEMA, "%", new String[] { "VIEW" })) {
				while (rs.next()) {
					views.add(new View(rs.getString("TABLE_NAME"), rs.getString("REMARKS"), List.of()));
				}
			}
			List<View> result = new ArrayList<>();
			for (View view : views) {
				result.add(new View(view.name(), view.comment(), columns(meta, view.name())));
			}
			result.sort(java.util.Comparator.comparing(View::name));
			return result;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the catalog of schema bi: " + ex.getMessage(), ex);
		}
	}

	/** The view of that name. */
	public View view(String name) {
		Optional<View> view = views().stream().filter(v -> v.name().equals(name)).findFirst();
		return view.orElseThrow(() -> new IllegalArgumentException("no view bi." + name));
	}

	private static List<Column> columns(DatabaseMetaData meta, String view) throws SQLException {
		List<Column> columns = new ArrayList<>();
		try (ResultSet rs = meta.getColumns(null, SCHEMA, view, "%")) {
			while (rs.next()) {
				columns.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("REMARKS")));
			}
		}
		return columns;
	}
}
