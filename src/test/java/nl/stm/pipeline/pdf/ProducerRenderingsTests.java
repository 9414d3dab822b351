package nl.stm.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * The programme's letters as real producers print them, not as our own PDFBox writer does:
 * nr. 249 and the 2025-H1 progress report rendered by Chromium, LibreOffice Writer (from HTML and
 * from DOCX), WeasyPrint and wkhtmltopdf (whole pages shrunk, a line cut by a page break printed on both pages), each with other table habits (open or double row spacing, centred
 * captions and titles, headers wrapped white on a dark band, numbers left-aligned in narrow columns,
 * icons as clipped fills, characters, SVG or PNG, legends at the top, in the footer or across a page
 * break); and the first edition's 2021 results annex (square icons, legend once at the end, portrait,
 * unnumbered activities, result cells centred over their activities). Every file is read exactly, cell by
 * cell, against its expected JSON. The PDFs and the
 * script that made them: {@code src/test/resources/fixtures/producers}, {@code src/test/scripts/producers}.
 */
class ProducerRenderingsTests {

	private static final Path DIR = Path.of("src/test/resources/fixtures/producers");

	static Stream<Path> budgetLetters() throws IOException {
		return renderings("kst-");
	}

	static Stream<Path> progressReports() throws IOException {
		return renderings("voortgang-").filter(pdf -> !resultsAnnex(pdf));
	}

	static Stream<Path> resultsAnnexes() throws IOException {
		return renderings("voortgang-").filter(ProducerRenderingsTests::resultsAnnex);
	}

	/** The expected rows of a results annex name their result. */
	private static boolean resultsAnnex(Path pdf) {
		JsonNode rows = expectedFor(pdf).get("rows");
		return rows != null && !rows.isEmpty() && rows.get(0).has("result");
	}

	private static Stream<Path> renderings(String prefix) throws IOException {
		try (Stream<Path> files = Files.list(DIR)) {
			return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".pdf"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("budgetLetters")
	void readsEveryBudgetCellOfTheLetter(Path pdf) throws Exception {
		ExtractedLetter letter = new LetterExtractor().extract(pdf);
		JsonNode expected = expectedFor(pdf);
		ExpectedExtraction.assertHead(letter, expected);
		ExpectedExtraction.assertOverview(letter.overview(), expected);
		assertThat(ExpectedExtraction.assertActielijnTables(letter.actielijnTables(), expected)).isEqualTo(46);
		assertThat(letter.progressReports()).isEmpty();
		assertThat(letter.warnings()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("progressReports")
	void readsEveryRowOfTheProgressReport(Path pdf) throws Exception {
		ExtractedLetter letter = new LetterExtractor().extract(pdf);
		assertThat(letter.progressReports()).hasSize(1);
		ExpectedExtraction.assertProgressReport(letter.progressReports().get(0), expectedFor(pdf));
		assertThat(letter.warnings()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resultsAnnexes")
	void readsEveryActivityOfTheResultsAnnex(Path pdf) throws Exception {
		ExtractedLetter letter = new LetterExtractor().extract(pdf);
		assertThat(letter.progressReports()).hasSize(1);
		ExpectedExtraction.assertResultsAnnex(letter.progressReports().get(0), expectedFor(pdf));
		assertThat(letter.warnings()).isEmpty();
	}

	private static JsonNode expectedFor(Path pdf) {
		String name = pdf.getFileName().toString();
		return ExpectedExtraction.read(pdf.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json"));
	}
}
