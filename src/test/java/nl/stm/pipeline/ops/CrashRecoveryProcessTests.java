package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.stm.pipeline.partner.KnownActions;
import nl.stm.pipeline.partner.PartnerIngestJobConfiguration;
import nl.stm.pipeline.partner.PartnerIngestBenchmark;
import nl.stm.pipeline.support.DatabaseContent;
import nl.stm.pipeline.support.PipelineProcess;

/**
 * {@code run} killed (SIGKILL) or stopped (SIGTERM) in the middle of the letters and in the middle
 * of the partner files, in a JVM of its own, then run again: the database must equal a clean run's,
 * table by table, and no job or ledger entry may be left running. SIGTERM stops the file job after
 * a committed chunk: the big partner file is left {@code STOPPED} in its middle and resumed.
 */
class CrashRecoveryProcessTests {

	static final Path KST_249 = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

	static final int LETTERS = 8;

	static final List<String> PERIODS = List.of("2025-H1", "2025-H2", "2026-H1");

	/** Read first (name order) and big enough that a SIGTERM lands in the middle of it. */
	static final String BIG_FILE = "partners_2024-H2.csv";

	static final int BIG_ROWS = 50_000;

	/**
	 * Small chunks, so that a file is many transactions and a kill lands in the middle of one. One
	 * file at a time: the letters are copies of one Kamerstuk, and which copy is recorded as read and
	 * which as its copy is, with two threads, the race's (two threads: PartitionedPipelineTests).
	 */
	static final String[] RUN = { "run", "--pipeline.partners.chunk-size=100", "--pipeline.workers.threads=1" };

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
		PartnerIngestBenchmark.generate(partners.resolve(BIG_FILE), BIG_ROWS, KnownActions.ofLetter249(), "2024-H2");
		Path cleanHome = inputs.resolve("clean");
		copyInputs(cleanHome);
		PipelineProcess.Result result = PipelineProcess.run(cleanHome, List.of("-Xmx256m"), RUN);
		assertThat(result.stderr()).doesNotContain("Exception");
		cleanExit = result.exitCode();
		clean = DatabaseContent.of(cleanHome.resolve("data"));
		assertThat(clean.values().stream().mapToInt(List::size).sum()).isGreaterThan(BIG_ROWS);
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
	void stoppedBySigtermAfterAChunkItSaysSoInOneLineExitsNonZeroAndTheNextRunEndsAsACleanRun() throws Exception {
		copyInputs(home);

		// when: SIGTERM while importing letters, then in the middle of the big partner file
		PipelineProcess first = PipelineProcess.start(home, List.of("-Xmx256m"), RUN);
		assertThat(first.awaitCondition(() -> imported(first.stdout()) >= 3)).isTrue();
		first.terminate();
		PipelineProcess.Result stoppedInLetters = first.await();
		PipelineProcess second = PipelineProcess.start(home, List.of("-Xmx256m"), RUN);
		assertThat(second.awaitCondition(() -> second.stdout().contains("letters in ") && bigFileRunning())).isTrue();
		second.terminate();
		PipelineProcess.Result stoppedInPartners = second.await();

		// then: each stop is said in one line, with exit status 3
		for (PipelineProcess.Result stopped : List.of(stoppedInLetters, stoppedInPartners)) {
			assertThat(stopped.exitCode()).as(stopped.stderr()).isEqualTo(PipelineCommand.STOPPED);
			assertThat(stopped.stderr().lines().filter(l -> l.startsWith("run: stopped (SIGTERM)"))).hasSize(1);
			assertThat(stopped.stderr()).doesNotContain("Exception");
		}
		assertThat(stoppedInPartners.stderr()).containsPattern("run: stopped \\(SIGTERM\\) after a chunk of (\\S+, )*"
				+ BIG_FILE + "(, \\S+)*; the next run resumes");
		assertThat(stoppedInPartners.stdout()).contains(BIG_FILE + ": ingest stopped (SIGTERM) after its last committed chunk")
			.containsPattern("partner files in \\S+: \\d+ \\(\\d+ ingested, \\d+ already ingested, \\d+ failed, \\d+ stopped; \\d+ ignored\\)");
		// and the big file stopped in its middle: STOPPED (not failed), part of its rows stored, still in the drop folder
		Map<String, List<String>> afterStop = DatabaseContent.of(home.resolve("data"));
		assertThat(afterStop.get(ledgerKey(afterStop))).noneMatch(row -> row.contains("RUNNING"))
			.filteredOn(row -> row.startsWith(BIG_FILE + " |"))
			.singleElement()
			.satisfies(row -> assertThat(row).contains("| STOPPED |").doesNotContain("FAILED"));
		assertThat(afterStop.get(tableKey(afterStop, "partner_submission"))).hasSizeBetween(1, BIG_ROWS - 1);
		assertThat(home.resolve("input/partners").resolve(BIG_FILE)).exists();
		assertThat(lastExecutionStatus(PartnerIngestJobConfiguration.JOB_NAME)).isEqualTo("STOPPED");
		assertThat(lastExecutionStatus(PipelineJobConfiguration.JOB_NAME)).isEqualTo("STOPPED");

		// and the next run resumes and ends as a clean run
		PipelineProcess.Result rerun = PipelineProcess.run(home, List.of("-Xmx256m"), RUN);
		assertThat(rerun.stderr()).doesNotContain("Exception", "already running");
		assertThat(rerun.exitCode()).isEqualTo(cleanExit);
		assertThat(DatabaseContent.difference(clean, DatabaseContent.of(home.resolve("data")))).isEmpty();
	}

	/** The big file's ingest has begun: its ledger entry is open (read through H2's server in the running process). */
	private boolean bigFileRunning() {
		try (Connection c = DriverManager.getConnection(sharedUrl(), "sa", "");
				PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM import_ledger WHERE file_name = ? AND outcome = 'RUNNING'")) {
			s.setString(1, BIG_FILE);
			try (ResultSet r = s.executeQuery()) {
				return r.next() && r.getInt(1) == 1;
			}
		}
		catch (SQLException ex) {
			return false; // the table does not exist yet
		}
	}

	private String lastExecutionStatus(String jobName) throws SQLException {
		try (Connection c = DriverManager.getConnection(sharedUrl(), "sa", "");
				PreparedStatement s = c.prepareStatement("SELECT e.status FROM batch_job_execution e JOIN batch_job_instance i"
						+ " ON i.job_instance_id = e.job_instance_id WHERE i.job_name = ? ORDER BY e.job_execution_id DESC")) {
			s.setString(1, jobName);
			try (ResultSet r = s.executeQuery()) {
				return r.next() ? r.getString(1) : null;
			}
		}
	}

	private String sharedUrl() {
		return "jdbc:h2:file:" + home.resolve("data/pipeline").toAbsolutePath() + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE";
	}

	private static String tableKey(Map<String, List<String>> content, String table) {
		return content.keySet().stream().filter(k -> k.startsWith(table + " (")).findFirst().orElseThrow();
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
