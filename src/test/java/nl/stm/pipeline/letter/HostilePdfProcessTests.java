package nl.stm.pipeline.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.stm.pipeline.support.HostilePdf;
import nl.stm.pipeline.support.PipelineProcess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile PDFs, built here, each small on disk and expensive to read, next to a good letter, in a
 * JVM of its own with a 256 MB heap: the hostile file fails with its code and one line, the good
 * file is read, the exit status is 1, and (for the import) the database stays usable.
 */
class HostilePdfProcessTests {

	static final Path KST_249 = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

	static final List<String> JVM = List.of("-Xmx256m");

	/** Ample for a good letter in a cold JVM on a busy machine; the hostile files need far more. */
	static final String TIMEOUT = "--pipeline.letters.timeout=PT20S";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path files;

	@TempDir
	Path home;

	@BeforeAll
	static void buildHostileFiles() throws Exception {
		HostilePdf.flateBomb(files.resolve("flate-bomb.pdf"), 1024);
		HostilePdf.textOperatorBomb(files.resolve("text-bomb.pdf"), 20_000_000);
		HostilePdf.deepNesting(files.resolve("deep-q.pdf"), 4_000_000);
		HostilePdf.hugeImage(files.resolve("huge-image.pdf"), 20_000);
		HostilePdf.pageTreeLoop(files.resolve("page-tree-loop.pdf"));
		HostilePdf.slowPage(files.resolve("slow-page.pdf"), 12);
	}

	static Stream<Arguments> hostileFiles() {
		return Stream.of(Arguments.of("flate-bomb.pdf", Set.of("TOO_LARGE", "TIMEOUT", "NO_TEXT")),
				Arguments.of("text-bomb.pdf", Set.of("TOO_LARGE", "TIMEOUT")),
				Arguments.of("deep-q.pdf", Set.of("TOO_LARGE", "TIMEOUT")),
				Arguments.of("huge-image.pdf", Set.of("NO_TEXT")),
				Arguments.of("page-tree-loop.pdf", Set.of("TRUNCATED", "IO", "NO_TEXT")),
				Arguments.of("slow-page.pdf", Set.of("TIMEOUT")));
	}

	@ParameterizedTest
	@MethodSource("hostileFiles")
	void extractFailsTheHostileFileAloneWithItsCodeAndOneLine(String name, Set<String> codes) throws Exception {
		// when
		PipelineProcess.Result result = PipelineProcess.run(home, JVM, "extract", files.resolve(name).toString(),
				KST_249.toAbsolutePath().toString(), TIMEOUT);

		// then
		List<String> lines = result.stdout().lines().toList();
		assertThat(lines).as(result.stderr()).hasSize(2);
		JsonNode hostile = JSON.readTree(lines.get(0));
		assertThat(hostile.at("/error/code").asString()).as(lines.get(0)).isIn(codes);
		assertThat(JSON.readTree(lines.get(1)).at("/document/number").asInt()).isEqualTo(249);
		assertThat(result.stderr().lines().toList()).as(result.stderr()).hasSize(2)
			.anyMatch(l -> l.startsWith(name + ": "))
			.anyMatch(l -> l.startsWith("kst-28638-249.pdf: programme overview (9 lines), 6 actielijn tables"));
		assertThat(result.exitCode()).isEqualTo(1);
	}

	@Test
	void runImportsTheOtherLettersAndKeepsTheDatabaseUsable() throws Exception {
		// given
		Path letters = Files.createDirectories(home.resolve("input/letters"));
		for (String name : List.of("deep-q.pdf", "slow-page.pdf")) {
			Files.copy(files.resolve(name), letters.resolve(name));
		}
		Files.copy(KST_249, letters.resolve("kst-28638-249.pdf"));

		// when
		PipelineProcess.Result run = PipelineProcess.run(home, JVM, "run", TIMEOUT);
		PipelineProcess.Result status = PipelineProcess.run(home, JVM, "status");

		// then
		assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
		assertThat(run.stdout()).contains("kst-28638-249.pdf: imported", "letters in input/letters: 3 (1 imported, 0 already imported, 2 failed)");
		assertThat(run.stderr().lines().toList()).hasSize(2)
			.anyMatch(l -> l.startsWith("deep-q.pdf: needs more memory than the 256m one letter may use")
					|| l.startsWith("deep-q.pdf: extraction took longer than 20 s"))
			.anyMatch(l -> l.startsWith("slow-page.pdf: extraction took longer than 20 s"));
		assertThat(run.stderr()).doesNotContain("Exception", "OutOfMemoryError");
		assertThat(status.exitCode()).isZero();
		assertThat(status.stdout()).contains("documents:     1");
	}
}
