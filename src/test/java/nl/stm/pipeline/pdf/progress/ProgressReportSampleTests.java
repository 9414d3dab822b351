package nl.stm.pipeline.pdf.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.stm.pipeline.letter.ProgressJson;
import nl.stm.pipeline.pdf.ExpectedExtraction;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.LetterExtractor;
import nl.stm.pipeline.pdf.page.Shape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The real progress report 2025-H1 (nine landscape pages, 46 actions, status as coloured circles
 * explained by a legend on the last page) against its hand-checked expected extraction: every
 * action number, status, status label, holder and explanation.
 */
class ProgressReportSampleTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static ExtractedLetter letter;

	private static JsonNode expected;

	@BeforeAll
	static void extract() throws Exception {
		letter = new LetterExtractor().extract(Path.of("src/test/resources/fixtures/progress/voortgang-2025-H1.pdf"));
		expected = MAPPER.readTree(Path.of("src/test/resources/fixtures/progress/voortgang-2025-H1.expected.json").toFile());
	}

	@Test
	void readsOneReportWithItsPeriodAndLegend() {
		assertThat(letter.progressReports()).hasSize(1);
		ProgressReport report = letter.progressReports().get(0);
		assertThat(report.period()).isEqualTo(expected.get("period").asString()).isEqualTo("2025-H1");
		assertThat(report.firstPage()).isEqualTo(1);
		Map<String, String> legend = new LinkedHashMap<>();
		report.legend().forEach(e -> legend.put(e.status().name(), e.colour()));
		Map<String, String> expectedLegend = new LinkedHashMap<>();
		expected.get("legend").properties().forEach(e -> expectedLegend.put(e.getKey(), e.getValue().asString()));
		assertThat(legend).isEqualTo(expectedLegend);
		assertThat(report.legend()).extracting(LegendEntry::label)
			.containsExactly("Voltooid", "Doorlopend", "In uitvoering", "In uitvoering maar met vertraging",
					"Nog niet in gang gezet");
		assertThat(report.legend()).allMatch(e -> e.form() == Shape.Form.ROUND && e.page() == 9);
		assertThat(letter.warnings()).isEmpty();
	}

	@Test
	void readsAll46RowsCellByCell() {
		ExpectedExtraction.assertProgressReport(letter.progressReports().get(0), expected);
		assertThat(letter.progressReports().get(0).rows()).hasSize(46);
	}

	@Test
	void readsActielijnenTitlesAndPages() {
		List<ProgressRow> rows = letter.progressReports().get(0).rows();
		assertThat(rows.get(0).actielijn()).isEqualTo(1);
		assertThat(rows.get(0).title()).isEqualTo("Inventarisatie bestaande bewustwordingscampagnes.");
		assertThat(rows.get(2).title()).isEqualTo(
				"Een gerichte communicatiestrategie (in 2024 gericht op seksuele uitbuiting en in 2025 gericht op arbeids- en criminele uitbuiting).");
		// actielijn 2 opens on page 2, above action 10
		assertThat(rows.get(9).actielijn()).isEqualTo(2);
		assertThat(rows.get(9).page()).isEqualTo(2);
		assertThat(rows.stream().filter(r -> r.action() == 22).findFirst().orElseThrow().actielijn()).isEqualTo(3);
		assertThat(rows.stream().filter(r -> r.action() == 29).findFirst().orElseThrow().actielijn()).isEqualTo(4);
		assertThat(rows.stream().filter(r -> r.action() == 40).findFirst().orElseThrow().actielijn()).isEqualTo(5);
		assertThat(rows.get(45).actielijn()).isEqualTo(6);
		assertThat(rows.get(45).page()).isEqualTo(9);
		// holders that share a line with the action text, without a column gap between them
		assertThat(rows.get(13).holders()).containsExactly("KMar", "VNG");
		assertThat(rows.get(41).holders()).containsExactly("SZW");
		assertThat(rows.get(41).title()).isEqualTo("Doorvoering mogelijke aanpassingen");
	}

	@Test
	void writesTheProgressReportsJson() {
		ArrayNode array = MAPPER.createArrayNode();
		ProgressJson.write(array, letter.progressReports());
		JsonNode report = array.get(0);
		assertThat(report.get("period").asString()).isEqualTo("2025-H1");
		assertThat(report.get("first_page").asInt()).isEqualTo(1);
		assertThat(report.get("legend")).hasSize(5);
		JsonNode first = report.get("legend").get(0);
		assertThat(first.get("status").asString()).isEqualTo("VOLTOOID");
		assertThat(first.get("label").asString()).isEqualTo("Voltooid");
		assertThat(first.get("colour").asString()).isEqualTo("#39870c");
		assertThat(first.get("shape").asString()).isEqualTo("ROUND");
		JsonNode row = report.get("rows").get(1);
		assertThat(row.get("action").asInt()).isEqualTo(2);
		assertThat(row.get("actielijn").asInt()).isEqualTo(1);
		assertThat(row.get("title").asString()).isEqualTo("Nulmeting signaleerders.");
		assertThat(row.get("holders")).extracting(JsonNode::asString)
			.containsExactly("CoMensha", "Defence for Children", "VWS");
		assertThat(row.get("status").asString()).isEqualTo("VERTRAAGD");
		assertThat(row.get("status_label").asString()).isEqualTo("In uitvoering maar met vertraging");
		assertThat(row.get("page").asInt()).isEqualTo(1);
		assertThat(row.get("toelichting").asString()).startsWith("Dit signaal wordt vervolgens opgepakt");
	}

	@Test
	void aBudgetLetterHasNoProgressReport() throws Exception {
		ExtractedLetter budget = new LetterExtractor()
			.extract(Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf"));
		assertThat(budget.progressReports()).isEmpty();
	}

	static String normalise(String s) {
		return s.replaceAll("\\s+", " ").trim();
	}
}
