package nl.stm.pipeline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.stm.pipeline.bi.SampleRun;
import nl.stm.pipeline.partner.ImportLedger;

/**
 * {@code status} after a sample run and one pipeline run: documents per programme edition, partner
 * files per period with a stopped one, findings per severity and the last run with its outcome.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:status;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@DirtiesContext
class StatusCommandTests {

	@TempDir
	static Path temp;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private StatusCommand status;

	@Autowired
	private PipelineRuns runs;

	@Autowired
	private ImportLedger ledger;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("pipeline.output-dir", () -> temp.resolve("output").toString());
		registry.add("pipeline.input-dir", () -> temp.resolve("input").toString());
	}

	@Test
	void statusShowsEditionsPartnerFilesPerPeriodFindingsAndTheLastRuns() throws Exception {
		// given: letter 249 and a progress report, three partner files of 2025-H2, a pipeline run, then one more
		// file stopped by SIGTERM (its file still waiting in the drop folder)
		SampleRun.load(context, temp.resolve("work"));
		PipelineRuns.Result run = runs.start(new JobParametersBuilder()
			.addString(PipelineJobConfiguration.RUN_ID, "2026-12-02T01:00:00Z")
			.toJobParameters());
		ledger.stop(ledger.open("big_2025-H2.csv", "f".repeat(64), 1_000), "big_2025-H2.csv: stopped");
		jdbc.sql("UPDATE import_ledger SET period = '2025-H2' WHERE file_name = 'big_2025-H2.csv'").update();
		long documents = jdbc.sql("SELECT COUNT(*) FROM document WHERE edition_key = 'actieplan-2023'").query(Long.class).single();

		// when
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = status.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		// then
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).isZero();
		assertThat(run.outcome()).isEqualTo(PipelineRuns.Outcome.COMPLETED);
		assertThat(documents).isPositive();
		assertThat(printed).contains("documents per programme edition:\n",
				"  samen-2018       0  (Samen tegen mensenhandel, 2018-2022)\n",
				"  actieplan-2023   " + documents + "  (Actieplan Samen tegen mensenhandel, 2023-2026)\n",
				"partner files per period (ingested, failed, stopped, running):\n", "  2025-H2   3, 0, 1, 0\n",
				"last runs:\n", "  run 2026-12-02T01:00:00Z");
		assertThat(printed).containsPattern("findings: (ERROR|INFO|WARNING)=\\d+");
		assertThat(printed.lines().filter(l -> l.startsWith("  run 2026-12-02T01:00:00Z")).findFirst().orElseThrow())
			.contains("COMPLETED", "started ", " s");
	}
}
