package nl.stm.pipeline.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.ops.ExecutionOwner;
import nl.stm.pipeline.ops.JobRecovery;

/**
 * Drop folders as nobody vetted them: entries that are no regular files, lock and hidden files, a
 * file whose columns overflow any fixed width, a file that fails for a reason of its own, and a
 * crashed ingest whose file was then replaced.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:partnerhostile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"pipeline.partners.chunk-size=4" })
class PartnerHostileInputTests {

	@Autowired
	private PartnerIngester ingester;

	@Autowired
	private LetterImporter letters;

	@Autowired
	private IngestPartnersCommand command;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private ImportLedger ledger;

	@Autowired
	private PartnerSubmissionRepository submissions;

	@Autowired
	private PartnerRowReader partnerRowReader;

	@Autowired
	private PartnerRowProcessor partnerRowProcessor;

	@Autowired
	private PartnerRowWriter partnerRowWriter;

	@Autowired
	private RejectedRowListener rejectedRowListener;

	@Autowired
	private Step finishPartnerFileStep;

	@Autowired
	private PartnerLedgerListener partnerLedgerListener;

	@Autowired
	private JobRecovery recovery;

	@Autowired
	private ExecutionOwner owner;

	@TempDir
	Path temp;

	Path drop;

	@BeforeEach
	void knownActionsAndNoPartnerData() throws Exception {
		PartnerSnapshot.clear(jdbc);
		if (jdbc.sql("SELECT COUNT(*) FROM action").query(Integer.class).single() == 0) {
			assertThat(letters.importLetter(PartnerIngestJobFunctionalTests.KST_249).status())
				.isEqualTo(LetterImporter.Outcome.Status.IMPORTED);
		}
		drop = Files.createDirectories(temp.resolve("input/partners"));
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES) // a guard against hanging on a FIFO, not a measurement
	void onlyRegularFilesAreReadEveryOtherEntryGetsOneLineAndIsNeverOpened() throws Exception {
		// given
		good().write(drop, "comensha_2025-H2.csv");
		Files.createDirectories(drop.resolve("oud.csv"));
		Files.createSymbolicLink(drop.resolve("nul.csv"), Path.of("/dev/zero"));
		Files.createSymbolicLink(drop.resolve("map.csv"), temp);
		Files.createSymbolicLink(drop.resolve("weg.csv"), temp.resolve("does-not-exist.csv"));
		boolean fifo = Files.isExecutable(Path.of("/usr/bin/mkfifo"))
				&& new ProcessBuilder("/usr/bin/mkfifo", drop.resolve("pijp.csv").toString()).start().waitFor() == 0;
		Files.writeString(drop.resolve("~$comensha_2025-H2.csv"), "lock");
		Files.writeString(drop.resolve(".verborgen.csv"), "hidden");

		// when
		List<PartnerIngester.FileResult> results = ingester.ingestFolder(drop);

		// then
		assertThat(results).filteredOn(r -> r.status() == PartnerIngester.Status.INGESTED)
			.extracting(PartnerIngester.FileResult::file)
			.containsExactly("comensha_2025-H2.csv");
		assertThat(results).filteredOn(r -> r.status() == PartnerIngester.Status.IGNORED)
			.extracting(PartnerIngester.FileResult::message)
			.containsExactlyInAnyOrder(".verborgen.csv: ignored (hidden file)", "~$comensha_2025-H2.csv: ignored (Excel lock file)");
		List<String> skipped = results.stream().filter(PartnerIngester.FileResult::failed).map(PartnerIngester.FileResult::message).toList();
		assertThat(skipped).contains("oud.csv: skipped, not a regular file: a directory (never opened)",
				"nul.csv: skipped, not a regular file: a link to a FIFO, socket or device (never opened)",
				"map.csv: skipped, not a regular file: a link to a directory (never opened)",
				"weg.csv: skipped, a link to nothing (broken link) (never opened)");
		assertThat(skipped).hasSize(fifo ? 5 : 4);
		if (fifo) {
			assertThat(skipped).contains("pijp.csv: skipped, not a regular file: a FIFO, socket or device (never opened)");
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM import_ledger").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void manyUnknownColumnsAreKeptWhole() throws Exception {
		// given: 300 columns the contract does not know, with long names
		String[] header = new String[PartnerCsv.HEADER.length + 300];
		System.arraycopy(PartnerCsv.HEADER, 0, header, 0, PartnerCsv.HEADER.length);
		for (int i = PartnerCsv.HEADER.length; i < header.length; i++) {
			header[i] = "Extra kolom nummer " + i + " met een lange naam";
		}
		String[] row = new String[header.length];
		System.arraycopy(new String[] { "Politie", "2025-H2", "7", "", "Voltooid", "2025", "1.000,00", "", "klaar" }, 0, row, 0, 9);
		java.util.Arrays.fill(row, 9, row.length, "x");
		PartnerCsv.withHeader(header).row(row).write(drop, "politie-breed.csv");

		// when
		PartnerIngester.FileResult result = ingester.ingestFolder(drop).get(0);

		// then
		assertThat(result.status()).as(result.message()).isEqualTo(PartnerIngester.Status.INGESTED);
		String unknown = jdbc.sql("SELECT unknown_columns FROM import_ledger").query(String.class).single();
		assertThat(unknown.length()).isGreaterThan(10_000);
		assertThat(unknown).contains("Extra kolom nummer 9 met een lange naam", "Extra kolom nummer 308 met een lange naam");
	}

	@Test
	void aFileThatFailsForAReasonOfItsOwnFailsOnceLeavesTheDropFolderAndTheNextRunIsQuiet() throws Exception {
		// given: the database refuses a value of the file (not a failure of the machine)
		Path file = good().write(drop, "politie_2025-H2.csv");
		PartnerIngester failing = ingesterWith(chunk -> {
			throw new DataIntegrityViolationException("Value too long for column \"ORGANISATION\": " + "x".repeat(5000));
		});

		// when
		PartnerIngester.FileResult failed = failing.ingest(file);
		List<PartnerIngester.FileResult> nextNight = ingester.ingestFolder(drop);

		// then
		assertThat(failed.status()).isEqualTo(PartnerIngester.Status.FAILED);
		assertThat(failed.fileError()).isEqualTo("INGEST_ERROR");
		assertThat(failed.message()).startsWith("politie_2025-H2.csv: cannot be ingested (Value too long for column \"ORGANISATION\"")
			.doesNotContain("\n")
			.hasSizeLessThan(400);
		assertThat(Files.exists(drop.resolve("failed/politie_2025-H2.csv"))).isTrue();
		assertThat(Files.exists(file)).isFalse();
		assertThat(jdbc.sql("SELECT outcome || ' ' || file_error FROM import_ledger").query(String.class).single())
			.isEqualTo("FAILED INGEST_ERROR");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_submission").query(Integer.class).single()).isZero();
		assertThat(nextNight).isEmpty();
	}

	@Test
	void aCrashedIngestWhoseFileWasReplacedLeavesNoRowsAndNoRunningEntryAndItsContentCanComeBack() throws Exception {
		// given: an ingest that crashed after two chunks (database connection lost)
		Path file = many("Politie", 30).write(drop, "politie_2025-H2.csv");
		byte[] original = Files.readAllBytes(file);
		AtomicInteger writes = new AtomicInteger();
		PartnerIngester crashing = ingesterWith(chunk -> {
			if (writes.incrementAndGet() == 3) {
				throw new DataAccessResourceFailureException("simulated crash: database connection lost");
			}
			partnerRowWriter.write(chunk);
		});
		assertThat(crashing.ingest(file).status()).isEqualTo(PartnerIngester.Status.FAILED);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_submission").query(Integer.class).single()).isPositive();

		// when: the file is replaced by a corrected one
		Files.delete(file);
		many("Politie", 10).write(drop, "politie_2025-H2-v2.csv");
		List<PartnerIngester.FileResult> results = ingester.ingestFolder(drop);

		// then
		assertThat(results).extracting(PartnerIngester.FileResult::status).containsExactly(PartnerIngester.Status.INGESTED);
		assertThat(jdbc.sql("SELECT file_name || ' ' || outcome || ' ' || COALESCE(file_error, '-') FROM import_ledger ORDER BY id")
			.query(String.class).list()).containsExactly("politie_2025-H2.csv FAILED ABANDONED", "politie_2025-H2-v2.csv INGESTED -");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_submission WHERE file_name = 'politie_2025-H2.csv'").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_submission").query(Integer.class).single()).isEqualTo(10);

		// and when the first content comes back, it is ingested afresh, every row once
		Files.write(drop.resolve("politie_2025-H2.csv"), original);
		PartnerIngester.FileResult back = ingester.ingestFolder(drop).get(0);
		assertThat(back.status()).as(back.message()).isEqualTo(PartnerIngester.Status.INGESTED);
		assertThat(back.accepted()).isEqualTo(30);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_submission WHERE file_name = 'politie_2025-H2.csv'").query(Integer.class).single())
			.isEqualTo(30);
	}

	@Test
	void aUtf8FileWithSomeWindows1252BytesIsReadAsUtf8AndOnlyThoseLinesAreRejected() throws Exception {
		// given: UTF-8 rows (with € and ü), and one line pasted from a windows-1252 file
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
		bytes.writeBytes(String.join(";", PartnerCsv.HEADER).concat("\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		for (int action : List.of(6, 7, 8)) {
			bytes.writeBytes(("Gemeente Düsseldorp;2025-H2;" + action + ";;Voltooid;2025;€ 1.000,00;;klaar\r\n")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		bytes.writeBytes("Gemeente Düsseldorp;2025-H2;10;;Voltooid;2025;€ 2.000,00;;geplakt\r\n".getBytes(cp1252));
		Files.write(drop.resolve("gemeente_2025-H2.csv"), bytes.toByteArray());

		// when
		PartnerIngester.FileResult result = ingester.ingestFolder(drop).get(0);

		// then
		assertThat(result.encoding()).isEqualTo("UTF-8");
		assertThat(result.accepted()).isEqualTo(3);
		assertThat(result.rejected()).extracting(RowIssue::line, RowIssue::code).containsExactly(org.assertj.core.groups.Tuple.tuple(5, "BAD_ENCODING"));
		assertThat(jdbc.sql("SELECT DISTINCT organisation FROM partner_submission").query(String.class).list())
			.containsExactly("Gemeente Düsseldorp");
		assertThat(jdbc.sql("SELECT raw_record FROM rejected_row").query(String.class).single())
			.isEqualTo("Gemeente D\\xFCsseldorp;2025-H2;10;;Voltooid;2025;\\x80 2.000,00;;geplakt");
		assertThat(jdbc.sql("SELECT message FROM rejected_row").query(String.class).single())
			.isEqualTo("not valid UTF-8 (2 bytes, the first 0xFC at column 11), unlike the rest of the file");
	}

	@Test
	void aWindows1252FileStaysWindows1252() throws Exception {
		// given
		PartnerCsv.standard()
			.charset(java.nio.charset.Charset.forName("windows-1252"))
			.row("Gemeente Düsseldorp", "2025-H2", "6", "", "Voltooid", "2025", "€ 1.000,00", "", "café")
			.row("Gemeente Düsseldorp", "2025-H2", "7", "", "Voltooid", "2025", "€ 2.000,00", "", "ëindelijk")
			.write(drop, "gemeente_2025-H2.csv");

		// when
		PartnerIngester.FileResult result = ingester.ingestFolder(drop).get(0);

		// then
		assertThat(result.encoding()).isEqualTo("windows-1252");
		assertThat(result.accepted()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT organisation || ' ' || toelichting FROM partner_submission ORDER BY line_no").query(String.class).list())
			.containsExactly("Gemeente Düsseldorp café", "Gemeente Düsseldorp ëindelijk");
	}

	@Test
	void controlCharactersInFileNamesAndValuesNeverMakeASecondLine() throws Exception {
		// given: a file name and an organisation that try to print a line of their own
		PartnerCsv.standard()
			.row("Politie\nx.csv: ingested 999 of 999 rows", "2025-H2", "7", "", "Voltooid", "2025", "1.000,00", "", "klaar")
			.write(drop, "politie\n\u001b[2Kvng.csv: ingested 999 of 999 rows.csv");
		PartnerCsv.standard()
			.row("VNG", "2025-H2", "7", "", "Afgerond?", "2025", "1.000,00", "", "regel\r\nmet\teinde")
			.write(drop, "vng\r.csv");
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

		// when
		int status = command.run(List.of(drop.toString()), new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
				new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));

		// then: one line per file on standard output, one per rejected row on standard error
		List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).startsWith("politie\\n\\u001b[2Kvng.csv: ingested 999 of 999 rows.csv: ingested 1 of 1 rows")
			.contains("(Politie\\nx.csv: ingested 999 of 999 rows, 2025-H2;");
		assertThat(lines.get(1)).startsWith("vng\\r.csv: ingested 0 of 1 rows, 1 rejected");
		assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList())
			.containsExactly("vng\\r.csv: line 2: BAD_STATUS: Status 'Afgerond?' is not a label of the legend");
		assertThat(status).isEqualTo(1);
	}

	private PartnerIngester ingesterWith(ItemWriter<PartnerRow> writer) {
		Step step = PartnerIngestJobConfiguration.rowsStep(jobRepository, transactionManager, 4, partnerRowReader,
				partnerRowProcessor, writer, rejectedRowListener);
		Job job = PartnerIngestJobConfiguration.job(jobRepository, step, finishPartnerFileStep, partnerLedgerListener);
		return new PartnerIngester(jobOperator, jobRepository, job, ledger, submissions, recovery, owner, transactionManager);
	}

	private static PartnerCsv good() {
		return PartnerCsv.standard().row("Politie", "2025-H2", "7", "", "Voltooid", "2025", "1.000,00", "", "klaar");
	}

	private static PartnerCsv many(String organisation, int rows) {
		PartnerCsv csv = PartnerCsv.standard();
		List<Integer> actions = List.copyOf(KnownActions.ofLetter249().keySet());
		for (int i = 0; i < rows; i++) {
			csv.row(organisation, "2025-H2", String.valueOf(actions.get(i % actions.size())), "", "Voltooid",
					String.valueOf(2024 + i / actions.size()), "1.000,00", "", "regel " + i);
		}
		return csv;
	}
}
