package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress is for a person at a terminal: without one (pipes, logs, serve, these tests) nothing is written. */
class ConsoleProgressTests {

	@TempDir
	Path dir;

	@Test
	void noConsoleIsNotInteractive() {
		assertThat(ConsoleProgress.interactive(null)).isFalse();
	}

	@Test
	void withoutATerminalTheBarIsQuietAndWritesNothing() {
		// given: the tests run with standard streams redirected, as a pipe or a log would
		PrintStream stderr = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			// when
			try (ConsoleProgress progress = ConsoleProgress.start("partners_2025-H2.csv", 1_000, "rows")) {
				progress.stepTo(500);
				progress.total(2_000);
				progress.step();

				// then
				assertThat(progress.shown()).isFalse();
			}
		}
		finally {
			System.setErr(stderr);
		}
		assertThat(captured.size()).isZero();
	}

	@Test
	void theRowsOfAFileAreEstimatedFromItsFirstLines() throws IOException {
		Path file = dir.resolve("rows.csv");
		StringBuilder csv = new StringBuilder("Organisatie;Periode\n");
		for (int i = 0; i < 100_000; i++) {
			csv.append("Partner;2025-H2\n"); // 16 bytes a line, as the header (20) nearly
		}
		Files.writeString(file, csv);

		assertThat(RowProgress.estimatedRows(file)).isBetween(99_000L, 101_000L);
		assertThat(RowProgress.estimatedRows(dir.resolve("missing.csv"))).isZero();
	}
}
