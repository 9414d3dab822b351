package nl.stm.pipeline.letter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.letter.LetterHead;
import nl.stm.pipeline.pdf.progress.LegendEntry;
import nl.stm.pipeline.pdf.progress.ProgressLayout;
import nl.stm.pipeline.pdf.progress.ProgressReport;
import nl.stm.pipeline.pdf.progress.ProgressRow;
import nl.stm.pipeline.pdf.progress.ResultLevel;
import nl.stm.pipeline.pdf.progress.StatusCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2021 results/activities annex of the first edition as the extraction gives it, built from its
 * expected values (fixtures/progress/voortgang-2021.expected.json: 122 activities of 5 actielijnen),
 * so storage of RESULTS rows is tested apart from reading the PDF.
 */
final class Annex2021Letter {

	static final Path EXPECTED = Path.of("src/test/resources/fixtures/progress/voortgang-2021.expected.json");

	/** The actielijn headings the annex prints ("Actielijn 1: …"). */
	static final Map<Integer, String> ACTIELIJNEN = Map.of(1, "Doorontwikkeling basis aanpak mensenhandel", 2,
			"Doorontwikkeling van de aanpak van arbeidsuitbuiting", 3, "Voorkomen van slachtofferschap en daderschap", 4,
			"Versterken van de gemeentelijke aanpak van mensenhandel", 5, "Delen van kennis en informatie");

	private Annex2021Letter() {
	}

	static ExtractedLetter of(String sha256) throws Exception {
		JsonNode expected = JsonMapper.builder().build().readTree(Files.readString(EXPECTED));
		List<LegendEntry> legend = new ArrayList<>();
		for (JsonNode e : expected.get("legend")) {
			legend.add(new LegendEntry(StatusCode.valueOf(e.get("status").asString()), e.get("label").asString(),
					e.get("colour").asString(), null, 23));
		}
		List<ProgressRow> rows = new ArrayList<>();
		for (JsonNode r : expected.get("rows")) {
			int actielijn = r.get("actielijn").asInt();
			rows.add(new ProgressRow(r.get("activity").asInt(), actielijn, r.get("title").asString(), List.of(),
					r.get("status").isNull() ? null : StatusCode.valueOf(r.get("status").asString()),
					r.get("status_label").isNull() ? null : r.get("status_label").asString(), r.get("toelichting").asString(), 1,
					new ResultLevel(ACTIELIJNEN.get(actielijn), r.get("theme").isNull() ? null : r.get("theme").asString(),
							r.get("result").asInt(), r.get("result_title").asString(), r.get("numbered").asBoolean())));
		}
		ProgressReport report = new ProgressReport(expected.get("period").asString(), 1, legend, ProgressLayout.RESULTS, rows);
		return new ExtractedLetter("voortgang-2021.pdf", sha256, 23,
				new LetterHead(null, null, null, null, null, expected.get("title").asString(), null), null, List.of(), List.of(),
				List.of(report), List.of());
	}
}
