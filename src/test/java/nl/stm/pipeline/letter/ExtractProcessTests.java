package nl.stm.pipeline.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
		Result result = extract(letter, broken);

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

	private record Result(int exitCode, String stdout, String stderr) {
	}

	/** Runs the launcher in a new JVM on the main classpath (test classes and their logging left out). */
	private Result extract(Path... files) throws IOException, InterruptedException {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		String mainClasspath = Arrays.stream(classpath.split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new java.util.ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", mainClasspath,
				"nl.stm.pipeline.PipelineApplication", "extract"));
		for (Path file : files) {
			command.add(file.toString());
		}
		Path out = dir.resolve("stdout.txt");
		Path err = dir.resolve("stderr.txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("extract did not finish within 2 minutes");
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
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
