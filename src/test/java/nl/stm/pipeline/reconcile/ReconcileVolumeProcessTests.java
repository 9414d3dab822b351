package nl.stm.pipeline.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.ops.PipelineCommand;
import nl.stm.pipeline.partner.KnownActions;
import nl.stm.pipeline.partner.PartnerIngestBenchmark;
import nl.stm.pipeline.partner.PartnerIngester;
import nl.stm.pipeline.support.PipelineProcess;

/**
 * Reconciliation streams: 100,000 partner rows of which every tenth spends far above its budget
 * reconcile in a JVM of 64 MB (rows and findings are never all in memory); the printed summary, the
 * stored findings and the full list agree; {@code reconcile --dry-run} gives the same and writes
 * nothing. Both run in JVMs of their own while this one holds the database (H2's AUTO_SERVER), as a
 * {@code serve} would.
 */
@SpringBootTest
class ReconcileVolumeProcessTests {

	private static final Pattern COUNT = Pattern.compile("^findings: (\\d+) \\{ERROR=(\\d+)}", Pattern.MULTILINE);

	@TempDir
	static Path home;

	@DynamicPropertySource
	static void databaseInHome(DynamicPropertyRegistry registry) {
		registry.add("pipeline.data-dir", () -> home.resolve("data").toString());
	}

	@Autowired
	private LetterImporter letters;

	@Autowired
	private PartnerIngester partners;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aHundredThousandRowsReconcileInSixtyFourMegabytesAndADryRunOnlyReads() throws Exception {
		// given: letter nr. 249 and a consolidated partner file of 100,000 rows, ingested
		Path drop = Files.createDirectories(home.resolve("input/partners"));
		PartnerIngestBenchmark.generate(drop.resolve("consolidated_2025-H2.csv"), 100_000, KnownActions.ofLetter249(),
				"2025-H2", new PartnerIngestBenchmark.Amounts(i -> "", i -> i % 10 == 0 ? "9.999.999,00" : "0"));
		assertThat(letters.importLetter(Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf")).failed()).isFalse();
		assertThat(partners.ingestFolder(drop).get(0).status()).isEqualTo(PartnerIngester.Status.INGESTED);

		// when
		PipelineProcess.Result stored = PipelineProcess.run(home, List.of("-Xmx64m"), "reconcile", "--first=3",
				"--out=findings.jsonl");

		// then
		assertThat(stored.exitCode()).as(stored.stderr()).isZero();
		long count = count(stored.stdout());
		assertThat(count).isGreaterThan(5_000);
		try (var lines = Files.lines(home.resolve("findings.jsonl"))) {
			assertThat(lines.count()).isEqualTo(count);
		}
		assertThat(findings()).isEqualTo(count);

		// when: a dry run
		PipelineProcess.Result dryRun = PipelineProcess.run(home, List.of("-Xmx64m"), "reconcile", "--dry-run", "--first=3",
				"--fail-on=error", "--out=dry-run.jsonl");

		// then: the same summary and list, nothing written, exit 1 for --fail-on=error
		assertThat(dryRun.exitCode()).as(dryRun.stderr()).isEqualTo(PipelineCommand.INPUT_FAILED);
		String summary = summary(stored.stdout());
		assertThat(summary(dryRun.stdout())).isEqualTo(summary);
		assertThat(dryRun.stdout()).contains("reconcile: dry run, the stored findings are unchanged");
		assertThat(Files.mismatch(home.resolve("dry-run.jsonl"), home.resolve("findings.jsonl"))).isEqualTo(-1L);
		assertThat(findings()).isEqualTo(count);
	}

	private long findings() {
		return jdbc.sql("SELECT COUNT(*) FROM finding").query(Long.class).single();
	}

	/** The printed summary without the lines about files and dry runs. */
	private static String summary(String stdout) {
		return String.join("\n", stdout.lines().filter(l -> !l.startsWith("reconcile: ")).toList());
	}

	private static long count(String stdout) {
		Matcher m = COUNT.matcher(stdout);
		assertThat(m.find()).as(stdout).isTrue();
		assertThat(m.group(2)).isEqualTo(m.group(1));
		return Long.parseLong(m.group(1));
	}
}
