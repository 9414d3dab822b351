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
 * letters then write the same editions, actielijnen and actions at once. Two byte-different copies
 * of one Kamerstuk, and two partner files of the same content, read at once: one is imported, the
 * other is its copy (which of the two names is recorded first is the race's, so these are checked
 * apart).
 */
class PartitionedPipelineTests {

	static final Path KST_249 = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

	@TempDir
	static Path inputs;

	@BeforeAll
	static void dropFolders() throws Exception {
		Path letters = Files.createDirectories(inputs.resolve("input/letters"));
		Files.copy(KST_249, letters.resolve("kst-28638-249.pdf"));
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
		Path copies = Files.createDirectories(inputs.resolve("copies/input/letters"));
		byte[] pdf = Files.readAllBytes(KST_249);
		for (int i = 0; i < 2; i++) {
			Files.write(copies.resolve("kst-28638-249-" + i + ".pdf"), copy(pdf, i));
		}
		Path sameContent = Files.createDirectories(inputs.resolve("copies/input/partners"));
		for (String name : List.of("partners_2025-H1.csv", "partners_2025-H1-again.csv")) {
			Files.copy(partners.resolve("partners_2025-H1.csv"), sameContent.resolve(name));
		}
	}

	@Test
	void twoWorkerThreadsEndWithTheDatabaseOfOne(@TempDir Path one, @TempDir Path two) throws Exception {
		// when
		PipelineProcess.Result single = run(inputs, one, 1);
		PipelineProcess.Result parallel = run(inputs, two, 2);

		// then
		for (PipelineProcess.Result result : List.of(single, parallel)) {
			// the generated partner files have rejected rows: exit status 1
			assertThat(result.exitCode()).as(result.stderr()).isEqualTo(PipelineCommand.INPUT_FAILED);
			assertThat(result.stderr()).doesNotContain("Exception");
			assertThat(result.stdout()).as(result.stdout()).contains("letters in input/letters: 5 (5 imported, 0 already imported, 0 failed)",
					"partner files in input/partners: 3 (3 ingested, 0 already ingested, 0 failed; 0 ignored)");
		}
		Map<String, List<String>> expected = DatabaseContent.of(one.resolve("data"));
		assertThat(expected.values().stream().mapToInt(List::size).sum()).isGreaterThan(3_000);
		assertThat(DatabaseContent.difference(expected, DatabaseContent.of(two.resolve("data")))).isEmpty();
	}

	@Test
	void twoCopiesOfOneKamerstukAndTwoFilesOfOneContentAtOnce(@TempDir Path home) throws Exception {
		// when
		PipelineProcess.Result result = run(inputs.resolve("copies"), home, 2);

		// then: one of each pair is read, the other is its copy
		assertThat(result.exitCode()).as(result.stderr()).isEqualTo(PipelineCommand.INPUT_FAILED);
		assertThat(result.stderr()).doesNotContain("Exception");
		assertThat(result.stdout()).as(result.stdout() + result.stderr())
			.contains("letters in input/letters: 2 (1 imported, 1 already imported, 0 failed)",
					"is a copy of Kamerstuk 28 638 nr. 249",
					"partner files in input/partners: 2 (1 ingested, 1 already ingested, 0 failed; 0 ignored)");
		Map<String, List<String>> content = DatabaseContent.of(home.resolve("data"));
		assertThat(rows(content, "document ")).hasSize(1);
		assertThat(rows(content, "document_copy ")).hasSize(1);
		assertThat(rows(content, "import_ledger ")).hasSize(1);
		assertThat(rows(content, "partner_submission ")).hasSize(995);
	}

	private static List<String> rows(Map<String, List<String>> content, String table) {
		return content.entrySet().stream().filter(e -> e.getKey().startsWith(table)).findFirst().orElseThrow().getValue();
	}

	private static PipelineProcess.Result run(Path from, Path home, int threads) throws Exception {
		for (String folder : List.of("letters", "partners")) {
			Path to = Files.createDirectories(home.resolve("input").resolve(folder));
			try (var files = Files.list(from.resolve("input").resolve(folder))) {
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
