package nl.stm.pipeline.partner;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads partner submission rows and rejected rows. A row's key is its provenance,
 * {@code id = ledger_id * 2^32 + line_no}: a row can never be stored twice, and the rows of a file
 * are one range of the primary key (no other index to maintain on insert). Rows are inserted in
 * JDBC batches of multi-row {@code INSERT} statements.
 */
@Repository
public class PartnerSubmissionRepository {

	private static final String COLUMNS = """
			INSERT INTO partner_submission (id, ledger_id, file_name, line_no, organisation, organisation_key, period,
			action_number, action_title, budget_year, status_code, status_label, budgeted_eur, spent_eur, toelichting,
			extra_columns, flags) VALUES\s""";

	private static final String VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int PARAMETERS = 17;

	/** Rows per INSERT statement: fewer statements for the database to run (H2 and PostgreSQL alike). */
	private static final int ROWS_PER_STATEMENT = 200;

	private static final String INSERT_MANY = insertOf(ROWS_PER_STATEMENT);

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	public PartnerSubmissionRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** The key of a file's line: {@code ledger_id * 2^32 + line_no}. */
	static long key(long ledgerId, int line) {
		return (ledgerId << 32) + line;
	}

	private static long firstKey(long ledgerId) {
		return ledgerId << 32;
	}

	private static long lastKey(long ledgerId) {
		return (ledgerId << 32) + 0xFFFF_FFFFL;
	}

	private static String insertOf(int rows) {
		StringBuilder sql = new StringBuilder(COLUMNS);
		for (int i = 0; i < rows; i++) {
			sql.append(i == 0 ? "" : ", ").append(VALUES);
		}
		return sql.toString();
	}

	/** The actions of the current edition known from the imported letters, with their current title. */
	public Map<Integer, String> actionTitles() {
		Map<Integer, String> titles = new LinkedHashMap<>();
		jdbc.sql("SELECT number, title FROM action WHERE edition_key IN (SELECT edition_key FROM current_edition) ORDER BY number")
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2)))
			.list()
			.forEach(e -> titles.put(e.getKey(), e.getValue()));
		return titles;
	}

	public void insert(long ledgerId, String fileName, List<? extends PartnerRow> rows) {
		int full = rows.size() / ROWS_PER_STATEMENT;
		int stored = 0;
		if (full > 0) {
			int[] counts = jdbcTemplate.batchUpdate(INSERT_MANY, new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement ps, int statement) throws SQLException {
					for (int r = 0; r < ROWS_PER_STATEMENT; r++) {
						set(ps, r * PARAMETERS, ledgerId, fileName, rows.get(statement * ROWS_PER_STATEMENT + r));
					}
				}

				@Override
				public int getBatchSize() {
					return full;
				}
			});
			for (int count : counts) {
				stored += count == java.sql.Statement.SUCCESS_NO_INFO ? ROWS_PER_STATEMENT : count;
			}
		}
		int rest = rows.size() - full * ROWS_PER_STATEMENT;
		if (rest > 0) {
			stored += jdbcTemplate.update(insertOf(rest), ps -> {
				for (int r = 0; r < rest; r++) {
					set(ps, r * PARAMETERS, ledgerId, fileName, rows.get(full * ROWS_PER_STATEMENT + r));
				}
			});
		}
		if (stored != rows.size()) {
			throw new IllegalStateException("the database stored " + stored + " of " + rows.size() + " rows");
		}
		insertGroups(ledgerId, rows);
	}

	/** Counts the rows per (organisation, period), in the same transaction as the rows. */
	private void insertGroups(long ledgerId, List<? extends PartnerRow> rows) {
		Map<String, int[]> groups = new LinkedHashMap<>();
		Map<String, String[]> keys = new LinkedHashMap<>();
		for (PartnerRow r : rows) {
			String key = r.organisationKey() + '\u0001' + r.period();
			int[] group = groups.get(key);
			if (group == null) {
				group = new int[] { r.line(), 0, 0 };
				groups.put(key, group);
				keys.put(key, new String[] { r.organisationKey(), r.period() });
			}
			group[0] = Math.min(group[0], r.line());
			group[1]++;
			group[2] += r.flags() == null ? 0 : 1;
		}
		List<Object[]> arguments = new ArrayList<>();
		groups.forEach((key, g) -> arguments
			.add(new Object[] { ledgerId, g[0], keys.get(key)[0], keys.get(key)[1], g[1], g[2] }));
		if (!arguments.isEmpty()) {
			jdbcTemplate.batchUpdate("""
					INSERT INTO submission_group (ledger_id, first_line, organisation_key, period, row_count, flagged_count)
					VALUES (?, ?, ?, ?, ?, ?)""", arguments);
		}
	}

	private static void set(PreparedStatement ps, int offset, long ledgerId, String fileName, PartnerRow r)
			throws SQLException {
		ps.setLong(offset + 1, key(ledgerId, r.line()));
		ps.setLong(offset + 2, ledgerId);
		ps.setString(offset + 3, fileName);
		ps.setInt(offset + 4, r.line());
		ps.setString(offset + 5, r.organisation());
		ps.setString(offset + 6, r.organisationKey());
		ps.setString(offset + 7, r.period());
		ps.setInt(offset + 8, r.actionNumber());
		ps.setString(offset + 9, r.actionTitle());
		if (r.budgetYear() == null) {
			ps.setNull(offset + 10, Types.INTEGER);
		}
		else {
			ps.setInt(offset + 10, r.budgetYear());
		}
		ps.setString(offset + 11, r.status().name());
		ps.setString(offset + 12, r.statusLabel());
		setAmount(ps, offset + 13, r.budgeted());
		setAmount(ps, offset + 14, r.spent());
		ps.setString(offset + 15, r.toelichting());
		ps.setString(offset + 16, r.extraColumns());
		ps.setString(offset + 17, r.flags());
	}

	private static void setAmount(PreparedStatement ps, int index, BigDecimal amount) throws SQLException {
		if (amount == null) {
			ps.setNull(index, Types.NUMERIC);
		}
		else {
			ps.setBigDecimal(index, amount);
		}
	}

	public void insertRejected(long ledgerId, String fileName, int line, String code, String message, String raw) {
		jdbc.sql("""
				INSERT INTO rejected_row (id, ledger_id, file_name, line_no, code, message, raw_record)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(key(ledgerId, line), ledgerId, fileName, line, code,
					message.length() > 2000 ? message.substring(0, 1997) + "..." : message, raw)
			.update();
	}

	/** The keys of the rows of a file already stored (for a restart), to recognise later duplicates. */
	DuplicateIndex storedRows(long ledgerId) {
		DuplicateIndex index = new DuplicateIndex();
		jdbcTemplate.query(
				"SELECT organisation_key, period, action_number, budget_year, line_no FROM partner_submission WHERE id BETWEEN ? AND ?",
				rs -> {
					int year = rs.getInt(4);
					index.register(rs.getString(1), rs.getString(2).strip(), rs.getInt(3), rs.wasNull() ? null : year,
							rs.getInt(5));
				}, firstKey(ledgerId), lastKey(ledgerId));
		return index;
	}

	public int countAccepted(long ledgerId) {
		return count("SELECT COUNT(*) FROM partner_submission WHERE id BETWEEN ? AND ?", ledgerId);
	}

	public int countRejected(long ledgerId) {
		return count("SELECT COUNT(*) FROM rejected_row WHERE id BETWEEN ? AND ?", ledgerId);
	}

	private int count(String sql, long ledgerId) {
		return jdbc.sql(sql).params(firstKey(ledgerId), lastKey(ledgerId)).query(Integer.class).single();
	}

	public List<RowIssue> rejected(long ledgerId) {
		return jdbc.sql("SELECT line_no, code, message FROM rejected_row WHERE id BETWEEN ? AND ? ORDER BY id")
			.params(firstKey(ledgerId), lastKey(ledgerId))
			.query((rs, n) -> new RowIssue(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public List<RowIssue> flags(long ledgerId) {
		List<RowIssue> flags = new ArrayList<>();
		jdbc.sql("SELECT line_no, flags FROM partner_submission WHERE id BETWEEN ? AND ? AND flags IS NOT NULL ORDER BY id")
			.params(firstKey(ledgerId), lastKey(ledgerId))
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2)))
			.list()
			.forEach(e -> {
				for (String flag : e.getValue().split(",")) {
					flags.add(new RowIssue(e.getKey(), flag, null));
				}
			});
		return flags;
	}

	/**
	 * What a file's accepted rows add up to: their number, how many are flagged, the partner and
	 * the period (each null when the file has rows of several, or none); from the per-chunk
	 * counts, without scanning the rows.
	 */
	public record FileStats(int accepted, int flagged, String partner, String period) {
	}

	public FileStats stats(long ledgerId) {
		List<Object[]> groups = jdbc.sql("""
				SELECT organisation_key, period, SUM(row_count), SUM(flagged_count), MIN(first_line) FROM submission_group
				WHERE ledger_id = ? GROUP BY organisation_key, period""")
			.param(ledgerId)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2).strip(), rs.getInt(3), rs.getInt(4), rs.getInt(5) })
			.list();
		int accepted = 0;
		int flagged = 0;
		java.util.Set<String> organisations = new java.util.HashSet<>();
		java.util.Set<String> periods = new java.util.TreeSet<>();
		int firstLine = Integer.MAX_VALUE;
		for (Object[] g : groups) {
			accepted += (Integer) g[2];
			flagged += (Integer) g[3];
			organisations.add((String) g[0]);
			periods.add((String) g[1]);
			firstLine = Math.min(firstLine, (Integer) g[4]);
		}
		String partner = organisations.size() != 1 ? null
				: jdbc.sql("SELECT organisation FROM partner_submission WHERE id = ?")
					.param(key(ledgerId, firstLine))
					.query(String.class)
					.single();
		return new FileStats(accepted, flagged, partner, periods.size() == 1 ? periods.iterator().next() : null);
	}

	/**
	 * Marks the rows of earlier files (ingested ones: a file still being read is not current yet) for
	 * the same (organisation, period) pairs as this file's rows superseded by it; they stay as history. Returns the number of rows superseded. Each earlier
	 * file concerned is one range scan of the key.
	 */
	public int supersedeEarlier(long ledgerId) {
		// files finishing at the same time (partitions): the groups of the files sharing a pair (this one's too) are
		// locked file by file in ledger order, so the second waits for the first to commit and then supersedes it.
		// One key range per file: a pair condition in the locking query itself, (organisation_key, period) IN
		// (SELECT ...), made H2 compare every group with every pair (100 of 124 CPU s for a file of 10^6 rows).
		List<Long> sharing = jdbc.sql("""
				SELECT DISTINCT e.ledger_id FROM submission_group e
				JOIN submission_group n ON n.organisation_key = e.organisation_key AND n.period = e.period
				WHERE n.ledger_id = ? ORDER BY e.ledger_id""")
			.param(ledgerId)
			.query(Long.class)
			.list();
		for (long file : sharing) {
			jdbc.sql("SELECT first_line FROM submission_group WHERE ledger_id = ? FOR UPDATE").param(file).query(Integer.class).list();
		}
		List<Long> earlier = jdbc.sql("""
				SELECT DISTINCT e.ledger_id FROM submission_group e
				JOIN submission_group n ON n.organisation_key = e.organisation_key AND n.period = e.period
				JOIN import_ledger l ON l.id = e.ledger_id AND l.outcome = 'INGESTED'
				WHERE n.ledger_id = ? AND e.ledger_id <> ? ORDER BY e.ledger_id""")
			.params(ledgerId, ledgerId)
			.query(Long.class)
			.list();
		int superseded = 0;
		for (long other : earlier) {
			superseded += jdbc.sql("""
					UPDATE partner_submission SET superseded = TRUE, superseded_by_ledger_id = ?
					WHERE id BETWEEN ? AND ? AND superseded = FALSE AND EXISTS (SELECT 1 FROM submission_group n
					  WHERE n.ledger_id = ? AND n.organisation_key = partner_submission.organisation_key
					  AND n.period = partner_submission.period)""")
				.params(ledgerId, firstKey(other), lastKey(other), ledgerId)
				.update();
		}
		return superseded;
	}

	/** Removes everything stored for a file (a file refused as a whole keeps only its ledger entry). */
	public void deleteRows(long ledgerId) {
		jdbc.sql("DELETE FROM partner_submission WHERE id BETWEEN ? AND ?").params(firstKey(ledgerId), lastKey(ledgerId)).update();
		jdbc.sql("DELETE FROM rejected_row WHERE id BETWEEN ? AND ?").params(firstKey(ledgerId), lastKey(ledgerId)).update();
		jdbc.sql("DELETE FROM submission_group WHERE ledger_id = ?").param(ledgerId).update();
	}
}
