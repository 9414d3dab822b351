package nl.stm.pipeline.bi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

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
 * action and year, so summing current budget lines never counts an amount twice.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:bi_views;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@DirtiesContext
class BiViewsTests {

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
		jdbc.sql("""
				INSERT INTO document (sha256, file_name, pages, dossier, number, letter_date, imported_at, edition_key, identity_key, version_no)
				VALUES (?, 'kst-28638-300.pdf', 1, '28 638', 300, DATE '2025-11-01', CURRENT_TIMESTAMP, 'actieplan-2023', 'kamerstuk:28638:300', 1)""")
			.param("f".repeat(64)).update();
		long document = jdbc.sql("SELECT id FROM document WHERE number = 300").query(Long.class).single();
		jdbc.sql("""
				INSERT INTO letter_table (document_id, table_no, kind, actielijn_number, unit, first_page, last_page)
				VALUES (?, 1, 'ACTIELIJN', 1, 'x1', 1, 1)""").param(document).update();
		long table = jdbc.sql("SELECT id FROM letter_table WHERE document_id = ?").param(document).query(Long.class).single();
		jdbc.sql("""
				INSERT INTO action_row (table_id, document_id, row_no, actielijn_number, action_numbers, title, is_new, page)
				VALUES (?, ?, 1, 1, ?, 'restated', FALSE, 1)""").params(table, document, String.valueOf(action)).update();
		long row = jdbc.sql("SELECT id FROM action_row WHERE document_id = ?").param(document).query(Long.class).single();
		jdbc.sql("INSERT INTO action_row_action (action_row_id, edition_key, action_number) VALUES (?, 'actieplan-2023', ?)")
			.params(row, action)
			.update();
		jdbc.sql("""
				INSERT INTO budget_line (action_row_id, document_id, budget_year, amount_eur, raw_text, source_unit, page)
				VALUES (?, ?, ?, ?, '123.456', 'x1', 1)""").params(row, document, year, amount).update();
	}

	private int count(String view) {
		return jdbc.sql("SELECT COUNT(*) FROM bi." + view).query(Integer.class).single();
	}
}
