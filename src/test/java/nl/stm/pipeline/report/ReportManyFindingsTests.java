package nl.stm.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.stm.pipeline.letter.LetterImporter;

/**
 * With 20,003 findings (two rules with thousands each, one with three), the page lists the first
 * {@value FindingsShown#PER_RULE} of each rule in the order they were found, counts every rule's
 * findings and says where all of them are; fact_finding.csv holds every one. The page reads only the
 * findings it lists, so its size (and the heap it takes) does not grow with their number.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:report-many-findings;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@DirtiesContext
class ReportManyFindingsTests {

	@TempDir
	static Path temp;

	@Autowired
	private LetterImporter importer;

	@Autowired
	private ReportLauncher launcher;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void output(DynamicPropertyRegistry registry) {
		registry.add("pipeline.output-dir", () -> temp.resolve("output").toString());
		registry.add("pipeline.input-dir", () -> temp.resolve("input").toString());
	}

	@Test
	void pageListsTheFirstFindingsOfEachRuleAndCountsThemAll() throws Exception {
		// given
		importer.importLetter(Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf"));
		jdbc.sql("""
				INSERT INTO finding (rule_id, severity, action_number, budget_year, observed_eur, expected_eur, difference_eur,
				  tolerance_eur, message, sources, found_at)
				SELECT CASE WHEN MOD(x, 5) < 3 THEN 'MANY_A' ELSE 'MANY_B' END, 'ERROR', MOD(x, 46) + 1, 2025, x, 0, x, 1,
				  'bevinding ' || x, '[]', CURRENT_TIMESTAMP
				FROM (SELECT "X" AS x FROM SYSTEM_RANGE(1, 20000)) r""").update();
		jdbc.sql("""
				INSERT INTO finding (rule_id, severity, message, sources, found_at)
				SELECT 'FEW', 'WARNING', 'enkele ' || "X", '[]', CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 3)""").update();

		// when
		Path run = launcher.report().run();

		// then
		Document page = Jsoup.parse(run.resolve("report.html").toFile(), "UTF-8");
		assertThat(page.select("tbody.finding")).hasSize(2 * FindingsShown.PER_RULE + 3);
		assertThat(page.select("tbody.finding").stream().filter(f -> f.text().contains("MANY_A")).map(f -> f.select(".muted").first().text()))
			.as("the first of the rule, in the order found")
			.containsExactly(java.util.stream.IntStream.rangeClosed(1, 20000).filter(x -> x % 5 < 3).limit(FindingsShown.PER_RULE)
				.mapToObj(x -> "bevinding " + x).toArray(String[]::new));
		assertThat(rule(page, "MANY_A").select("[data-field=count]").text()).isEqualTo("12.000");
		assertThat(rule(page, "MANY_A").select("[data-field=listed]").text()).isEqualTo(String.valueOf(FindingsShown.PER_RULE));
		assertThat(rule(page, "MANY_B").select("[data-field=count]").text()).isEqualTo("8.000");
		assertThat(rule(page, "FEW").select("[data-field=count]").text()).isEqualTo("3");
		assertThat(rule(page, "FEW").select("[data-field=listed]").text()).isEqualTo("3");
		assertThat(page.select("#bevindingen p.cut").text()).contains("report.xlsx", "fact_finding.csv");
		assertThat(page.select("[data-severity=ERROR]").text()).startsWith("20000");
		assertThat(ReportJobFunctionalTests.read(run.resolve("fact_finding.csv"))).hasSize(20_003);
	}

	private static Element rule(Document page, String rule) {
		return page.select("#bevindingen tr[data-rule=" + rule + "]").first();
	}
}
