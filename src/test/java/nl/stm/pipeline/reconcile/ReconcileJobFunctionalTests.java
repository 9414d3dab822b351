package nl.stm.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.ops.PipelineCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reconciliation of the real letter nr. 249: exactly its two real inconsistencies, both in the
 * Financieel overzicht, and nothing that is only rounding; re-running replaces the findings; a dry run
 * prints exactly what a run stores and stores nothing.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:reconcile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@SpringBatchTest
class ReconcileJobFunctionalTests {

	@Autowired
	private LetterImporter importer;

	@Autowired
	private ReconcileLauncher reconciliation;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ReconcileCommand command;

	@Test
	void aDryRunPrintsWhatARunStoresAndStoresNothing() throws Exception {
		// given
		importer.importLetter(Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf"));
		jdbc.sql("DELETE FROM finding").update();

		// when
		ByteArrayOutputStream dryRun = new ByteArrayOutputStream();
		int dryRunExit = command.run(List.of("--dry-run", "--json", "--fail-on=error"), print(dryRun),
				print(new ByteArrayOutputStream()));
		long storedByDryRun = jdbc.sql("SELECT COUNT(*) FROM finding").query(Long.class).single();
		ByteArrayOutputStream run = new ByteArrayOutputStream();
		int runExit = command.run(List.of("--json"), print(run), print(new ByteArrayOutputStream()));

		// then
		assertThat(storedByDryRun).isZero();
		assertThat(dryRunExit).isEqualTo(PipelineCommand.INPUT_FAILED);
		assertThat(runExit).isEqualTo(PipelineCommand.OK);
		assertThat(dryRun.toString(StandardCharsets.UTF_8)).hasLineCount(2).isEqualTo(run.toString(StandardCharsets.UTF_8));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM finding").query(Long.class).single()).isEqualTo(2);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	@Test
	void findsExactlyTheTwoRealInconsistenciesOfLetter249() throws Exception {
		// given
		importer.importLetter(Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf"));

		// when
		List<Finding> first = Reconciliations.run(reconciliation);
		List<Finding> second = Reconciliations.run(reconciliation);

		// then
		assertThat(first).extracting(Finding::rule, Finding::year, Finding::actielijn)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ACTIELIJN_VS_OVERVIEW", 2024, 1),
					org.assertj.core.groups.Tuple.tuple("OVERVIEW_LINES_VS_TOTAL", 2026, null));
		Finding actielijn1 = first.stream().filter(f -> f.rule().equals("ACTIELIJN_VS_OVERVIEW")).findFirst().orElseThrow();
		assertThat(actielijn1.observed()).isEqualByComparingTo("470000");
		assertThat(actielijn1.expected()).isEqualByComparingTo("380000");
		assertThat(actielijn1.difference()).isEqualByComparingTo("90000");
		assertThat(actielijn1.sources()).extracting(Source::page).containsOnly(7);
		Finding overview = first.stream().filter(f -> f.rule().equals("OVERVIEW_LINES_VS_TOTAL")).findFirst().orElseThrow();
		assertThat(overview.observed()).isEqualByComparingTo("2505000");
		assertThat(overview.expected()).isEqualByComparingTo("2500000");
		assertThat(overview.tolerance()).isLessThan(overview.difference().abs());
		assertThat(second).hasSize(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM finding").query(Integer.class).single()).isEqualTo(2);

		JsonNode json = JsonMapper.builder().build().readTree(FindingJson.toJsonLine(actielijn1));
		assertThat(json.get("rule").asString()).isEqualTo("ACTIELIJN_VS_OVERVIEW");
		assertThat(json.get("observed_eur").decimalValue()).isEqualByComparingTo("470000");
		assertThat(json.get("sources").get(0).get("document").asString()).contains("nr. 249");
		for (String field : List.of("severity", "actielijn", "action", "year", "expected_eur", "difference_eur",
				"tolerance_eur")) {
			assertThat(json.has(field)).as(field).isTrue();
		}
	}
}
