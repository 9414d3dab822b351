package nl.stm.pipeline.partner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.PipelineApplication;
import nl.stm.pipeline.letter.LetterImporter;

/**
 * Benchmark of the partner ingest (not a test): generates a partner file of a million rows in a
 * temporary folder and measures (a) reading and validating alone and (b) the whole ingest into a
 * file H2 database (hash, job, JDBC batches, ledger, move), in a JVM that has not run the database
 * path yet; with {@code ingests} above one, further files (other periods) show the JVM warmed up.
 * Prints the CPU seconds per kind of thread: on two cores the JIT compiler and the collector take
 * a large share of the first ingest. Run with a small heap, e.g.
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp-partner.txt
 * mvn -q test-compile
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat /tmp/cp-partner.txt) \
 *     nl.stm.pipeline.partner.PartnerIngestBenchmark [rows] [chunk-size, or - for the configured one] [ingests]
 * </pre>
 *
 * Rows: a consolidated export of 5,435 partners × 46 actions × 4 years (no duplicates), with
 * quoted cells holding the delimiter, one in a hundred cells with a line break, one in two hundred
 * rows rejected (unknown action or a bad amount).
 */
public final class PartnerIngestBenchmark {

	private PartnerIngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		String chunkSize = args.length > 1 && !args[1].isBlank() && !args[1].equals("-") ? args[1] : null;
		int ingests = args.length > 2 ? Integer.parseInt(args[2]) : 1;
		Path temp = Files.createTempDirectory("partner-benchmark");
		Path drop = Files.createDirectories(temp.resolve("input/partners"));
		// the default database (application.properties), in the temporary folder
		List<String> arguments = new ArrayList<>(List.of("--pipeline.data-dir=" + temp.resolve("db"),
				"--pipeline.partners.max-bytes=" + (4L << 30),
				"--logging.level.nl.stm.pipeline=WARN"));
		if (chunkSize != null) {
			arguments.add("--pipeline.partners.chunk-size=" + chunkSize);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PipelineApplication.class)
			.run(arguments.toArray(String[]::new))) {
			System.out.printf("heap max %d MB, %d cores, %d rows, chunk size %d (jobs/pipeline.properties unless given), folder %s%n",
					Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), rows,
					context.getBean(PartnerProperties.class).chunkSize(), temp);
			context.getBean(LetterImporter.class)
				.importLetter(Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf"));
			Map<Integer, String> actions = context.getBean(PartnerSubmissionRepository.class).actionTitles();
			Path file = drop.resolve("consolidated_2025-H2.csv");
			long t0 = System.nanoTime();
			int expectedRejected = generate(file, rows, actions, "2025-H2");
			System.out.printf("generated %s: %d MB in %.1f s (%d rows to be rejected)%n", file.getFileName(),
					Files.size(file) >> 20, (System.nanoTime() - t0) / 1e9, expectedRejected);

			// (a) parse + validate alone (dialect scan with SHA-256 included)
			for (int run = 1; run <= 3; run++) {
				long start = System.nanoTime();
				long cpu = processCpuNanos();
				int[] counts = parseAndValidate(file, actions);
				double seconds = (System.nanoTime() - start) / 1e9;
				double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
				System.out.printf(
						"(a) parse + validate, run %d: %d read, %d accepted, %d rejected in %.2f s = %,.0f rows/s (%.2f s CPU = %,.0f rows per CPU second)%n",
						run, counts[0], counts[1], counts[2], seconds, counts[0] / seconds, cpuSeconds, counts[0] / cpuSeconds);
			}

			// (b) end to end into the file H2 database; later ingests (other periods) show the JVM warmed up
			for (int run = 1; run <= ingests; run++) {
				if (run > 1) {
					generate(drop.resolve("consolidated_" + (2025 + run / 2) + "-H" + (2 - run % 2) + ".csv"), rows, actions,
							(2025 + run / 2) + "-H" + (2 - run % 2));
				}
				resetPeaks();
				Map<String, Long> threadsBefore = cpuByThread();
				long start = System.nanoTime();
				long cpu = processCpuNanos();
				List<PartnerIngester.FileResult> results = context.getBean(PartnerIngester.class).ingestFolder(drop);
				double seconds = (System.nanoTime() - start) / 1e9;
				double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
				PartnerIngester.FileResult r = results.get(0);
				System.out.printf(
						"(b) end to end, ingest %d: %s, %d read, %d accepted, %d rejected in %.2f s = %,.0f rows/s (%.2f s CPU = %,.0f rows per CPU second)%n",
						run, r.status(), r.rowsRead(), r.accepted(), r.rejected().size(), seconds, r.rowsRead() / seconds,
						cpuSeconds, r.rowsRead() / cpuSeconds);
				printCpuByThread(threadsBefore, cpuByThread());
			}
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			System.out.printf("    database: %d submission rows, %d rejected rows; peak heap used %d MB%n",
					jdbc.sql("SELECT COUNT(*) FROM partner_submission").query(Long.class).single(),
					jdbc.sql("SELECT COUNT(*) FROM rejected_row").query(Long.class).single(), peakHeapMb());
		}
	}

	static int[] parseAndValidate(Path file, Map<Integer, String> actions) throws Exception {
		PartnerRowReader reader = new PartnerRowReader(file, null, new PartnerProperties(4L << 30, 100_000, 1));
		PartnerRowProcessor processor = new PartnerRowProcessor(actions);
		reader.open(new ExecutionContext());
		int read = 0;
		int accepted = 0;
		int rejected = 0;
		for (PartnerRecord record = reader.read(); record != null; record = reader.read()) {
			read++;
			try {
				processor.process(record);
				accepted++;
			}
			catch (RowRejectedException ex) {
				rejected++;
			}
		}
		reader.close();
		return new int[] { read, accepted, rejected };
	}

	public static int generate(Path file, int rows, Map<Integer, String> actions, String period) throws IOException {
		List<Integer> numbers = new ArrayList<>(actions.keySet());
		String[] statuses = { "Voltooid", "Doorlopend", "In uitvoering", "In uitvoering maar met vertraging",
				"Nog niet gestart", "In (formele) consultatie", "Niet van toepassing" };
		int rejected = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			out.write("Organisatie;Periode;Actienummer;Actie;Status;Jaar;Begroot (€);Besteed (€);Toelichting\r\n");
			for (int i = 0; i < rows; i++) {
				int partner = i / (numbers.size() * 4);
				int action = numbers.get(i % numbers.size());
				int year = 2024 + (i / numbers.size()) % 4;
				String budget = euros(1_000L * (i % 997 + 1));
				String spent = euros(37L * (i % 10_007));
				String actionText = String.valueOf(action);
				if (i % 400 == 7) {
					actionText = "99";
					rejected++;
				}
				else if (i % 400 == 207) {
					spent = "1.234.56";
					rejected++;
				}
				String toelichting = i % 100 == 3 ? "\"Voortgang; zie rapport " + i + ".\nTweede regel.\""
						: i % 10 == 5 ? "\"Loopt volgens plan; regel " + i + "\"" : "Regel " + i;
				out.write("Partner " + partner + ";" + period + ";" + actionText + ";" + quote(actions.get(action)) + ";"
						+ statuses[i % statuses.length] + ";" + year + ";€ " + budget + ";" + spent + ";" + toelichting
						+ "\r\n");
			}
		}
		return rejected;
	}

	private static String quote(String text) {
		return text.indexOf(';') >= 0 || text.indexOf('"') >= 0 ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	/** Dutch notation with thousands dots and a decimal comma, e.g. 12.345,67. */
	private static String euros(long cents) {
		String whole = String.valueOf(cents / 100);
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				s.append('.');
			}
			s.append(whole.charAt(i));
		}
		return s.append(',').append(String.format("%02d", cents % 100)).toString();
	}

	/** CPU time of this process (all threads: also the database's background writers and GC). */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/**
	 * CPU seconds per kind of thread (Linux {@code /proc}; GC and JIT threads included, which the
	 * JVM's own thread beans do not show), by thread name with digits dropped.
	 */
	private static Map<String, Long> cpuByThread() throws IOException {
		Map<String, Long> ticks = new java.util.TreeMap<>();
		Path tasks = Path.of("/proc/self/task");
		if (!Files.isDirectory(tasks)) {
			return ticks;
		}
		try (var list = Files.list(tasks)) {
			for (Path task : list.toList()) {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9#]+", "").strip();
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended meanwhile
				}
			}
		}
		return ticks;
	}

	private static void printCpuByThread(Map<String, Long> before, Map<String, Long> after) {
		StringBuilder line = new StringBuilder("    CPU seconds by thread:");
		after.forEach((name, ticks) -> {
			long used = ticks - before.getOrDefault(name, 0L);
			if (used >= 10) {
				line.append(String.format(" %s %.1f;", name, used / 100.0));
			}
		});
		System.out.println(line);
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapMb() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak >> 20;
	}
}
