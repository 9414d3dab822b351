package nl.stm.pipeline.reconcile;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores findings; a run replaces all earlier findings, so re-running never duplicates them. */
@Repository
public class FindingRepository {

	private final JdbcClient jdbc;

	FindingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Finding> all() {
		return jdbc.sql("""
				SELECT rule_id, severity, actielijn_number, action_number, budget_year, partner, observed_eur,
				  expected_eur, difference_eur, tolerance_eur, message, sources FROM finding ORDER BY id""")
			.query((rs, n) -> new Finding(rs.getString(1), Severity.valueOf(rs.getString(2)), (Integer) rs.getObject(3),
					(Integer) rs.getObject(4), (Integer) rs.getObject(5), rs.getString(6), rs.getBigDecimal(7),
					rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11),
					FindingJson.sources(rs.getString(12))))
			.list();
	}

	void replaceAll(List<Finding> findings) {
		jdbc.sql("DELETE FROM finding").update();
		OffsetDateTime now = OffsetDateTime.now();
		for (Finding f : findings) {
			jdbc.sql("""
					INSERT INTO finding (rule_id, severity, actielijn_number, action_number, budget_year, partner,
					  observed_eur, expected_eur, difference_eur, tolerance_eur, message, sources, found_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(f.rule(), f.severity().name(), f.actielijn(), f.action(), f.year(), f.partner(), f.observed(),
						f.expected(), f.difference(), f.tolerance(), f.message(), FindingJson.sourcesJson(f.sources()), now)
				.update();
		}
	}
}
