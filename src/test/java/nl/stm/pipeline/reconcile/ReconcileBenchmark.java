package nl.stm.pipeline.reconcile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.PipelineApplication;
import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.partner.PartnerIngestBenchmark;
import nl.stm.pipeline.partner.PartnerIngester;
import nl.stm.pipeline.partner.PartnerSubmissionRepository;
import nl.stm.pipeline.support.HeapPeak;

/**
 * Benchmark of reconciliation at volume (not a test): letter nr. 249 and one consolidated partner file
 * of {@code rows} rows in a file H2 database in a temporary folder, in which every {@code every}-th row
 * reports a spending far above its action's budget (a SPENT_ABOVE_BUDGET finding) and the others
 * spend nothing. Runs {@code reconcile --out=FILE} (store, summary, full list) and then
 * {@code reconcile --dry-run}, and prints the time and the peak heap of each. Run with a small heap:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp-partner.txt
 * mvn -q test-compile
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat /tmp/cp-partner.txt) \
 *     nl.stm.pipeline.reconcile.ReconcileBenchmark [rows, default 1000000] [every, default 7]
 * </pre>
 */
public final class ReconcileBenchmark {

	private ReconcileBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int every = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		Path temp = Files.createTempDirectory("reconcile-benchmark");
		Path drop = Files.createDirectories(temp.resolve("input/partners"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PipelineApplication.class).run(
				"--pipeline.data-dir=" + temp.resolve("db"), "--pipeline.partners.max-bytes=" + (4L << 30),
				"--logging.level.nl.stm.pipeline=WARN")) {
			System.out.printf("heap max %d MB, %d cores, %d partner rows, every %d-th spends above its budget, folder %s%n",
					Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), rows, every, temp);
			context.getBean(LetterImporter.class)
				.importLetter(Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf"));
			Map<Integer, String> actions = context.getBean(PartnerSubmissionRepository.class).actionTitles();
			PartnerIngestBenchmark.generate(drop.resolve("consolidated_2025-H2.csv"), rows, actions, "2025-H2",
					new PartnerIngestBenchmark.Amounts(i -> "", i -> i % every == 0 ? "9.999.999,00" : "0"));
			long start = System.nanoTime();
			PartnerIngester.FileResult ingested = context.getBean(PartnerIngester.class).ingestFolder(drop).get(0);
			System.out.printf("ingested: %s, %d rows accepted in %.1f s%n", ingested.status(), ingested.accepted(),
					(System.nanoTime() - start) / 1e9);

			ReconcileCommand command = context.getBean(ReconcileCommand.class);
			Path out = temp.resolve("findings.jsonl");
			measure("reconcile --out", () -> command.run(List.of("--first=3", "--out=" + out), System.out, System.err));
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			System.out.printf("    stored %d findings; %s has %d lines (%d MB)%n",
					jdbc.sql("SELECT COUNT(*) FROM finding").query(Long.class).single(), out.getFileName(),
					lines(out), Files.size(out) >> 20);
			measure("reconcile --dry-run", () -> command.run(List.of("--dry-run", "--first=3"), System.out, System.err));
		}
	}

	private interface Run {
		int run() throws Exception;
	}

	private static void measure(String name, Run run) throws Exception {
		System.gc();
		HeapPeak.reset();
		long start = System.nanoTime();
		int exit = run.run();
		System.out.printf("%s: exit %d in %.1f s; heap: at most %d MB live after a collection, pool peaks %d MB (max %d MB)%n",
				name, exit, (System.nanoTime() - start) / 1e9, HeapPeak.liveMb(), HeapPeak.usedMb(),
				Runtime.getRuntime().maxMemory() >> 20);
	}

	private static long lines(Path file) throws Exception {
		try (var lines = Files.lines(file)) {
			return lines.count();
		}
	}
}
