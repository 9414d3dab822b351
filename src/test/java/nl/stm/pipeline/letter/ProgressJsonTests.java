package nl.stm.pipeline.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.stm.pipeline.pdf.LetterExtractor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every progress-report row of the extract output (an action table, and the first edition's results
 * annex) has the {@code bbox} it was printed in, on its own page and inside it, and PDFBox finds the
 * start of the row's text inside that box: the report cuts status evidence from it.
 */
class ProgressJsonTests {

	@ParameterizedTest
	@ValueSource(strings = { "voortgang-2025-H1.pdf", "voortgang-2021.pdf" })
	void everyProgressRowHasTheBoxItWasPrintedIn(String file) throws Exception {
		// given
		Path pdf = Path.of("src/test/resources/fixtures/progress").resolve(file);

		// when
		JsonNode letter = JsonMapper.builder().build().readTree(LetterJson.toJsonLine(new LetterExtractor().extract(pdf)));

		// then
		int rows = 0;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (JsonNode report : letter.get("progress_reports")) {
				for (JsonNode row : report.get("rows")) {
					JsonNode box = row.get("bbox");
					assertThat(box).as("bbox of %s", row).isNotNull();
					int page = box.get("page").asInt();
					assertThat(page).isEqualTo(row.get("page").asInt());
					PDRectangle media = document.getPage(page - 1).getMediaBox();
					float x0 = box.get("x0").floatValue();
					float y0 = box.get("y0").floatValue();
					float x1 = box.get("x1").floatValue();
					float y1 = box.get("y1").floatValue();
					assertThat(x0).isGreaterThanOrEqualTo(0).isLessThan(x1);
					assertThat(y0).isGreaterThanOrEqualTo(0).isLessThan(y1);
					assertThat(x1).isLessThanOrEqualTo(media.getWidth());
					assertThat(y1).isLessThanOrEqualTo(media.getHeight());
					String firstWord = row.get("title").asString().split("\\s+")[0];
					assertThat(textIn(document, page, x0, y0, x1, y1)).as("text in the box of %s", row).contains(firstWord);
					rows++;
				}
			}
		}
		assertThat(rows).isGreaterThan(40);
	}

	private static String textIn(PDDocument pdf, int page, float x0, float y0, float x1, float y1) throws Exception {
		PDFTextStripperByArea stripper = new PDFTextStripperByArea();
		stripper.setSortByPosition(true);
		stripper.addRegion("row", new Rectangle2D.Float(x0 - 0.5f, y0, x1 - x0 + 1, y1 - y0));
		stripper.extractRegions(pdf.getPage(page - 1));
		return stripper.getTextForRegion("row");
	}
}
