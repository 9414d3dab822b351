package nl.stm.pipeline.ops;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.stm.pipeline.PipelineApplication;

import nl.stm.pipeline.partner.KnownActions;
import nl.stm.pipeline.partner.PartnerIngestBenchmark;
import nl.stm.pipeline.pdf.variants.BudgetLetterPdf;
import nl.stm.pipeline.pdf.variants.SampleLetters;
import nl.stm.pipeline.support.PipelineProcess;
import nl.stm.pipeline.support.ThreadCpu;

/**
 * Benchmark of the partitioned pipeline steps and the whole {@code run} (not a test). Letters are
 * nr. 249's tables printed under distinct Kamerstuk numbers (each a real import, none "already
 * imported"); partner files are generated with a period of their own each (none supersedes another).
 * Each run is {@code run} in a fresh pipeline home, in a JVM of its own, with {@code -Xmx256m}.
 * <ol>
 * <li>The letters step over {@code letters} letters with one worker thread, then with two, taking
 * turns {@code rounds} times (so that a shared machine's load hits both alike): its duration as the
 * job repository recorded it, the ratio per round and the ratio of the medians (issue 15 asks for
 * at least 1.6); and the CPU seconds spent during the step by kind of thread ({@link ThreadCpu}), so
 * that the cores one thread keeps busy bound what any number of threads can gain.</li>
 * <li>Unless {@code rows} is 0: the whole run over 1, 10 and {@code letters} letters with as many
 * partner files of {@code rows} rows (default threads): wall-clock time of the process, each step's
 * duration, and partner rows per second (over the partner step, and over the whole run).</li>
 * </ol>
 * {@code -Dbenchmark.jvm="…"} adds options to the runs' JVMs (e.g. {@code -XX:StartFlightRecording=…}).
 * {@code -Dbenchmark.jar=target/pipeline.jar} runs the Spring Boot jar ({@code java -jar}) as operators do,
 * instead of the classes; each home then starts with the {@code data/extract-worker} folder that a first
 * run of the jar leaves (the unpacked jar and the children's class archive), as a home that has run before.
 * Run after {@code mvn -B -q test-compile} and {@code mvn -q dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) nl.stm.pipeline.ops.PipelineBenchmark [letters] [rows] [rounds]
 * </pre>
 */
public final class PipelineBenchmark {

	private static final List<String> JVM = jvm();

	/** The argument that makes this class {@link #nights}, and the prefix of the lines it prints. */
	private static final String NIGHTS = "--nights";

	private static final Path JAR = System.getProperty("benchmark.jar") == null ? null : Path.of(System.getProperty("benchmark.jar"));

	/** The extract-worker folder a first run of the jar left, copied into every home; {@code null} for the classes. */
	private static Path extractWorker;

	private PipelineBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 2 && args[0].equals(NIGHTS)) {
			nights(Path.of("").toAbsolutePath(), Integer.parseInt(args[1]));
			return;
		}
		// the runs start in homes of their own: the classpath they inherit must not be relative
		System.setProperty("surefire.test.class.path", Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.map(entry -> Path.of(entry).toAbsolutePath().toString())
			.collect(Collectors.joining(File.pathSeparator)));
		int letters = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
		int nights = args.length > 3 ? Integer.parseInt(args[3]) : 3;
		Path pool = Files.createTempDirectory("pipeline-benchmark");
		List<Path> pdfs = letters(pool.resolve("letters"), letters);
		List<Path> csvs = rows == 0 ? List.of() : partnerFiles(pool.resolve("partners"), letters, rows);
		if (JAR != null) {
			run(pool.resolve("first-run"), pdfs.subList(0, 1), List.of(), 1);
			extractWorker = pool.resolve("first-run/data/extract-worker");
		}
		System.out.printf("%d letters, %d partner files of %d rows in %s; %d processors, load %s%n", letters, csvs.size(),
				rows, pool, Runtime.getRuntime().availableProcessors(), load());

		Map<Integer, List<Double>> lettersStep = new LinkedHashMap<>(Map.of(1, new ArrayList<>(), 2, new ArrayList<>()));
		List<Double> coresOfOneThread = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			for (int threads : List.of(1, 2)) {
				Run run = run(pool.resolve("letters-" + round + "-" + threads), pdfs, List.of(), threads);
				double step = seconds(run.steps().get("pipelineLettersStep"));
				lettersStep.get(threads).add(step);
				double cpu = run.lettersCpu().values().stream().mapToDouble(Double::doubleValue).sum();
				if (threads == 1) {
					coresOfOneThread.add(cpu / step);
				}
				System.out.printf("round %d: letters step, %d letters, %d thread(s): %6.1f s (run %6.1f s; load %s);"
						+ " CPU in the step %.1f s = %.2f cores (%s)%n", round, letters, threads, step, seconds(run.wall()),
						load(), cpu, cpu / step, run.lettersCpu().entrySet().stream()
							.map(e -> String.format("%s %.1f", e.getKey(), e.getValue()))
							.collect(Collectors.joining(", ")));
			}
			System.out.printf("round %d: letters step speed-up, 2 threads vs 1: %.2f%n", round,
					lettersStep.get(1).get(round - 1) / lettersStep.get(2).get(round - 1));
		}
		System.out.printf("letters step, median of %d rounds: 1 thread %.1f s, 2 threads %.1f s: speed-up %.2f%n", rounds,
				median(lettersStep.get(1)), median(lettersStep.get(2)), median(lettersStep.get(1)) / median(lettersStep.get(2)));
		int processors = Runtime.getRuntime().availableProcessors();
		System.out.printf("with 1 thread the step keeps %.2f of %d cores busy (median): no number of threads can make it more than"
				+ " %.2f times faster%n", median(coresOfOneThread), processors, processors / median(coresOfOneThread));
		if (nights > 0) {
			servedLetters(pool, letters, rounds, nights);
		}
		if (rows == 0) {
			return;
		}

		for (int n : List.of(1, 10, 100).stream().filter(n -> n <= letters).toList()) {
			Run run = run(pool.resolve("run-" + n), pdfs.subList(0, n), csvs.subList(0, n), 0);
			long partnerRows = (long) n * rows;
			Duration partners = run.steps().get("pipelinePartnersStep");
			System.out.printf(
					"run, %3d letters + %3d partner files (%,d rows): %6.1f s wall; letters %5.1f s, partners %5.1f s (%,.0f rows/s),"
							+ " reconcile %5.1f s, report %5.1f s; %,.0f partner rows/s over the run (load %s)%n",
					n, n, partnerRows, seconds(run.wall()), seconds(run.steps().get("pipelineLettersStep")), seconds(partners),
					partnerRows / seconds(partners), seconds(run.steps().get("reconcileStep")),
					seconds(run.steps().get("reportStep")), partnerRows / seconds(run.wall()), load());
		}
	}

	/**
	 * The letters step in a process that keeps running, as {@code serve} does: one JVM per thread count
	 * runs the pipeline once a "night", {@code letters} new letters each night; the last night's letters
	 * step is measured, the nights before it warm the JVM (its compiled code, and its extraction
	 * children, which stay from night to night as in {@code serve}).
	 */
	private static void servedLetters(Path pool, int letters, int rounds, int nights) throws Exception {
		Map<Integer, List<Double>> lastNight = new LinkedHashMap<>(Map.of(1, new ArrayList<>(), 2, new ArrayList<>()));
		for (int round = 1; round <= rounds; round++) {
			for (int threads : List.of(1, 2)) {
				Path home = pool.resolve("served-" + round + "-" + threads);
				for (int night = 1; night <= nights; night++) {
					letters(home.resolve("nights/" + night), 2000 + night * letters, letters);
				}
				Files.createDirectories(home.resolve("input/letters"));
				Files.createDirectories(home.resolve("jobs"));
				if (extractWorker != null) {
					copyExtractWorker(home);
				}
				List<Double> steps = inOneProcess(home, threads);
				lastNight.get(threads).add(steps.get(steps.size() - 1));
				System.out.printf("round %d: served, %d thread(s), letters step per night of %d letters: %s s (load %s)%n",
						round, threads, letters, steps, load());
			}
		}
		System.out.printf("served, last of %d nights, median of %d rounds: 1 thread %.1f s, 2 threads %.1f s: speed-up %.2f%n",
				nights, rounds, median(lastNight.get(1)), median(lastNight.get(2)),
				median(lastNight.get(1)) / median(lastNight.get(2)));
	}

	/** Starts {@link #nights} in a JVM of its own, from the jar when there is one, and returns its steps' seconds. */
	private static List<Double> inOneProcess(Path home, int threads) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(JVM);
		String testClasses = Path.of(PipelineBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		command.addAll(JAR == null ? List.of("-cp", System.getProperty("surefire.test.class.path"), PipelineBenchmark.class.getName())
				: List.of("-cp", JAR.toAbsolutePath().toString(), "-Dloader.path=" + testClasses,
						"-Dloader.main=" + PipelineBenchmark.class.getName(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
		command.addAll(List.of(NIGHTS, String.valueOf(threads)));
		Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
		List<Double> steps = new ArrayList<>();
		StringBuilder output = new StringBuilder();
		try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith(NIGHTS)) {
					steps.add(Double.parseDouble(line.substring(NIGHTS.length()).strip()));
				}
				output.append(line).append('\n');
			}
		}
		if (process.waitFor() != 0 || steps.isEmpty()) {
			throw new IllegalStateException("the served runs in " + home + " failed:\n" + output);
		}
		return steps;
	}

	/**
	 * In this JVM: the application started once, then one pipeline run per folder of {@code nights/},
	 * its letters moved into the drop folder first; prints each run's letters step in seconds.
	 */
	private static void nights(Path home, int threads) throws Exception {
		List<Path> nights;
		try (var folders = Files.list(home.resolve("nights"))) {
			nights = folders.sorted(java.util.Comparator.comparing(folder -> Integer.parseInt(folder.getFileName().toString())))
				.toList();
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PipelineApplication.class)
			.run("--pipeline.workers.threads=" + threads, "--logging.level.root=WARN")) {
			PipelineRuns runs = context.getBean(PipelineRuns.class);
			for (Path night : nights) {
				try (var files = Files.list(night)) {
					for (Path file : files.toList()) {
						Files.move(file, home.resolve("input/letters").resolve(file.getFileName()));
					}
				}
				PipelineRuns.Result result = runs.start(new JobParametersBuilder()
					.addString(PipelineJobConfiguration.RUN_ID, "night " + night.getFileName())
					.toJobParameters());
				StepExecution step = result.execution().getStepExecutions().stream()
					.filter(execution -> execution.getStepName().equals("pipelineLettersStep"))
					.findFirst()
					.orElseThrow();
				if (result.outcome() != PipelineRuns.Outcome.COMPLETED) {
					throw new IllegalStateException("night " + night.getFileName() + ": " + result.outcome());
				}
				System.out.println(NIGHTS + " " + seconds(Duration.between(step.getStartTime(), step.getEndTime())));
			}
		}
	}

	/**
	 * What one run took: wall-clock time of the process, each pipeline step's duration, and the CPU
	 * seconds spent during the letters step by kind ({@link ThreadCpu}: the run's compiler threads, its
	 * worker threads, its other threads, its extraction children).
	 */
	private record Run(Duration wall, Map<String, Duration> steps, Map<String, Double> lettersCpu) {
	}

	/** When a step started and ended, as the job repository recorded it. */
	private record Window(Instant start, Instant end) {
	}

	/** {@code run} in a fresh home holding copies of the files; threads 0 = the default. */
	private static Run run(Path home, List<Path> letters, List<Path> partners, int threads) throws Exception {
		copy(letters, Files.createDirectories(home.resolve("input/letters")));
		copy(partners, Files.createDirectories(home.resolve("input/partners")));
		if (extractWorker != null) {
			copyExtractWorker(home);
		}
		List<String> args = new ArrayList<>(List.of("run"));
		if (threads > 0) {
			args.add("--pipeline.workers.threads=" + threads);
		}
		long start = System.nanoTime();
		PipelineProcess process = PipelineProcess.start(home, JAR, JVM, args.toArray(String[]::new));
		ThreadCpu cpu = ThreadCpu.of(process.pid());
		PipelineProcess.Result result = process.await();
		Duration wall = Duration.ofNanos(System.nanoTime() - start);
		cpu.close();
		if (result.exitCode() != PipelineCommand.OK && result.exitCode() != PipelineCommand.INPUT_FAILED
				|| !result.stdout().contains("letters in input/letters: " + letters.size() + " (" + letters.size() + " imported")) {
			throw new IllegalStateException("run exited with " + result.exitCode() + ":\n" + result.stdout() + result.stderr());
		}
		Map<String, Window> steps = steps(home);
		Window lettersStep = steps.get("pipelineLettersStep");
		Map<String, Duration> durations = new LinkedHashMap<>();
		steps.forEach((name, window) -> durations.put(name, Duration.between(window.start(), window.end())));
		return new Run(wall, durations, cpu.between(lettersStep.start(), lettersStep.end()));
	}

	/** When each pipeline step (partitions left out) started and ended, from the job repository. */
	private static Map<String, Window> steps(Path home) throws Exception {
		String url = "jdbc:h2:file:" + home.toAbsolutePath().resolve("data/pipeline")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		Map<String, Window> steps = new LinkedHashMap<>();
		try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT step_name, start_time, end_time FROM batch_step_execution"
						+ " WHERE step_name NOT LIKE '%:%' ORDER BY step_execution_id")) {
			while (r.next()) {
				steps.put(r.getString(1), new Window(r.getTimestamp(2).toInstant(), r.getTimestamp(3).toInstant()));
			}
		}
		return steps;
	}

	/** Nr. 249's letter under the Kamerstuk numbers 1000, 1001, …: documents of their own. */
	static List<Path> letters(Path folder, int count) throws Exception {
		return letters(folder, 1000, count);
	}

	/** Nr. 249's letter under the Kamerstuk numbers {@code first}, {@code first + 1}, …. */
	static List<Path> letters(Path folder, int first, int count) throws Exception {
		Files.createDirectories(folder);
		BudgetLetterPdf.Letter kst249 = SampleLetters.kst249();
		List<Path> files = new ArrayList<>();
		for (int i = first; i < first + count; i++) {
			Path file = folder.resolve(String.format("kst-28638-%04d.pdf", i));
			BudgetLetterPdf.write(PartitionedPipelineTests.numbered(kst249, i), BudgetLetterPdf.Layout.standard(),
					file);
			files.add(file);
		}
		return files;
	}

	/** Partner files of the half years 2000-H1, 2000-H2, 2001-H1, …: none supersedes another. */
	static List<Path> partnerFiles(Path folder, int count, int rows) throws Exception {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String period = (2000 + i / 2) + (i % 2 == 0 ? "-H1" : "-H2");
			Path file = folder.resolve("partners_" + period + ".csv");
			PartnerIngestBenchmark.generate(file, rows, KnownActions.ofLetter249(), period);
			files.add(file);
		}
		return files;
	}

	/**
	 * Copies the extract-worker folder of the first run into a home, keeping the files' times: the
	 * children's class archive holds only for the very jars it was written with (size and time).
	 */
	private static void copyExtractWorker(Path home) throws Exception {
		Path target = home.resolve("data/extract-worker");
		Files.createDirectories(target.getParent());
		try (var files = Files.walk(extractWorker)) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(extractWorker.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

	private static void copy(List<Path> files, Path folder) throws Exception {
		for (Path file : files) {
			Files.copy(file, folder.resolve(file.getFileName()));
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/** {@code -Xmx256m} and what {@code -Dbenchmark.jvm} adds. */
	private static List<String> jvm() {
		List<String> options = new ArrayList<>(List.of("-Xmx256m"));
		String extra = System.getProperty("benchmark.jvm", "").strip();
		if (!extra.isEmpty()) {
			options.addAll(Arrays.asList(extra.split("\\s+")));
		}
		return options;
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (Exception ex) {
			return "unknown";
		}
	}
}
