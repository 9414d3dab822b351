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
 * With two programme editions imported (nr. 249 and the 2025-H1 report of the Actieplan 2023–2026,
 * the 2021 results annex of Samen tegen mensenhandel 2018–2022), the page shows its actielijnen per
 * edition, oldest first: the first edition's five actielijnen with their activities and latest
 * status, the Actieplan's six with their actions; each edition's actielijn 1 is its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:report-editions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@DirtiesContext
class ReportEditionsTests {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

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
	void actielijnenAreGroupedByEdition() throws Exception {
		// given
		importer.importLetter(FIXTURES.resolve("letters/kst-28638-249.pdf"));
		importer.importLetter(FIXTURES.resolve("progress/voortgang-2025-H1.pdf"));
		importer.importLetter(FIXTURES.resolve("progress/voortgang-2021.pdf"));

		// when
		Path run = launcher.report().run();

		// then
		Document page = Jsoup.parse(run.resolve("report.html").toFile(), "UTF-8");
		assertThat(page.select("#actielijnen div.edition").eachAttr("data-edition")).containsExactly("samen-2018", "actieplan-2023");
		assertThat(page.select("#actielijnen h3.edition").eachText()).containsExactly("Samen tegen mensenhandel (2018–2022)",
				"Actieplan Samen tegen mensenhandel (2023–2026)");
		Element first = page.selectFirst("div.edition[data-edition=samen-2018]");
		Element second = page.selectFirst("div.edition[data-edition=actieplan-2023]");
		assertThat(first.select("div[data-actielijn]")).hasSize(5);
		assertThat(second.select("div[data-actielijn]")).hasSize(6);
		assertThat(first.select("tr[data-action]")).isEmpty();
		assertThat(second.select("tr[data-action]")).hasSize(46);
		assertThat(first.select("tr[data-activity]")).hasSize(jdbc.sql(
				"SELECT COUNT(*) FROM bi.fact_status WHERE is_current AND layout = 'RESULTS' AND edition_key = 'samen-2018'")
			.query(Integer.class).single()).hasSizeGreaterThan(100);
		assertThat(first.selectFirst("div[data-actielijn=1] h3").text()).isEqualTo(
				"Actielijn 1. " + title("samen-2018"));
		assertThat(second.selectFirst("div[data-actielijn=1] h3").text()).isEqualTo(
				"Actielijn 1. " + title("actieplan-2023"));
		// every activity with a status shows the report's label in the legend's colour
		record Activity(int result, int activity, String label) {
		}
		Activity activity = jdbc.sql("""
				SELECT result_no, activity_no, status_label FROM bi.fact_status WHERE is_current AND layout = 'RESULTS'
				AND edition_key = 'samen-2018' AND actielijn_key = 1 AND status_label IS NOT NULL
				ORDER BY result_no, activity_no FETCH FIRST 1 ROWS ONLY""")
			.query((rs, n) -> new Activity(rs.getInt(1), rs.getInt(2), rs.getString(3)))
			.single();
		assertThat(first.selectFirst("div[data-actielijn=1] tr[data-result=" + activity.result() + "][data-activity="
				+ activity.activity() + "]").text()).contains(activity.label());
		assertThat(first.select("tr[data-activity] .icon[style*=color]")).isNotEmpty();
	}

	private String title(String edition) {
		return jdbc.sql("SELECT actielijn_title FROM bi.dim_actielijn WHERE edition_key = ? AND actielijn_key = 1")
			.param(edition)
			.query(String.class)
			.single();
	}
}
