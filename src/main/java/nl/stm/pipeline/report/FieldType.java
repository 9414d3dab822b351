package nl.stm.pipeline.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The type of a bi column as exported: its Frictionless Table Schema type and how its value is read
 * from JDBC, the same on H2 and PostgreSQL (which reports booleans as BIT and timestamps with time
 * zone as TIMESTAMP).
 */
enum FieldType {

	INTEGER("integer"), NUMBER("number"), BOOLEAN("boolean"), DATE("date"), DATETIME("datetime"), STRING("string");

	final String tableSchemaType;

	FieldType(String tableSchemaType) {
		this.tableSchemaType = tableSchemaType;
	}

	static FieldType of(int jdbcType) {
		return switch (jdbcType) {
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
			case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> NUMBER;
			case Types.BIT, Types.BOOLEAN -> BOOLEAN;
			case Types.DATE -> DATE;
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> DATETIME;
			default -> STRING;
		};
	}

	/** The value of column {@code i}: Long, BigDecimal, Boolean, LocalDate, Instant, String or null. */
	Object read(ResultSet rs, int i) throws SQLException {
		Object value = switch (this) {
			case INTEGER -> rs.getLong(i);
			case NUMBER -> rs.getBigDecimal(i);
			case BOOLEAN -> rs.getBoolean(i);
			case DATE -> rs.getObject(i, LocalDate.class);
			case DATETIME -> {
				OffsetDateTime time = rs.getObject(i, OffsetDateTime.class);
				yield time == null ? null : time.toInstant();
			}
			case STRING -> rs.getString(i);
		};
		return rs.wasNull() ? null : value;
	}
}
