package nl.stm.pipeline.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The extraction benchmark as one command, run from the repository root:
 * <pre>
 * mvn -q -B -f benchmarks/pom.xml package && java -jar benchmarks/extraction/target/benchmarks.jar
 * </pre>
 * (1) speed: every committed PDF ({@code src/test/resources/fixtures/**.pdf}) read by every
 * {@link Contender} under JMH (one fork each, {@code --warmup} and {@code --measure} iterations of one
 * second), per page, with the ratios per producer; (2) correctness of each contender on the same
 * files ({@link Correctness}); (3) growth: nr. 249 merged into letters of 1 to 2,000 pages, each
 * extracted by the engine in a JVM of its own under {@code -Xmx256m} ({@link GrowthProbe}).
 * Options: {@code --warmup N --measure N --only TEXT} (files whose name contains TEXT)
 * {@code --no-speed --no-correctness --no-growth}, and {@code --interleaved}: speed measured in one
 * JVM with the contenders taking turns, read by read ({@code --warmup}/{@code --measure} rounds),
 * for a machine shared with other work, where JMH's forks see different loads. Prints Markdown tables; JMH's own log goes to
 * {@code benchmarks/extraction/target/jmh.log}.
 */
public final class BenchmarkReport {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

	private static final Path LETTER = FIXTURES.resolve("letters/kst-28638-249.pdf");

	private static final int[] GROWTH = { 1, 10, 100, 1000, 2000 };

	/** Held so the level sticks: PDFBox's merger warns for every copy of the same structure tree. */
	private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws Exception {
		PDFBOX_LOG.setLevel(Level.SEVERE);
		int warmup = intOption(args, "--warmup", 3);
		int measure = intOption(args, "--measure", 5);
		String only = stringOption(args, "--only", "");
		List<Path> files = fixtures(only);
		Map<Path, Integer> pages = new LinkedHashMap<>();
		for (Path file : files) {
			try (PDDocument document = Loader.loadPDF(file.toFile())) {
				pages.put(file, document.getNumberOfPages());
			}
		}
		if (!flag(args, "--no-speed")) {
			Map<String, Double> msPerFile = flag(args, "--interleaved") ? interleaved(files, warmup, measure)
					: speed(files, warmup, measure);
			printSpeed(files, pages, msPerFile);
		}
		if (!flag(args, "--no-correctness")) {
			printCorrectness(files);
		}
		if (!flag(args, "--no-growth")) {
			printGrowth();
		}
	}

	private static List<Path> fixtures(String only) throws IOException {
		try (Stream<Path> walk = Files.walk(FIXTURES)) {
			return walk.filter(f -> f.toString().endsWith(".pdf") && f.getFileName().toString().contains(only))
				.filter(f -> Files.exists(Correctness.expectedFor(f)))
				.sorted()
				.toList();
		}
	}

	/** Milliseconds per file read, keyed by file and contender. */
	private static Map<String, Double> speed(List<Path> files, int warmup, int measure) throws Exception {
		Path tabula = Path.of(System.getProperty("tabula.home", "benchmarks/tabula-harness/target")).toAbsolutePath();
		Options options = new OptionsBuilder().include(ExtractionBench.class.getName())
			.param("file", files.stream().map(f -> f.toAbsolutePath().toString()).toArray(String[]::new))
			.param("contender", Stream.of(Contender.values()).map(Enum::name).toArray(String[]::new))
			.forks(1)
			.warmupIterations(warmup)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(measure)
			.measurementTime(TimeValue.seconds(1))
			.jvmArgsAppend("-Xmx1g", "-Dtabula.home=" + tabula)
			.output("benchmarks/extraction/target/jmh.log")
			.build();
		Map<String, Double> ms = new LinkedHashMap<>();
		for (RunResult result : new Runner(options).run()) {
			String file = result.getParams().getParam("file");
			String contender = result.getParams().getParam("contender");
			ms.put(file + "|" + contender, result.getPrimaryResult().getScore());
		}
		return ms;
	}

	/**
	 * Milliseconds per file read, measured in this JVM with every contender reading every file in
	 * turn, round after round (median of the rounds): on a shared machine the load drifts between
	 * JMH's forks, while here it hits all contenders alike, so the ratios hold.
	 */
	private static Map<String, Double> interleaved(List<Path> files, int warmup, int rounds) {
		Map<Contender, Function<Path, Object>> readers = readers();
		for (int i = 0; i < warmup; i++) {
			for (Path file : files) {
				readers.values().forEach(r -> r.apply(file));
			}
		}
		Map<String, double[]> times = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (Path file : files) {
				for (Map.Entry<Contender, Function<Path, Object>> e : readers.entrySet()) {
					long start = System.nanoTime();
					e.getValue().apply(file);
					double ms = (System.nanoTime() - start) / 1e6;
					times.computeIfAbsent(file.toAbsolutePath() + "|" + e.getKey().name(), k -> new double[rounds])[round] = ms;
				}
			}
		}
		Map<String, Double> medians = new LinkedHashMap<>();
		times.forEach((key, values) -> {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			medians.put(key, rounds % 2 == 1 ? sorted[rounds / 2] : (sorted[rounds / 2 - 1] + sorted[rounds / 2]) / 2);
		});
		return medians;
	}

	private static Map<Contender, Function<Path, Object>> readers() {
		Map<Contender, Function<Path, Object>> readers = new LinkedHashMap<>();
		for (Contender c : Contender.values()) {
			readers.put(c, c.reader());
		}
		return readers;
	}

	private static double ms(Map<String, Double> ms, Path file, Contender contender) {
		return ms.getOrDefault(file.toAbsolutePath() + "|" + contender.name(), Double.NaN);
	}

	private static void printSpeed(List<Path> files, Map<Path, Integer> pages, Map<String, Double> ms) {
		System.out.println("## Extraction speed (ms per page; JMH average time per file / pages)");
		System.out.println();
		System.out.println("| file | producer | pages | engine | PDFTextStripper | tabula lattice | tabula stream "
				+ "| engine / stripper | lattice / engine | stream / engine |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|");
		Map<String, double[]> producers = new LinkedHashMap<>();
		for (Path file : files) {
			int n = pages.get(file);
			double[] t = new double[Contender.values().length];
			for (Contender c : Contender.values()) {
				t[c.ordinal()] = ms(ms, file, c);
			}
			System.out.printf(Locale.ROOT, "| `%s` | %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
					file.getFileName(), producer(file), n, t[0] / n, t[1] / n, t[2] / n, t[3] / n, t[0] / t[1],
					t[2] / t[0], t[3] / t[0]);
			double[] sum = producers.computeIfAbsent(producer(file), k -> new double[t.length]);
			for (int i = 0; i < t.length; i++) {
				sum[i] += t[i];
			}
		}
		System.out.println();
		System.out.println("Per producer (total time over its files):");
		System.out.println();
		System.out.println("| producer | engine / PDFTextStripper | tabula lattice / engine | tabula stream / engine |");
		System.out.println("|---|---|---|---|");
		double[] all = new double[Contender.values().length];
		for (Map.Entry<String, double[]> e : producers.entrySet()) {
			double[] t = e.getValue();
			System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", e.getKey(), t[0] / t[1], t[2] / t[0], t[3] / t[0]);
			for (int i = 0; i < t.length; i++) {
				all[i] += t[i];
			}
		}
		System.out.printf(Locale.ROOT, "| **all files** | **%.2f** | **%.2f** | **%.2f** |%n%n", all[0] / all[1],
				all[2] / all[0], all[3] / all[0]);
	}

	private static void printCorrectness(List<Path> files) {
		System.out.println("## Correctness (expected table cells found, see Correctness)");
		System.out.println();
		System.out.println("| file | engine | PDFTextStripper | tabula lattice | tabula stream |");
		System.out.println("|---|---|---|---|---|");
		Map<Contender, Function<Path, Object>> readers = readers();
		int[][] totals = new int[Contender.values().length][2];
		for (Path file : files) {
			StringBuilder line = new StringBuilder("| `" + file.getFileName() + "` |");
			for (Contender c : Contender.values()) {
				Correctness.Score score = Correctness.score(file, readers.get(c).apply(file));
				totals[c.ordinal()][0] += score.found();
				totals[c.ordinal()][1] += score.expected();
				line.append(String.format(Locale.ROOT, " %d/%d (%.0f %%) |", score.found(), score.expected(), 100 * score.share()));
			}
			System.out.println(line);
		}
		StringBuilder line = new StringBuilder("| **all files** |");
		for (int[] t : totals) {
			line.append(String.format(Locale.ROOT, " **%.1f %%** |", 100.0 * t[0] / t[1]));
		}
		System.out.println(line);
		System.out.println();
	}

	private static void printGrowth() throws Exception {
		System.out.println("## Growth (nr. 249 merged into one letter; engine alone, own JVM, -Xmx256m)");
		System.out.println();
		System.out.println("| pages | ms per page | heap after GC, peak | result |");
		System.out.println("|---|---|---|---|");
		Path dir = Files.createTempDirectory("growth");
		String jar = Path.of(BenchmarkReport.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		try {
			for (int n : GROWTH) {
				Path letter = dir.resolve("letter-" + n + ".pdf");
				merged(n, letter);
				Process probe = new ProcessBuilder(GrowthProbe.command(jar, letter, LETTER)).redirectErrorStream(true).start();
				String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
				int exit = probe.waitFor();
				String[] last = out.isEmpty() ? new String[0] : out.lines().reduce((a, b) -> b).orElse("").split(" ");
				if (exit == 0 && last.length == 3) {
					System.out.printf(Locale.ROOT, "| %s | %s | %s MB | ok |%n", last[0], last[1], last[2]);
				}
				else {
					String cause = out.lines().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst().orElse("exit " + exit);
					System.out.printf(Locale.ROOT, "| %d | | | failed: %s |%n", n, cause);
				}
				Files.delete(letter);
			}
		}
		finally {
			Files.deleteIfExists(dir);
		}
		System.out.println();
	}

	/** Nr. 249 merged with itself (each copy keeps its own fonts, as real merged letters do), cut to n pages. */
	private static void merged(int n, Path target) throws IOException {
		int copies;
		try (PDDocument one = Loader.loadPDF(LETTER.toFile())) {
			copies = (n + one.getNumberOfPages() - 1) / one.getNumberOfPages();
		}
		Path whole = target.resolveSibling("whole-" + target.getFileName());
		PDFMergerUtility merger = new PDFMergerUtility();
		for (int i = 0; i < copies; i++) {
			merger.addSource(LETTER.toFile());
		}
		merger.setDestinationFileName(whole.toString());
		merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
		try (PDDocument document = Loader.loadPDF(whole.toFile())) {
			while (document.getNumberOfPages() > n) {
				document.removePage(document.getNumberOfPages() - 1);
			}
			document.save(target.toFile());
		}
		Files.delete(whole);
	}

	/** The producer, from the file name ({@code kst-28638-249.chromium.full-grid.pdf}); the samples are the originals. */
	private static String producer(Path file) {
		String[] parts = file.getFileName().toString().split("\\.");
		return parts.length > 3 ? parts[1] : "original sample";
	}

	private static int intOption(String[] args, String name, int fallback) {
		String value = stringOption(args, name, null);
		return value == null ? fallback : Integer.parseInt(value);
	}

	private static String stringOption(String[] args, String name, String fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

	private static boolean flag(String[] args, String name) {
		return List.of(args).contains(name);
	}
}
