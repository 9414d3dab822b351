package nl.stm.pipeline.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.stm.pipeline.support.PipelineProcess;
import nl.stm.pipeline.support.ProseLetterPdf;

/**
 * {@code extract} as a user runs it: a JVM of its own with the main classpath only (no test
 * logging configuration), on letters whose fonts are not embedded, which makes PDFBox log
 * warnings on machines without those fonts. Standard output must hold the JSON Lines and nothing
 * else; the exit status says whether every file was read.
 */
class ExtractProcessTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Test
	void standardOutputHoldsOnlyJsonLinesWhateverPdfBoxLogs() throws Exception {
		// given: a prose letter in non-embedded Helvetica, and a file that is no PDF
		Path letter = proseLetter(dir.resolve("kst-28638-217.pdf"));
		Path broken = Files.writeString(dir.resolve("notes.pdf"), "not a pdf at all");

		// when
		PipelineProcess.Result result = extract(letter, broken);

		// then
		List<String> lines = result.stdout().lines().toList();
		assertThat(lines).as("stdout was:%n%s%nstderr was:%n%s", result.stdout(), result.stderr()).hasSize(2);
		JsonNode first = JSON.readTree(lines.get(0));
		assertThat(first.at("/source/file").asString()).isEqualTo("kst-28638-217.pdf");
		assertThat(first.at("/document/number").asInt()).isEqualTo(217);
		assertThat(first.at("/document/date").asString()).isEqualTo("2023-03-22");
		assertThat(first.at("/text_amounts/0/eur").asLong()).isEqualTo(2_000_000L);
		JsonNode second = JSON.readTree(lines.get(1));
		assertThat(second.at("/error/code").asString()).isEqualTo("NOT_A_PDF");
		assertThat(result.exitCode()).isEqualTo(1);
	}

	private PipelineProcess.Result extract(Path... files) throws IOException, InterruptedException {
		List<String> args = new java.util.ArrayList<>(List.of("extract"));
		for (Path file : files) {
			args.add(file.toString());
		}
		return PipelineProcess.run(dir.resolve("work"), List.of(), args.toArray(String[]::new));
	}

	/** The head and a paragraph of nr. 217, a letter of prose only, in Helvetica that is not embedded. */
	private static Path proseLetter(Path file) throws IOException {
		return ProseLetterPdf.write(file, Standard14Fonts.FontName.HELVETICA, List.of(List.of("Vergaderjaar 2022-2023",
				"28 638 Mensenhandel", "Nr. 217", "BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID",
				"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 22 maart 2023",
				"In het Coalitieakkoord is afgesproken dat het programma Samen tegen mensenhandel wordt",
				"voortgezet. Daarnaast is per 1 januari 2023 structureel \u20ac 2 miljoen beschikbaar voor de",
				"uitvoering van het programma.", "De Staatssecretaris van Justitie en Veiligheid,")));
	}
}
