package nl.stm.pipeline.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.model.ModelSnapshot;
import nl.stm.pipeline.model.ModelTables;
import nl.stm.pipeline.pdf.LetterExtractor;

/**
 * The letter import job on the real letter nr. 249: what it stores, that the same content twice
 * changes nothing, that a failed import restarts, and that a broken file fails alone.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:letterimport;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@SpringBatchTest
class LetterImportJobFunctionalTests {

	static final Path KST_249 = Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf");

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier(LetterImportJobConfiguration.JOB_NAME)
	private Job importLetterJob;

	@Autowired
	private LetterImporter importer;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LetterPartWriter writer;

	@TempDir
	Path temp;

	@BeforeEach
	void cleanModel() {
		ModelTables.clear(jdbc);
		jobOperatorTestUtils.setJob(importLetterJob);
	}

	@Test
	void importsTheActionModelOfLetter249() throws Exception {
		// given
		JobParameters parameters = parameters(KST_249, LetterExtractor.sha256(KST_249));

		// when
		JobExecution execution = jobOperatorTestUtils.startJob(parameters);

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution step = execution.getStepExecutions().iterator().next();
		assertThat(step.getReadCount()).isEqualTo(9);
		assertThat(step.getWriteCount()).isEqualTo(9);
		assertThat(ModelSnapshot.count(jdbc, "document")).isEqualTo(1);
		assertThat(ModelSnapshot.count(jdbc, "actielijn")).isEqualTo(6);
		assertThat(ModelSnapshot.count(jdbc, "action")).isEqualTo(46);
		assertThat(ModelSnapshot.count(jdbc, "action_row")).isEqualTo(45);
		assertThat(ModelSnapshot.count(jdbc, "budget_line")).isEqualTo(71);
		assertThat(ModelSnapshot.count(jdbc, "programme_line")).isEqualTo(36);
		assertThat(ModelSnapshot.count(jdbc, "table_total")).isEqualTo(4 + 4 + 4 + 3 + 4 + 3 + 3);
		assertThat(jdbc.sql("""
				SELECT b.amount_eur FROM budget_line b JOIN action_row_action a ON a.action_row_id = b.action_row_id
				WHERE a.action_number = 46 AND b.budget_year = 2026""").query(BigDecimal.class).single())
			.isEqualByComparingTo("85000");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM action_row_action WHERE action_number IN (3, 4)")
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM action WHERE is_new").query(Integer.class).single()).isEqualTo(4 + 4 + 2 + 1 + 4);
		assertThat(jdbc.sql("SELECT sender FROM document").query(String.class).single())
			.isEqualTo("Staatssecretaris van Justitie en Veiligheid");
		assertThat(jdbc.sql("SELECT amount_eur FROM programme_line WHERE line_key = 'i' AND budget_year = 2026")
			.query(BigDecimal.class).single()).isEqualByComparingTo("1165000");
	}

	@Test
	void theSameContentTwiceChangesNothing() throws Exception {
		// given
		Path copy = Files.copy(KST_249, temp.resolve("renamed-copy.pdf"));
		assertThat(importer.importLetter(KST_249).status()).isEqualTo(LetterImporter.Outcome.Status.IMPORTED);
		var before = ModelSnapshot.of(jdbc);

		// when
		LetterImporter.Outcome again = importer.importLetter(KST_249);
		LetterImporter.Outcome renamed = importer.importLetter(copy);

		// then
		assertThat(again.status()).isEqualTo(LetterImporter.Outcome.Status.ALREADY_IMPORTED);
		assertThat(renamed.status()).isEqualTo(LetterImporter.Outcome.Status.ALREADY_IMPORTED);
		assertThat(ModelSnapshot.of(jdbc)).isEqualTo(before);
	}

	@Test
	void writingTheSamePartsAgainReplacesInsteadOfDuplicating() throws Exception {
		// given
		assertThat(importer.importLetter(KST_249).status()).isEqualTo(LetterImporter.Outcome.Status.IMPORTED);
		var before = ModelSnapshot.of(jdbc);

		// when: a restart re-writes the parts of the chunk that was in progress
		writer.write(new org.springframework.batch.infrastructure.item.Chunk<>(
				LetterPart.of(new LetterExtractor().extract(KST_249))));

		// then
		assertThat(ModelSnapshot.of(jdbc)).isEqualTo(before);
	}

	@Test
	void aFailedImportRestartsWithTheSameParameters() throws Exception {
		// given: the job is started while the file is not (yet) there
		Path file = temp.resolve("kst-28638-249.pdf");
		JobParameters parameters = parameters(file, LetterExtractor.sha256(KST_249));
		JobExecution first = jobOperatorTestUtils.startJob(parameters);
		assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(ModelSnapshot.count(jdbc, "document")).isZero();

		// when
		Files.copy(KST_249, file);
		JobExecution restart = jobOperatorTestUtils.startJob(parameters);

		// then
		assertThat(restart.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restart.getJobInstanceId()).isEqualTo(first.getJobInstanceId());
		assertThat(ModelSnapshot.count(jdbc, "action")).isEqualTo(46);
	}

	@Test
	void aBrokenFileFailsAloneWithOneLineNamingIt() throws Exception {
		// given
		Path broken = Files.writeString(temp.resolve("broken.pdf"), "this is not a PDF");
		Path half = temp.resolve("half.pdf");
		byte[] bytes = Files.readAllBytes(KST_249);
		Files.write(half, java.util.Arrays.copyOf(bytes, bytes.length / 2));

		// when
		List<LetterImporter.Outcome> outcomes = importer.importAll(List.of(broken, half, KST_249));

		// then
		assertThat(outcomes).extracting(LetterImporter.Outcome::status)
			.containsExactly(LetterImporter.Outcome.Status.FAILED, LetterImporter.Outcome.Status.FAILED,
					LetterImporter.Outcome.Status.IMPORTED);
		assertThat(outcomes.get(0).message()).isEqualTo("broken.pdf: not a PDF (no %PDF- header)").doesNotContain("\n");
		assertThat(outcomes.get(1).message()).startsWith("half.pdf: truncated PDF").doesNotContain("\n");
		assertThat(ModelSnapshot.count(jdbc, "action")).isEqualTo(46);
	}

	@Test
	void storesTheProgressReportAsStatusReports() throws Exception {
		// given
		Path report = Path.of("src/test/resources/fixtures/progress/voortgang-2025-H1.pdf");
		importer.importLetter(KST_249);

		// when
		LetterImporter.Outcome outcome = importer.importLetter(report);

		// then
		assertThat(outcome.status()).isEqualTo(LetterImporter.Outcome.Status.IMPORTED);
		assertThat(ModelSnapshot.count(jdbc, "status_report")).isEqualTo(46);
		assertThat(ModelSnapshot.count(jdbc, "status_legend")).isEqualTo(5);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM status_report WHERE known_action AND period = '2025-H1' AND status IS NOT NULL")
			.query(Integer.class).single()).isEqualTo(46);
		assertThat(jdbc.sql("SELECT status FROM status_report WHERE action_number = 2").query(String.class).single())
			.isEqualTo("VERTRAAGD");
		assertThat(jdbc.sql("SELECT holders FROM status_report WHERE action_number = 2").query(String.class).single())
			.isEqualTo("CoMensha, Defence for Children, VWS");
	}

	@Test
	void flagsAProgressReportActionNoBudgetTableHas() throws Exception {
		// when: the progress report comes in before any budget letter
		importer.importLetter(Path.of("src/test/resources/fixtures/progress/voortgang-2025-H1.pdf"));

		// then: every row is stored, flagged as unknown
		assertThat(ModelSnapshot.count(jdbc, "status_report")).isEqualTo(46);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM status_report WHERE NOT known_action").query(Integer.class).single())
			.isEqualTo(46);
	}

	private static JobParameters parameters(Path file, String sha256) {
		return new JobParametersBuilder().addString(LetterImportJobConfiguration.SHA256, sha256, true)
			.addString(LetterImportJobConfiguration.FILE, file.toAbsolutePath().toString(), false)
			.toJobParameters();
	}
}
