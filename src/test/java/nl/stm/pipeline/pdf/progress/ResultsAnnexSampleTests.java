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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The first edition's 2021 results annex (23 landscape pages, Word via LibreOffice: five actielijnen, 34 results
 * over 122 activities, a legend after each actielijn) against its hand-checked expected extraction: every
 * activity's actielijn, theme, result, result title, number, title, status, label and explanation.
 */
class ResultsAnnexSampleTests {

	private static ExtractedLetter letter;

	private static JsonNode expected;

	private static List<ProgressRow> rows;

	@BeforeAll
	static void extract() throws Exception {
		letter = new LetterExtractor().extract(Path.of("src/test/resources/fixtures/progress/voortgang-2021.pdf"));
		expected = ExpectedExtraction.read(Path.of("src/test/resources/fixtures/progress/voortgang-2021.expected.json"));
		rows = letter.progressReports().get(0).rows();
	}

	@Test
	void readsOneResultsReportOfTheYear2021WithoutDoubts() {
		assertThat(letter.progressReports()).hasSize(1);
		ProgressReport report = letter.progressReports().get(0);
		assertThat(report.layout()).isEqualTo(ProgressLayout.RESULTS);
		assertThat(report.period()).isEqualTo("2021");
		assertThat(report.firstPage()).isEqualTo(1);
		assertThat(report.legend()).extracting(LegendEntry::status).containsExactly(StatusCode.values());
		assertThat(letter.warnings()).isEmpty();
	}

	@Test
	void readsAll122ActivitiesCellByCell() {
		ExpectedExtraction.assertResultsAnnex(letter.progressReports().get(0), expected);
		assertThat(rows).hasSize(122);
	}

	@Test
	void takesActielijnTitlesFromTheirHeadings() {
		Map<Integer, String> titles = new LinkedHashMap<>();
		rows.forEach(r -> titles.putIfAbsent(r.actielijn(), r.resultLevel().actielijnTitle()));
		assertThat(titles).containsExactly(Map.entry(1, "Doorontwikkeling basis aanpak mensenhandel"),
				Map.entry(2, "Doorontwikkeling van de aanpak van arbeidsuitbuiting"),
				Map.entry(3, "Voorkomen van slachtofferschap en daderschap"),
				Map.entry(4, "Versterken van de gemeentelijke aanpak van mensenhandel"),
				Map.entry(5, "Delen van kennis en informatie"));
	}

	@Test
	void fullWidthNotesAreNoActivitiesAndUnnumberedActivitiesTakeTheirPosition() {
		List<ProgressRow> result25 = rows.stream().filter(r -> r.resultLevel().result() == 25).toList();
		assertThat(result25).extracting(ProgressRow::action).containsExactly(1, 2, 3);
		assertThat(result25).noneMatch(r -> r.title().startsWith("Motie") || r.title().startsWith("De uitvoering"));
		List<ProgressRow> result31 = rows.stream().filter(r -> r.resultLevel().result() == 31).toList();
		assertThat(result31).extracting(ProgressRow::action).containsExactly(1, 2, 3, 4);
		assertThat(result31).noneMatch(r -> r.resultLevel().numbered());
		// "IBP-" at the end of a line in the Resultaat cell is part of the word
		assertThat(rows.stream().filter(r -> r.resultLevel().result() == 28).findFirst().orElseThrow().resultLevel()
			.resultTitle()).isEqualTo("Versterking signalering door gemeenten / Uitwerking IBP-afspraken");
	}

	@Test
	void writesTheResultLevelInTheInterchangeFormat() {
		JsonMapper mapper = JsonMapper.builder().build();
		ArrayNode reports = mapper.createArrayNode();
		ProgressJson.write(reports, letter.progressReports());
		JsonNode report = reports.get(0);
		assertThat(report.get("layout").asString()).isEqualTo("results");
		assertThat(report.get("period").asString()).isEqualTo("2021");
		JsonNode first = report.get("rows").get(0);
		assertThat(first.get("result").asInt()).isEqualTo(1);
		assertThat(first.get("activity").asInt()).isEqualTo(1);
		assertThat(first.get("theme").asString()).isEqualTo("Signalering");
		assertThat(first.get("status").asString()).isEqualTo("VERTRAAGD");
	}
}
