package nl.stm.pipeline.bi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import nl.stm.pipeline.model.ActionModelRepository;

/**
 * The bi schema on H2 after a sample run: the star schema and wide views exist, each with a
 * data-dictionary comment on the view and every column, and "current" means the latest letter per
 * action and year, so summing current budget lines never counts an amount twice; the views that decide
 * what is current in one pass (V13) give the rows of their per-row definitions. Each test has a
 * database of its own (a test adds letters).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:bi_views;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class BiViewsTests {

	/** bi.dim_document.document_seq as V8_1 defined it. */
	private static final String DOCUMENT_SEQ = """
			SELECT d.id AS document_key, d.superseded_by_id,
			       ROW_NUMBER() OVER (ORDER BY COALESCE(d.letter_date, DATE '1900-01-01'), COALESCE(d.number, 0), d.version_no, d.id) AS document_seq
			FROM document d""";

	/** bi.current_budget_line as V8_1 defined it: per line, no later current letter for an action of its row and its year. */
	private static final String CURRENT_BUDGET_LINE = """
			SELECT b.id FROM budget_line b
			JOIN (%1$s) d ON d.document_key = b.document_id AND d.superseded_by_id IS NULL
			WHERE NOT EXISTS (
			    SELECT 1 FROM action_row_action mine
			    JOIN action_row_action other ON other.edition_key = mine.edition_key AND other.action_number = mine.action_number
			    JOIN budget_line later ON later.action_row_id = other.action_row_id AND later.budget_year = b.budget_year
			    JOIN (%1$s) ld ON ld.document_key = later.document_id AND ld.superseded_by_id IS NULL
			    WHERE mine.action_row_id = b.action_row_id AND ld.document_seq > d.document_seq)""".formatted(DOCUMENT_SEQ);

	/** bi.fact_budget's action_key and is_current as V8_1 defined them. */
	private static final String FACT_BUDGET_CURRENCY = """
			SELECT b.id, (SELECT MIN(ra.action_number) FROM action_row_action ra WHERE ra.action_row_id = b.action_row_id),
			       CASE WHEN b.id IN (%s) THEN TRUE ELSE FALSE END
			FROM budget_line b JOIN current_document d ON d.id = b.document_id""".formatted(CURRENT_BUDGET_LINE);

	/** bi.current_status_report as V8_1 defined it. */
	private static final String CURRENT_STATUS_REPORT = """
			SELECT ranked.status_key FROM (
			    SELECT r.id AS status_key,
			           ROW_NUMBER() OVER (PARTITION BY dd.edition_key, r.layout, r.action_number,
			                                CASE WHEN r.layout = 'RESULTS' THEN r.actielijn_number END, r.result_no, r.activity_no
			                              ORDER BY d.document_seq DESC, r.period DESC NULLS LAST, r.report_no DESC, r.row_no DESC) AS recency
			    FROM status_report r
			    JOIN (%s) d ON d.document_key = r.document_id AND d.superseded_by_id IS NULL
			    JOIN document dd ON dd.id = r.document_id) ranked
			WHERE ranked.recency = 1""".formatted(DOCUMENT_SEQ);

	/** bi.v_action as V9_1 defined it: the partner sums grouped apart and joined to every action. */
	private static final String ACTION_WITH_PARTNER_SUMS = """
			SELECT o.action_key, o.action_title, o.actielijn_key, o.actielijn_title, o.is_new, o.current_budget_eur,
			       o.latest_status_label, o.latest_status_period_key, CAST(p.partner_budgeted_eur AS NUMERIC(19, 2)),
			       CAST(p.partner_spent_eur AS NUMERIC(19, 2)), o.finding_count, o.edition_key
			FROM action_overview o
			LEFT JOIN (SELECT edition_key, action_key, SUM(budgeted_eur) AS partner_budgeted_eur, SUM(spent_eur) AS partner_spent_eur
			           FROM bi.fact_partner_submission GROUP BY edition_key, action_key) p
			       ON p.edition_key = o.edition_key AND p.action_key = o.action_key""";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private BiCatalog catalog;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ActionModelRepository model;

	@TempDir
	Path work;

	@Test
	void everyViewAndColumnIsCommentedAndEveryFactHasRows() throws Exception {
		// given
		SampleRun.load(context, work);

		// when
		var views = catalog.views();

		// then
		assertThat(views).extracting(BiCatalog.View::name)
			.contains("dim_document", "dim_actielijn", "dim_action", "dim_partner", "dim_period", "fact_budget",
					"fact_partner_submission", "fact_status", "fact_finding", "fact_rejected_row", "v_budget",
					"v_partner_submission", "v_status", "v_finding", "v_action", "v_input_file");
		for (BiCatalog.View view : views) {
			assertThat(view.comment()).as(view.name()).isNotBlank();
			assertThat(view.columns()).as(view.name()).isNotEmpty();
			view.columns().forEach(c -> assertThat(c.comment()).as(view.name() + "." + c.name()).isNotBlank());
			assertThat(view.columns()).extracting(BiCatalog.Column::name)
				.allMatch(n -> n.matches("[a-z][a-z0-9_]*"), "snake_case");
			if (view.name().startsWith("fact_") || view.name().startsWith("dim_")) {
				assertThat(count(view.name())).as(view.name()).isPositive();
			}
		}
		assertThat(count("fact_partner_submission")).isEqualTo(15);
		assertThat(count("fact_rejected_row")).isEqualTo(3);
		assertThat(jdbc.sql("SELECT period_type || ' ' || start_date || ' ' || end_date FROM bi.dim_period WHERE period_key = '2025-H2'")
			.query(String.class).single()).isEqualTo("half_year 2025-07-01 2025-12-31");
	}

	@Test
	void currentBudgetIsTheLatestLetterPerActionAndYear() throws Exception {
		// given: letter 249, and a later letter that restates one amount (an action's 2025 budget)
		SampleRun.load(context, work);
		int action = jdbc.sql("SELECT MIN(action_key) FROM bi.fact_budget WHERE budget_year = 2025").query(Integer.class).single();
		Map<Integer, BigDecimal> before = currentPerYear();
		Map<Integer, BigDecimal> letter249 = normalised(model.summary().actionBudgetPerYear());
		laterLetterRestating(action, 2025, new BigDecimal("123456.00"));

		// when
		Map<Integer, BigDecimal> after = currentPerYear();

		// then: with one letter every line is current and the sums are the letter's
		assertThat(before).isEqualTo(letter249);
		assertThat(jdbc.sql("""
				SELECT f.amount_eur FROM bi.fact_budget f JOIN bi.dim_document d ON d.document_key = f.document_key
				WHERE f.action_key = ? AND f.budget_year = 2025 AND NOT f.is_current AND d.document_number = 249""")
			.param(action).query(BigDecimal.class).list()).hasSize(1);
		BigDecimal replaced = jdbc.sql("""
				SELECT amount_eur FROM bi.fact_budget WHERE action_key = ? AND budget_year = 2025 AND NOT is_current""")
			.param(action).query(BigDecimal.class).single();
		assertThat(after.get(2025)).isEqualByComparingTo(before.get(2025).subtract(replaced).add(new BigDecimal("123456")));
		assertThat(after.get(2024)).isEqualByComparingTo(before.get(2024));
		assertThat(jdbc.sql("SELECT current_budget_eur FROM bi.v_action WHERE action_key = ?").param(action)
			.query(BigDecimal.class).single())
			.isEqualByComparingTo(jdbc.sql("SELECT SUM(amount_eur) FROM bi.fact_budget WHERE action_key = ? AND is_current")
				.param(action).query(BigDecimal.class).single());
	}

	@Test
	void currentViewsAgreeWithTheirDefinitionsRowByRow() throws Exception {
		// given: letter 249 and its progress report; a later letter whose row covers two actions of 249's
		// 2025 budget; a reprint of another later letter (its first version's amount is history only)
		SampleRun.load(context, work);
		List<Integer> actions = jdbc.sql("SELECT action_key FROM bi.fact_budget WHERE budget_year = 2025 ORDER BY action_key")
			.query(Integer.class).list();
		long twoActions = restating(letter(301, "2025-11-02", 1), 2025, new BigDecimal("5000.00"), actions.get(1), actions.get(2));
		long firstVersion = restating(letter(302, "2025-11-03", 1), 2025, new BigDecimal("7000.00"), actions.get(3));
		letter(302, "2025-11-03", 2);

		// then: the one-pass views give the rows of the per-row definitions of V8_1
		assertThat(rows("SELECT document_key, document_seq FROM bi.dim_document"))
			.containsExactlyInAnyOrderElementsOf(rows("SELECT document_key, document_seq FROM (" + DOCUMENT_SEQ + ") d"));
		assertThat(rows("SELECT budget_line_key FROM bi.current_budget_line"))
			.containsExactlyInAnyOrderElementsOf(rows(CURRENT_BUDGET_LINE));
		assertThat(rows("SELECT budget_line_key, action_key, is_current FROM bi.fact_budget"))
			.containsExactlyInAnyOrderElementsOf(rows(FACT_BUDGET_CURRENCY));
		assertThat(rows("SELECT status_key FROM bi.current_status_report"))
			.containsExactlyInAnyOrderElementsOf(rows(CURRENT_STATUS_REPORT));
		assertThat(rows("SELECT status_key, is_current FROM bi.fact_status")).hasSizeGreaterThan(1)
			.containsExactlyInAnyOrderElementsOf(rows("""
					SELECT r.id, CASE WHEN r.id IN (%s) THEN TRUE ELSE FALSE END FROM status_report r
					JOIN current_document d ON d.id = r.document_id""".formatted(CURRENT_STATUS_REPORT)));
		// and the cases are there: 249's lines for both actions of the later row are replaced, the
		// later row counts for its first action, the superseded version's line is left out
		assertThat(rows("SELECT action_key, is_current FROM bi.fact_budget WHERE budget_line_key = " + twoActions))
			.containsExactly(List.of(actions.get(1), true));
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM bi.fact_budget f JOIN bi.dim_document d ON d.document_key = f.document_key
				WHERE d.document_number = 249 AND f.budget_year = 2025 AND NOT f.is_current""").query(Integer.class).single())
			.isEqualTo(2);
		assertThat(rows("SELECT budget_line_key FROM bi.fact_budget WHERE budget_line_key = " + firstVersion)).isEmpty();
	}

	@Test
	void partnerSumsPerActionAgreeWithTheirDefinitionRowByRow() throws Exception {
		// given: letter 249 and the sample partner files
		SampleRun.load(context, work);

		// when
		List<List<Object>> actions = rows("""
				SELECT action_key, action_title, actielijn_key, actielijn_title, is_new, current_budget_eur, latest_status_label,
				       latest_status_period_key, CAST(partner_budgeted_eur AS NUMERIC(19, 2)), CAST(partner_spent_eur AS NUMERIC(19, 2)),
				       finding_count, edition_key
				FROM bi.v_action""");

		// then: V14's one-scan sums give the rows of V9_1's per-action sums, and partners do report on some actions
		assertThat(actions).hasSize(count("dim_action") + statusRowsBeyondTheFirst())
			.containsExactlyInAnyOrderElementsOf(rows(ACTION_WITH_PARTNER_SUMS));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM bi.v_action WHERE partner_budgeted_eur IS NOT NULL").query(Integer.class).single())
			.isEqualTo(jdbc.sql("""
					SELECT COUNT(*) FROM bi.v_action a WHERE EXISTS (SELECT 1 FROM bi.fact_partner_submission p
					WHERE p.edition_key = a.edition_key AND p.action_key = a.action_key AND p.budgeted_eur IS NOT NULL)""")
				.query(Integer.class).single())
			.isPositive();
	}

	/** Rows bi.v_action has beyond one per action: an action with several current status rows has a row for each. */
	private int statusRowsBeyondTheFirst() {
		return jdbc.sql("""
				SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM bi.fact_status s
				JOIN bi.dim_action a ON a.edition_key = s.edition_key AND a.action_key = s.action_key
				WHERE s.is_current GROUP BY s.edition_key, s.action_key) x""").query(Integer.class).single();
	}

	private Map<Integer, BigDecimal> currentPerYear() {
		Map<Integer, BigDecimal> sums = new TreeMap<>();
		jdbc.sql("SELECT budget_year, SUM(amount_eur) FROM bi.fact_budget WHERE is_current GROUP BY budget_year")
			.query((rs, n) -> sums.put(rs.getInt(1), rs.getBigDecimal(2).stripTrailingZeros()))
			.list();
		return sums;
	}

	private static Map<Integer, BigDecimal> normalised(Map<Integer, BigDecimal> sums) {
		Map<Integer, BigDecimal> result = new TreeMap<>();
		sums.forEach((year, sum) -> result.put(year, sum.stripTrailingZeros()));
		return result;
	}

	private void laterLetterRestating(int action, int year, BigDecimal amount) {
		restating(letter(300, "2025-11-01", 1), year, amount, action);
	}

	/** A letter of dossier 28 638 with that number, date and version (a reprint supersedes the versions before it). */
	private long letter(int number, String date, int version) {
		jdbc.sql("""
				INSERT INTO document (sha256, file_name, pages, dossier, number, letter_date, imported_at, edition_key, identity_key, version_no)
				VALUES (?, ?, 1, '28 638', ?, CAST(? AS DATE), CURRENT_TIMESTAMP, 'actieplan-2023', ?, ?)""")
			.params(String.valueOf(number % 10).repeat(63) + version, "kst-28638-" + number + ".pdf", number, date,
					"kamerstuk:28638:" + number, version)
			.update();
		long document = jdbc.sql("SELECT id FROM document WHERE number = ? AND version_no = ?").params(number, version)
			.query(Long.class).single();
		jdbc.sql("UPDATE document SET superseded_by_id = ? WHERE number = ? AND version_no < ? AND superseded_by_id IS NULL")
			.params(document, number, version)
			.update();
		jdbc.sql("""
				INSERT INTO letter_table (document_id, table_no, kind, actielijn_number, unit, first_page, last_page)
				VALUES (?, 1, 'ACTIELIJN', 1, 'x1', 1, 1)""").param(document).update();
		return document;
	}

	/** A row of the letter's table covering these actions, with an amount for that year. */
	private long restating(long document, int year, BigDecimal amount, int... actions) {
		long table = jdbc.sql("SELECT id FROM letter_table WHERE document_id = ?").param(document).query(Long.class).single();
		int rowNo = jdbc.sql("SELECT COUNT(*) + 1 FROM action_row WHERE table_id = ?").param(table).query(Integer.class).single();
		String numbers = Arrays.stream(actions).mapToObj(String::valueOf).collect(Collectors.joining(", "));
		jdbc.sql("""
				INSERT INTO action_row (table_id, document_id, row_no, actielijn_number, action_numbers, title, is_new, page)
				VALUES (?, ?, ?, 1, ?, 'restated', FALSE, 1)""").params(table, document, rowNo, numbers).update();
		long row = jdbc.sql("SELECT id FROM action_row WHERE table_id = ? AND row_no = ?").params(table, rowNo)
			.query(Long.class).single();
		for (int action : actions) {
			jdbc.sql("INSERT INTO action_row_action (action_row_id, edition_key, action_number) VALUES (?, 'actieplan-2023', ?)")
				.params(row, action)
				.update();
		}
		jdbc.sql("""
				INSERT INTO budget_line (action_row_id, document_id, budget_year, amount_eur, raw_text, source_unit, page)
				VALUES (?, ?, ?, ?, '1', 'x1', 1)""").params(row, document, year, amount).update();
		return jdbc.sql("SELECT id FROM budget_line WHERE action_row_id = ?").param(row).query(Long.class).single();
	}

	private List<List<Object>> rows(String select) {
		return jdbc.sql(select).query((rs, n) -> {
			List<Object> row = new ArrayList<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				row.add(rs.getObject(i));
			}
			return row;
		}).list();
	}

	private int count(String view) {
		return jdbc.sql("SELECT COUNT(*) FROM bi." + view).query(Integer.class).single();
	}
}
