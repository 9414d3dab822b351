package nl.stm.pipeline.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.ops.ExecutionOwner;
import nl.stm.pipeline.ops.JobRecovery;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner ingest job on the three samples (exactly the outcome of {@code expected.json}), on
 * generated members of the same family, and under failure: read = accepted + rejected on every
 * file, the same content twice changes nothing, a new file supersedes, a crash mid-file restarts
 * and stores every row exactly once. Letter nr. 249 is imported first, for the known actions.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:partneringest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"pipeline.partners.chunk-size=4" })
@SpringBatchTest
class PartnerIngestJobFunctionalTests {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/partners");

	static final Path KST_249 = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

	static final List<String> SAMPLES = List.of("comensha_2025-H2.csv", "politie_2025-H2.csv", "vng_2025-H2.csv");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier(PartnerIngestJobConfiguration.JOB_NAME)
	private Job ingestPartnersJob;

	@Autowired
	private PartnerIngester ingester;

	@Autowired
	private IngestPartnersCommand command;

	@Autowired
	private LetterImporter letters;

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
	void knownActionsAndNoPartnerData() {
		PartnerSnapshot.clear(jdbc);
		if (jdbc.sql("SELECT COUNT(*) FROM action").query(Integer.class).single() == 0) {
			assertThat(letters.importLetter(KST_249).status()).isEqualTo(LetterImporter.Outcome.Status.IMPORTED);
		}
		jobOperatorTestUtils.setJob(ingestPartnersJob);
		drop = temp.resolve("input/partners");
	}

	@Test
	void theThreeSamplesGiveExactlyTheExpectedOutcome() throws Exception {
		// given
		for (String sample : SAMPLES) {
			Files.createDirectories(drop);
			Files.copy(FIXTURES.resolve(sample), drop.resolve(sample));
		}

		// when
		List<PartnerIngester.FileResult> results = ingester.ingestFolder(drop);

		// then
		JsonNode expected = JSON.readTree(FIXTURES.resolve("expected.json").toFile());
		assertThat(results).hasSize(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			JsonNode e = expected.get(i);
			PartnerIngester.FileResult r = results.get(i);
			JsonNode actual = JSON.valueToTree(IngestPartnersCommand.toJson(r));
			for (String field : List.of("file", "encoding", "bom", "delimiter", "partner", "period", "rows_read", "accepted",
					"rejected")) {
				assertThat(actual.get(field)).as("%s of %s", field, r.file()).isEqualTo(e.get(field));
			}
			assertThat(r.status()).isEqualTo(PartnerIngester.Status.INGESTED);
			assertThat(r.fileError()).isNull();
			assertReadIsAcceptedPlusRejected(r);
			assertThat(r.storedAs()).isEqualTo(drop.resolve("processed").resolve(r.file()).toAbsolutePath());
			assertThat(Files.readAllBytes(r.storedAs())).isEqualTo(Files.readAllBytes(FIXTURES.resolve(r.file())));
		}
		assertThat(PartnerIngester.filesIn(drop)).isEmpty();
		assertThat(jdbc.sql("SELECT line_no, code, raw_record FROM rejected_row WHERE file_name = 'politie_2025-H2.csv' ORDER BY line_no")
			.query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3))
			.list()).containsExactly(
					"6 UNKNOWN_ACTION Politie;2025-H2;99;Onbekend;Voltooid;2025;;€ 1.000,00;Onbekende actie.;;",
					"7 BAD_AMOUNT Politie;2025-H2;15;Verkenning van gerichte maatregelen tot vergroten van de verklarings- en medewerkingsbereidheid van slachtoffers van criminele uitbuiting.;Voltooid;2024;€ 50.000,00;1.234.56;Verkenning criminele uitbuiting afgerond.;;");
		assertThat(jdbc.sql("SELECT spent_eur FROM partner_submission WHERE organisation = 'Politie' AND action_number = 17")
			.query(BigDecimal.class).single()).isEqualTo(new BigDecimal("12500.50"));
		assertThat(jdbc.sql("SELECT toelichting FROM partner_submission WHERE organisation = 'VNG' AND line_no = 3")
			.query(String.class).single()).isEqualTo("=HYPERLINK(\"http://example.invalid\";\"klik\")");
		assertThat(jdbc.sql("SELECT toelichting FROM partner_submission WHERE organisation = 'CoMensha' AND line_no = 3")
			.query(String.class).single()).isEqualTo("Overzicht opgeleverd; zie bijlage.\nTweede regel van de toelichting.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM v_partner_submission_current").query(Integer.class).single()).isEqualTo(15);
		assertThat(jdbc.sql("SELECT status_code FROM partner_submission WHERE organisation = 'VNG' AND action_number = 39")
			.query(String.class).single()).isEqualTo("IN_UITVOERING");
	}

	@Test
	void theJobAloneStoresRejectedRowsThroughTheSkipListener() throws Exception {
		// given
		Path file = Files.copy(FIXTURES.resolve("politie_2025-H2.csv"), Files.createDirectories(drop).resolve("politie.csv"));

		// when
		JobExecution execution = jobOperatorTestUtils.startJob(parameters(file));

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution rows = execution.getStepExecutions().iterator().next();
		assertThat(rows.getStepName()).isEqualTo(PartnerIngestJobConfiguration.ROWS_STEP);
		assertThat(rows.getReadCount()).isEqualTo(6);
		assertThat(rows.getWriteCount()).isEqualTo(4);
		assertThat(rows.getProcessSkipCount()).isEqualTo(2);
		assertThat(rows.getCommitCount()).isEqualTo(2);
		ImportLedger.Entry entry = ledger.findBySha256(PartnerFileScanner.sha256(file)).orElseThrow();
		assertThat(entry.outcome()).isEqualTo(ImportLedger.INGESTED);
		assertThat(entry).extracting(ImportLedger.Entry::rowsRead, ImportLedger.Entry::accepted, ImportLedger.Entry::rejected)
			.containsExactly(6, 4, 2);
		assertThat(entry).extracting(ImportLedger.Entry::encoding, ImportLedger.Entry::bom, ImportLedger.Entry::delimiter,
				ImportLedger.Entry::partner, ImportLedger.Entry::period)
			.containsExactly("windows-1252", false, ";", "Politie", "2025-H2");
		assertThat(submissions.rejected(entry.id())).containsExactly(
				new RowIssue(6, "UNKNOWN_ACTION", "action 99 is not in the Actieplan (no imported letter has it)"),
				new RowIssue(7, "BAD_AMOUNT", "Besteed '1.234.56' is not an amount in euros (dots are not thousands separators)"));
		assertThat(Files.exists(file)).as("the job alone moves nothing").isTrue();
	}

	@Test
	void theSameContentTwiceChangesNothing() throws Exception {
		// given
		Files.createDirectories(drop);
		Files.copy(FIXTURES.resolve("vng_2025-H2.csv"), drop.resolve("vng_2025-H2.csv"));
		assertThat(ingester.ingestFolder(drop)).extracting(PartnerIngester.FileResult::status)
			.containsExactly(PartnerIngester.Status.INGESTED);
		var before = PartnerSnapshot.of(jdbc);

		// when: the same file again, and the same content under another name
		Files.copy(FIXTURES.resolve("vng_2025-H2.csv"), drop.resolve("vng_2025-H2.csv"));
		Files.copy(FIXTURES.resolve("vng_2025-H2.csv"), drop.resolve("vng-kopie.csv"));
		List<PartnerIngester.FileResult> again = ingester.ingestFolder(drop);

		// then
		assertThat(again).extracting(PartnerIngester.FileResult::status)
			.containsExactly(PartnerIngester.Status.ALREADY_INGESTED, PartnerIngester.Status.ALREADY_INGESTED);
		assertThat(again.get(1).message()).startsWith("vng_2025-H2.csv: already ingested (same content as vng_2025-H2.csv");
		assertThat(PartnerSnapshot.of(jdbc)).isEqualTo(before);
		String sha = PartnerFileScanner.sha256(FIXTURES.resolve("vng_2025-H2.csv"));
		assertThat(drop.resolve("processed")).isDirectoryContaining(p -> p.getFileName().toString().equals("vng_2025-H2.csv"))
			.isDirectoryContaining(p -> p.getFileName().toString().equals("vng_2025-H2~" + sha.substring(0, 8) + ".csv"))
			.isDirectoryContaining(p -> p.getFileName().toString().equals("vng-kopie.csv"));
		assertThat(IngestPartnersCommand.report(again, false, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(new ByteArrayOutputStream()))).isZero();
	}

	@Test
	void aNewFileForTheSameOrganisationAndPeriodSupersedesTheEarlierRows() throws Exception {
		// given
		PartnerCsv.standard()
			.row("VNG", "2025-H2", "29", "", "Doorlopend", "2024", "50.000,00", "40.000,00", "eerste versie")
			.row("VNG", "2025-H2", "31", "", "Voltooid", "2024", "100.000,00", "100.000,00", "")
			.row("VNG", "2025-H1", "31", "", "In uitvoering", "2024", "100.000,00", "50.000,00", "ander halfjaar")
			.write(drop, "vng-v1.csv");
		ingester.ingestFolder(drop);
		long first = ledgerId("vng-v1.csv");

		// when
		PartnerCsv.standard()
			.row("vng", "tweede helft 2025", "29", "", "Doorlopend", "2024", "50.000,00", "50.000,00", "tweede versie")
			.write(drop, "vng-v2.csv");
		PartnerIngester.FileResult second = ingester.ingestFolder(drop).get(0);

		// then
		assertThat(second.status()).isEqualTo(PartnerIngester.Status.INGESTED);
		long secondId = ledgerId("vng-v2.csv");
		assertThat(jdbc.sql("SELECT line_no, period, superseded, superseded_by_ledger_id FROM partner_submission WHERE ledger_id = ? ORDER BY line_no")
			.param(first)
			.query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getBoolean(3) + " " + rs.getObject(4))
			.list()).containsExactly("2 2025-H2 true " + secondId, "3 2025-H2 true " + secondId, "4 2025-H1 false null");
		assertThat(jdbc.sql("SELECT toelichting FROM v_partner_submission_current ORDER BY period, line_no").query(String.class).list())
			.containsExactly("ander halfjaar", "tweede versie");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_submission").query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void aRestartAfterACrashMidFileStoresEveryRowExactlyOnce() throws Exception {
		// given: 60 records (with rejected rows and a duplicate), a writer that fails once on the third chunk
		PartnerCsv csv = PartnerCsv.standard();
		int expectedRejected = 0;
		for (int i = 0; i < 60; i++) {
			int action = 1 + (i % 46);
			if (i % 13 == 5) {
				csv.row("Politie", "2025-H2", "99", "", "Voltooid", "2024", "", "", "onbekend " + i);
				expectedRejected++;
			}
			else if (i % 17 == 16) {
				csv.row("Politie", "2025-H2", String.valueOf(1 + ((i - 1) % 46)), "", "Voltooid", String.valueOf(2024 + ((i - 1) / 46)), "", "", "dubbel");
				expectedRejected++;
			}
			else {
				csv.row("Politie", "2025-H2", String.valueOf(action), "", "Voltooid", String.valueOf(2024 + i / 46), "1.000,00",
						"", "regel " + i);
			}
		}
		Path file = csv.write(drop, "politie-groot.csv");
		AtomicInteger writes = new AtomicInteger();
		ItemWriter<PartnerRow> crashOnce = chunk -> {
			if (writes.incrementAndGet() == 3) {
				throw new org.springframework.dao.DataAccessResourceFailureException("simulated crash: database connection lost");
			}
			partnerRowWriter.write(chunk);
		};
		Step crashingStep = PartnerIngestJobConfiguration.rowsStep(jobRepository, transactionManager, 10, partnerRowReader,
				partnerRowProcessor, crashOnce, rejectedRowListener);
		Job crashingJob = PartnerIngestJobConfiguration.job(jobRepository, crashingStep, finishPartnerFileStep,
				partnerLedgerListener);
		PartnerIngester crashing = new PartnerIngester(jobOperator, jobRepository, crashingJob, ledger, submissions, recovery, owner,
				transactionManager);

		// when
		PartnerIngester.FileResult failed = crashing.ingest(file);
		int acceptedAfterCrash = jdbc.sql("SELECT COUNT(*) FROM partner_submission").query(Integer.class).single();
		PartnerIngester.FileResult restarted = ingester.ingestFolder(drop).get(0);

		// then
		assertThat(failed.status()).isEqualTo(PartnerIngester.Status.FAILED);
		assertThat(failed.message()).isEqualTo(
				"politie-groot.csv: ingest failed (simulated crash: database connection lost); the file stays in partners/ and the next run restarts where it stopped");
		assertThat(acceptedAfterCrash).as("two chunks of ten records committed").isBetween(15, 20);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'ingestPartnersJob'").query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'ingestPartnersJob'").query(Integer.class).single()).isEqualTo(2);
		assertThat(restarted.status()).isEqualTo(PartnerIngester.Status.INGESTED);
		assertThat(restarted.rowsRead()).isEqualTo(60);
		assertThat(restarted.accepted()).isEqualTo(60 - expectedRejected);
		assertThat(restarted.rejected()).hasSize(expectedRejected);
		assertReadIsAcceptedPlusRejected(restarted);
		List<Integer> lines = new ArrayList<>(jdbc.sql("SELECT line_no FROM partner_submission UNION ALL SELECT line_no FROM rejected_row")
			.query(Integer.class).list());
		lines.sort(null);
		assertThat(lines).as("every line exactly once").isEqualTo(java.util.stream.IntStream.rangeClosed(2, 61).boxed().toList());
		assertThat(restarted.rejected()).extracting(RowIssue::code).containsOnly("UNKNOWN_ACTION", "DUPLICATE_ROW")
			.contains("DUPLICATE_ROW");
	}

	@Test
	void generatedVariantsOfTheFamily() throws Exception {
		// given
		Charset windows1252 = Charset.forName("windows-1252");
		PartnerCsv.withHeader("Partner", "Rapportageperiode", "Nr", "Actietitel", "Stand van zaken", "Begrotingsjaar",
				"Budget (€)", "Uitgegeven (€)", "Opmerking")
			.row("Fairwork", "tweede helft 2025", "19", "Laagdrempelige ondersteuning arbeidsmigranten.", "IN UITVOERING",
					"2025", "€ 25.000,00", "€ 12.500,50", "Loopt; café-overleg")
			.row("Fairwork", "TWEEDE HELFT 2025", "20", "", "NOG NIET GESTART", "", "", "", "")
			.row("Fairwork", "2e helft 2025", "18", "Outreach", "VOLTOOID", "2024", "-500,00", "", "correctie")
			.delimiter("\t")
			.charset(windows1252)
			.write(drop, "a-fairwork-tab.txt");
		PartnerCsv.standard()
			.row("CoMensha", "2025-H2", "10", "", "Voltooid", "2024", "0", "0", "")
			.row("Politie", "2025-H2", "6", "", "Voltooid", "2024", "170.000", "170.000", "")
			.row("VNG", "2025-H1", "29", "", "Doorlopend", "2024", "50.000", "", "")
			.write(drop, "b-consolidated.csv");
		PartnerCsv.standard()
			.trailing(";;")
			.rawLine("")
			.row("Politie", "2025-H2", "7", "", "Doorlopend", "2024", "0", "0", "Regel een\r\nRegel twee\r\n\"drie\"; vier")
			.rawLine(";;;;;;;;;;")
			.row("Politie", "2025-H2", "8", "", "Doorlopend", "2025", "0", "0", "")
			.eol("\n")
			.write(drop, "c-multiline-lf.csv");
		Files.write(drop.resolve("d-empty.csv"), new byte[0]);
		Files.write(drop.resolve("e-binary.csv"), new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 });
		PartnerCsv.withHeader("Politie", "2025-H2", "6", "x", "Voltooid", "2024", "0", "0", "")
			.write(drop, "f-headerless.csv");
		Files.writeString(drop.resolve(".gitkeep"), "");

		// when
		List<PartnerIngester.FileResult> listed = ingester.ingestFolder(drop);

		// then
		assertThat(listed.get(0)).extracting(PartnerIngester.FileResult::status, PartnerIngester.FileResult::message)
			.containsExactly(PartnerIngester.Status.IGNORED, ".gitkeep: ignored (hidden file)");
		List<PartnerIngester.FileResult> results = listed.subList(1, listed.size());
		assertThat(results).extracting(PartnerIngester.FileResult::file)
			.containsExactly("a-fairwork-tab.txt", "b-consolidated.csv", "c-multiline-lf.csv", "d-empty.csv", "e-binary.csv",
					"f-headerless.csv");
		PartnerIngester.FileResult tab = results.get(0);
		assertThat(tab).extracting(PartnerIngester.FileResult::encoding, PartnerIngester.FileResult::bom,
				PartnerIngester.FileResult::delimiter, PartnerIngester.FileResult::partner, PartnerIngester.FileResult::period,
				PartnerIngester.FileResult::rowsRead, PartnerIngester.FileResult::accepted)
			.containsExactly("windows-1252", false, "\t", "Fairwork", "2025-H2", 3, 3);
		assertThat(tab.flags()).containsExactly(new RowIssue(4, "NEGATIVE_AMOUNT", null), new RowIssue(4, "TITLE_MISMATCH", null));
		assertThat(jdbc.sql("SELECT status_code || ' ' || COALESCE(CAST(spent_eur AS VARCHAR), '-') || ' ' || toelichting FROM partner_submission WHERE file_name = 'a-fairwork-tab.txt' AND line_no = 2")
			.query(String.class).single()).isEqualTo("IN_UITVOERING 12500.50 Loopt; café-overleg");
		PartnerIngester.FileResult consolidated = results.get(1);
		assertThat(consolidated.partner()).isNull();
		assertThat(consolidated.period()).isNull();
		assertThat(consolidated.accepted()).isEqualTo(3);
		PartnerIngester.FileResult multiline = results.get(2);
		assertThat(multiline.rowsRead()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT line_no FROM partner_submission WHERE file_name = 'c-multiline-lf.csv' ORDER BY line_no")
			.query(Integer.class).list()).containsExactly(3, 7);
		assertThat(results.subList(3, 6)).extracting(PartnerIngester.FileResult::status, PartnerIngester.FileResult::fileError)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PartnerIngester.Status.FAILED, "EMPTY"),
					org.assertj.core.groups.Tuple.tuple(PartnerIngester.Status.FAILED, "ENCODING"),
					org.assertj.core.groups.Tuple.tuple(PartnerIngester.Status.FAILED, "NO_HEADER"));
		assertThat(results.get(5).message()).startsWith("f-headerless.csv: line 1 is not a header");
		assertThat(results.get(5).encoding()).isEqualTo("UTF-8");
		for (PartnerIngester.FileResult r : results) {
			assertReadIsAcceptedPlusRejected(r);
		}
		assertThat(drop.resolve("failed")).isDirectoryContaining("glob:**/d-empty.csv")
			.isDirectoryContaining("glob:**/e-binary.csv")
			.isDirectoryContaining("glob:**/f-headerless.csv");
		assertThat(jdbc.sql("SELECT file_name || ' ' || outcome || ' ' || file_error FROM import_ledger WHERE file_error IS NOT NULL ORDER BY file_name")
			.query(String.class).list()).containsExactly("d-empty.csv FAILED EMPTY", "e-binary.csv FAILED ENCODING",
					"f-headerless.csv FAILED NO_HEADER");
		assertThat(PartnerIngester.filesIn(drop)).isEmpty();
		assertThat(drop.resolve(".gitkeep")).exists();
	}

	@Test
	void theCommandPrintsJsonLinesAndOneLinePerProblem() throws Exception {
		// given
		Files.createDirectories(drop);
		Files.copy(FIXTURES.resolve("politie_2025-H2.csv"), drop.resolve("politie_2025-H2.csv"));
		Files.writeString(drop.resolve("leeg.csv"), "");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		// when
		int status = command.run(List.of(drop.toString(), "--json"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		// then
		assertThat(status).isEqualTo(1);
		String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
		assertThat(lines).hasSize(2);
		JsonNode empty = JSON.readTree(lines[0]);
		assertThat(empty.get("file").asString()).isEqualTo("leeg.csv");
		assertThat(empty.get("file_error").asString()).isEqualTo("EMPTY");
		assertThat(empty.get("partner").isNull()).isTrue();
		JsonNode politie = JSON.readTree(lines[1]);
		assertThat(politie.get("rows_read").asInt()).isEqualTo(6);
		assertThat(politie.get("rejected").toString()).isEqualTo("[{\"line\":6,\"code\":\"UNKNOWN_ACTION\"},{\"line\":7,\"code\":\"BAD_AMOUNT\"}]");
		assertThat(politie.get("flags").toString()).isEqualTo("[]");
		assertThat(politie.get("file_error").isNull()).isTrue();
		assertThat(err.toString(StandardCharsets.UTF_8).split("\n")).containsExactly(
				"leeg.csv: the file is empty (0 bytes) [EMPTY]",
				"politie_2025-H2.csv: line 6: UNKNOWN_ACTION: action 99 is not in the Actieplan (no imported letter has it)",
				"politie_2025-H2.csv: line 7: BAD_AMOUNT: Besteed '1.234.56' is not an amount in euros (dots are not thousands separators)");
	}

	@Test
	void theCommandSaysWhatWasIngestedAndRefusesBadUsage() throws Exception {
		// given
		Files.createDirectories(drop);
		Files.copy(FIXTURES.resolve("comensha_2025-H2.csv"), drop.resolve("comensha_2025-H2.csv"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

		// when
		int status = command.run(List.of(drop.toString()), o, e);

		// then
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(
				"comensha_2025-H2.csv: ingested 7 of 7 rows, 0 rejected (CoMensha, 2025-H2; UTF-8 with BOM, delimiter ';')");
		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(command.run(List.of("--verbose"), o, e)).isEqualTo(2);
		assertThat(command.run(List.of("a", "b"), o, e)).isEqualTo(2);
		assertThat(command.run(List.of(temp.resolve("nowhere").toString()), o, e)).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("ingest-partners: unknown option --verbose",
				"ingest-partners: " + temp.resolve("nowhere") + " is not a folder");
	}

	@Test
	void aSecondIngestWhileOneRunsIsRefused() throws Exception {
		// given: another process holds the drop folder's lock
		Files.createDirectories(drop);
		try (FileChannel channel = FileChannel.open(drop.resolve(PartnerIngester.LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			// when / then
			assertThatThrownBy(() -> ingester.ingestFolder(drop)).isInstanceOf(PartnerIngester.IngestInProgressException.class)
				.hasMessageContaining("another partner ingest is running");
		}
	}

	private void assertReadIsAcceptedPlusRejected(PartnerIngester.FileResult r) {
		assertThat(r.rowsRead()).as("read = accepted + rejected for %s", r.file()).isEqualTo(r.accepted() + r.rejected().size());
		ImportLedger.Entry entry = jdbc.sql("SELECT id FROM import_ledger WHERE file_name = ?")
			.param(r.file())
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.flatMap(ledger::find)
			.orElseThrow();
		assertThat(submissions.countAccepted(entry.id())).isEqualTo(r.accepted());
		assertThat(submissions.countRejected(entry.id())).isEqualTo(r.rejected().size());
		if (r.fileError() != null) {
			assertThat(r.rowsRead()).isZero();
		}
	}

	private long ledgerId(String fileName) {
		return jdbc.sql("SELECT id FROM import_ledger WHERE file_name = ?").param(fileName).query(Long.class).single();
	}

	private static JobParameters parameters(Path file) throws Exception {
		return new JobParametersBuilder()
			.addString(PartnerIngestJobConfiguration.SHA256, PartnerFileScanner.sha256(file), true)
			.addString(PartnerIngestJobConfiguration.FILE, file.toAbsolutePath().toString(), false)
			.toJobParameters();
	}
}
