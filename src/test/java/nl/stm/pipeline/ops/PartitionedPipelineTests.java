package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.stm.pipeline.partner.KnownActions;
import nl.stm.pipeline.partner.PartnerIngestBenchmark;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf;
import nl.stm.pipeline.pdf.variants.SampleLetters;
import nl.stm.pipeline.support.DatabaseContent;
import nl.stm.pipeline.support.PipelineProcess;

/**
 * The pipeline's letter and partner steps as partitioned steps: the same drop folders read by one
 * worker thread and by two end with the same database and the same summary lines, although two
 * letters then write the same editions, actielijnen and actions at once, two byte-different copies
 * of one Kamerstuk register at once, and two partner files of the same content are ingested at once.
 */
class PartitionedPipelineTests {

	static final Path KST_249 = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

	@TempDir
	static Path inputs;

	@BeforeAll
	static void dropFolders() throws Exception {
		Path letters = Files.createDirectories(inputs.resolve("input/letters"));
		byte[] pdf = Files.readAllBytes(KST_249);
		for (int i = 0; i < 2; i++) {
			Files.write(letters.resolve("kst-28638-249-" + i + ".pdf"), copy(pdf, i));
		}
		BudgetLetterPdf.Letter kst249 = SampleLetters.kst249();
		for (int number = 300; number < 304; number++) {
			BudgetLetterPdf.write(numbered(kst249, number), BudgetLetterPdf.Layout.standard(),
					letters.resolve("kst-28638-" + number + ".pdf"));
		}
		Path partners = Files.createDirectories(inputs.resolve("input/partners"));
		for (String period : List.of("2025-H1", "2025-H2", "2026-H1")) {
			PartnerIngestBenchmark.generate(partners.resolve("partners_" + period + ".csv"), 1_000,
					KnownActions.ofLetter249(), period);
		}
		Files.copy(partners.resolve("partners_2025-H1.csv"), partners.resolve("partners_2025-H1-again.csv"));
	}

	@Test
	void twoWorkerThreadsEndWithTheDatabaseOfOne(@TempDir Path one, @TempDir Path two) throws Exception {
		// when
		PipelineProcess.Result single = run(one, 1);
		PipelineProcess.Result parallel = run(two, 2);

		// then
		for (PipelineProcess.Result result : List.of(single, parallel)) {
			// the generated partner files have rejected rows: exit status 1
			assertThat(result.exitCode()).as(result.stderr()).isEqualTo(PipelineCommand.INPUT_FAILED);
			assertThat(result.stderr()).doesNotContain("Exception");
			assertThat(result.stdout()).as(result.stdout()).contains("letters in input/letters: 6 (5 imported, 1 already imported, 0 failed)",
					"partner files in input/partners: 4 (3 ingested, 1 already ingested, 0 failed; 0 ignored)");
		}
		assertThat(parallel.stdout().lines().filter(l -> l.endsWith(": imported"))).hasSize(5);
		assertThat(parallel.stdout()).contains("is a copy of Kamerstuk 28 638 nr. 249");
		Map<String, List<String>> expected = DatabaseContent.of(one.resolve("data"));
		assertThat(expected.values().stream().mapToInt(List::size).sum()).isGreaterThan(3_000);
		assertThat(DatabaseContent.difference(expected, DatabaseContent.of(two.resolve("data")))).isEmpty();
	}

	private static PipelineProcess.Result run(Path home, int threads) throws Exception {
		for (String folder : List.of("letters", "partners")) {
			Path to = Files.createDirectories(home.resolve("input").resolve(folder));
			try (var files = Files.list(inputs.resolve("input").resolve(folder))) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.copy(file, to.resolve(file.getFileName()));
				}
			}
		}
		return PipelineProcess.run(home, List.of("-Xmx256m"), "run", "--pipeline.workers.threads=" + threads);
	}

	/** Nr. 249 with another byte after its end: other content, the same Kamerstuk. */
	private static byte[] copy(byte[] pdf, int i) {
		byte[] copy = java.util.Arrays.copyOf(pdf, pdf.length + 16);
		byte[] comment = String.format("%%copy %08d%n", i).getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(comment, 0, copy, pdf.length, comment.length);
		return copy;
	}

	/** The letter under another Kamerstuk number: a document of its own with the same facts. */
	static BudgetLetterPdf.Letter numbered(BudgetLetterPdf.Letter letter, int number) {
		BudgetLetterPdf.Head h = letter.head();
		return new BudgetLetterPdf.Letter(letter.name() + "-" + number, new BudgetLetterPdf.Head(h.vergaderjaar(),
				h.dossier(), h.dossierTitle(), number, h.senderLine(), h.sender(), h.date()), letter.intro(),
				letter.overview(), letter.tables(), letter.notation());
	}
}
