package nl.stm.pipeline.ops;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark of command start-up (not a test): runs {@code java [jvm options] -jar JAR <command>} as
 * an operator does, in a fresh pipeline home (a folder with {@code jobs/}), several times per command, and prints the median
 * wall-clock time from process start to exit: {@code --help} and a usage error (answered without
 * Spring) and {@code status} (Spring context, database, its queries), with the machine's load
 * average (one minute) before and after, since on a shared machine only figures taken at a like
 * load compare. The first {@code status} creates the database and is not counted. Run after
 * {@code mvn -B -q package -DskipTests}:
 *
 * <pre>
 * java -cp target/test-classes nl.stm.pipeline.ops.StartupBenchmark target/pipeline.jar 5
 * java -cp target/test-classes nl.stm.pipeline.ops.StartupBenchmark application/pipeline.jar 5 -XX:SharedArchiveFile=application/pipeline.jsa
 * </pre>
 *
 * Relative paths in {@code -XX:SharedArchiveFile=} are taken from the current folder (the commands
 * run in the temporary home). With an archive, one {@code status} first runs with
 * {@code -Xshare:on}, which refuses to start when the archive does not fit this JDK and jar, so that
 * a figure "with CDS" is never one without.
 */
public final class StartupBenchmark {

	private static final String ARCHIVE = "-XX:SharedArchiveFile=";

	private StartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args.length > 0 ? args[0] : "target/pipeline.jar").toAbsolutePath();
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		List<String> jvm = (args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.<String>of()).stream()
			.map(o -> o.startsWith(ARCHIVE) ? ARCHIVE + Path.of(o.substring(ARCHIVE.length())).toAbsolutePath() : o)
			.toList();
		Path home = Files.createTempDirectory("startup-benchmark");
		Files.createDirectories(home.resolve("jobs"));
		run(home, jar, jvm, "status");
		if (jvm.stream().anyMatch(o -> o.startsWith(ARCHIVE))) {
			List<String> strict = new ArrayList<>(jvm);
			strict.add("-Xshare:on");
			run(home, jar, strict, "status");
		}
		for (String command : List.of("--help", "frobnicate", "status")) {
			long[] millis = new long[runs];
			double before = load();
			for (int i = 0; i < runs; i++) {
				millis[i] = run(home, jar, jvm, command);
			}
			Arrays.sort(millis);
			System.out.printf("%-12s median %5d ms  (min %d, max %d, %d runs; load average %.1f before, %.1f after)%n", command,
					millis[runs / 2], millis[0], millis[runs - 1], runs, before, load());
		}
	}

	/** The system's load average over the last minute. */
	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/** Wall-clock milliseconds of one command, its output discarded. */
	private static long run(Path home, Path jar, List<String> jvm, String command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		line.addAll(jvm);
		line.addAll(List.of("-jar", jar.toString(), command));
		long start = System.nanoTime();
		Process process = new ProcessBuilder(line).directory(home.toFile())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		int exit = process.waitFor();
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (exit != (command.equals("status") || command.equals("--help") ? 0 : 2)) {
			throw new IllegalStateException(command + " exited with " + exit + " (" + String.join(" ", line) + ")");
		}
		return millis;
	}
}
