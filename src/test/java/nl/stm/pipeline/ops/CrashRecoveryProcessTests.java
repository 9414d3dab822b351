package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import nl.stm.pipeline.support.DatabaseContent;
import nl.stm.pipeline.support.PipelineProcess;

/**
 * {@code run} killed (SIGKILL) or stopped (SIGTERM) in the middle of the letters and in the middle
 * of the partner files, in a JVM of its own, then run again: the database must equal a clean run's,
 * table by table, and no job or ledger entry may be left running.
 */
class CrashRecoveryProcessTests {

	static final Path KST_249 = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

	static final int LETTERS = 8;

	static final List<String> PERIODS = List.of("2025-H1", "2025-H2", "2026-H1");

	/** Small chunks, so that a file is many transactions and a kill lands in the middle of one. */
	static final String[] RUN = { "run", "--pipeline.partners.chunk-size=100" };

	@TempDir
	static Path inputs;

	static Map<String, List<String>> clean;

	static int cleanExit;

	@TempDir
	Path home;

	@BeforeAll
	static void cleanRun() throws Exception {
		// given: many letters (letter 249 with a different comment after its end: other content) and partner files
		Path letters = Files.createDirectories(inputs.resolve("letters"));
		byte[] pdf = Files.readAllBytes(KST_249);
		for (int i = 0; i < LETTERS; i++) {
			byte[] copy = java.util.Arrays.copyOf(pdf, pdf.length + 16);
			byte[] comment = String.format("%%copy %08d%n", i).getBytes(StandardCharsets.US_ASCII);
			System.arraycopy(comment, 0, copy, pdf.length, comment.length);
			Files.write(letters.resolve(String.format("kst-28638-249-%02d.pdf", i)), copy);
		}
		Path partners = Files.createDirectories(inputs.resolve("partners"));
		for (String period : PERIODS) {
			PartnerIngestBenchmark.generate(partners.resolve("partners_" + period + ".csv"), 1_500,
					KnownActions.ofLetter249(), period);
		}
		Path cleanHome = inputs.resolve("clean");
		copyInputs(cleanHome);
		PipelineProcess.Result result = PipelineProcess.run(cleanHome, List.of("-Xmx256m"), RUN);
		assertThat(result.stderr()).doesNotContain("Exception");
		cleanExit = result.exitCode();
		clean = DatabaseContent.of(cleanHome.resolve("data"));
		assertThat(clean.values().stream().mapToInt(List::size).sum()).isGreaterThan(4_000);
	}

	@Test
	void killedInTheLettersAndInThePartnerFilesTheNextRunEndsAsACleanRun() throws Exception {
		copyInputs(home);

		// when: killed while importing letters, then while ingesting partner files
		PipelineProcess first = PipelineProcess.start(home, List.of("-Xmx256m"), RUN);
		assertThat(first.awaitCondition(() -> imported(first.stdout()) >= 3)).isTrue();
		first.kill();
		PipelineProcess second = PipelineProcess.start(home, List.of("-Xmx256m"), RUN);
		assertThat(second.awaitCondition(() -> processed() >= 1)).isTrue();
		second.kill();
		PipelineProcess.Result rerun = PipelineProcess.run(home, List.of("-Xmx256m"), RUN);

		// then
		assertThat(rerun.stderr()).doesNotContain("Exception", "already running");
		assertThat(rerun.exitCode()).isEqualTo(cleanExit);
		assertThat(DatabaseContent.difference(clean, DatabaseContent.of(home.resolve("data")))).isEmpty();
	}

	@Test
	void stoppedBySigtermItSaysSoInOneLineExitsNonZeroAndTheNextRunEndsAsACleanRun() throws Exception {
		copyInputs(home);

		// when: SIGTERM while importing letters, then while ingesting partner files
		PipelineProcess first = PipelineProcess.start(home, List.of("-Xmx256m"), RUN);
		assertThat(first.awaitCondition(() -> imported(first.stdout()) >= 3)).isTrue();
		first.terminate();
		PipelineProcess.Result stoppedInLetters = first.await();
		PipelineProcess second = PipelineProcess.start(home, List.of("-Xmx256m"), RUN);
		assertThat(second.awaitCondition(() -> processed() >= 1)).isTrue();
		second.terminate();
		PipelineProcess.Result stoppedInPartners = second.await();

		// then: each stop is said in one line, with exit status 3
		for (PipelineProcess.Result stopped : List.of(stoppedInLetters, stoppedInPartners)) {
			assertThat(stopped.exitCode()).as(stopped.stderr()).isEqualTo(PipelineCommand.STOPPED);
			assertThat(stopped.stderr().lines().filter(l -> l.startsWith("run: stopped (SIGTERM)"))).hasSize(1);
			assertThat(stopped.stderr()).doesNotContain("Exception");
		}
		Map<String, List<String>> afterStop = DatabaseContent.of(home.resolve("data"));
		assertThat(afterStop.get(ledgerKey(afterStop))).noneMatch(row -> row.contains("RUNNING"));

		// and the next run resumes and ends as a clean run
		PipelineProcess.Result rerun = PipelineProcess.run(home, List.of("-Xmx256m"), RUN);
		assertThat(rerun.stderr()).doesNotContain("Exception", "already running");
		assertThat(rerun.exitCode()).isEqualTo(cleanExit);
		assertThat(DatabaseContent.difference(clean, DatabaseContent.of(home.resolve("data")))).isEmpty();
	}

	private static String ledgerKey(Map<String, List<String>> content) {
		return content.keySet().stream().filter(k -> k.startsWith("import_ledger ")).findFirst().orElseThrow();
	}

	/** Letters done: the first file of nr. 249 is imported, the others (other bytes, same facts) are its copies. */
	private static long imported(String stdout) {
		return stdout.lines().filter(l -> l.endsWith(": imported") || l.contains(" is a copy of Kamerstuk 28 638 nr. 249")).count();
	}

	private long processed() {
		Path folder = home.resolve("input/partners/processed");
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (var files = Files.list(folder)) {
			return files.count();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static void copyInputs(Path target) throws IOException {
		for (String folder : List.of("letters", "partners")) {
			Path to = Files.createDirectories(target.resolve("input").resolve(folder));
			try (var files = Files.list(inputs.resolve(folder))) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.copy(file, to.resolve(file.getFileName()));
				}
			}
		}
	}
}
