package nl.stm.pipeline.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores findings; a run replaces all earlier findings, so re-running never duplicates them. Findings
 * are written in JDBC batches and read back as a stream (in the order they were found), so their number
 * is not bounded by the heap.
 */
@Repository
public class FindingRepository {

	private static final String COLUMNS = """
			rule_id, severity, actielijn_number, action_number, budget_year, partner, observed_eur,
			  expected_eur, difference_eur, tolerance_eur, message, sources""";

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	FindingRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(PartnerFiguresRepository.FETCH_SIZE);
	}

	/** Every stored finding in one list: for a model of known, modest size (the report's page). */
	public List<Finding> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM finding ORDER BY id").query((rs, n) -> finding(rs)).list();
	}

	/**
	 * Hands every stored finding on in the order it was found, without holding them (in a read-only
	 * transaction: PostgreSQL streams only inside one).
	 */
	@Transactional(readOnly = true)
	public void forEach(Consumer<? super Finding> each) {
		streaming.query("SELECT " + COLUMNS + " FROM finding ORDER BY id", rs -> {
			each.accept(finding(rs));
		});
	}

	/**
	 * The first {@code perRule} findings of each rule, in the order they were found: what a page lists,
	 * numbered per rule in the database, so that only those are read.
	 */
	public List<Finding> firstOfEachRule(int perRule) {
		// numbered in one scan; "id IN (that query)" took H2 seconds at 120,000 findings, this 0.2-0.5 s
		return jdbc.sql("SELECT " + COLUMNS + " FROM (SELECT id, " + COLUMNS
				+ ", ROW_NUMBER() OVER (PARTITION BY rule_id ORDER BY id) AS n FROM finding) ranked WHERE n <= ? ORDER BY id")
			.param(perRule)
			.query((rs, n) -> finding(rs))
			.list();
	}

	/** How many findings each rule has, by rule. */
	public Map<String, Long> countPerRule() {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("SELECT rule_id, COUNT(*) FROM finding GROUP BY rule_id").query(rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	/** The summary of the stored findings (counts, the first {@code first} in full), read as a stream. */
	@Transactional(readOnly = true)
	public FindingsSummary summary(int first) {
		FindingsSummary summary = new FindingsSummary(first);
		forEach(summary);
		return summary;
	}

	private static Finding finding(ResultSet rs) throws SQLException {
		return new Finding(rs.getString(1), Severity.valueOf(rs.getString(2)), (Integer) rs.getObject(3),
				(Integer) rs.getObject(4), (Integer) rs.getObject(5), rs.getString(6), rs.getBigDecimal(7),
				rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11),
				FindingJson.sources(rs.getString(12)));
	}

	void deleteAll() {
		jdbc.sql("DELETE FROM finding").update();
	}

	/** Appends findings in one JDBC batch, in list order (ids increase in that order). */
	void insert(List<Finding> findings, OffsetDateTime foundAt) {
		streaming.batchUpdate("INSERT INTO finding (" + COLUMNS + ", found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				findings, findings.size(), (ps, f) -> {
					ps.setString(1, f.rule());
					ps.setString(2, f.severity().name());
					ps.setObject(3, f.actielijn(), java.sql.Types.INTEGER);
					ps.setObject(4, f.action(), java.sql.Types.INTEGER);
					ps.setObject(5, f.year(), java.sql.Types.INTEGER);
					ps.setString(6, f.partner());
					ps.setBigDecimal(7, f.observed());
					ps.setBigDecimal(8, f.expected());
					ps.setBigDecimal(9, f.difference());
					ps.setBigDecimal(10, f.tolerance());
					ps.setString(11, f.message());
					ps.setString(12, FindingJson.sourcesJson(f.sources()));
					ps.setObject(13, foundAt);
				});
	}
}
