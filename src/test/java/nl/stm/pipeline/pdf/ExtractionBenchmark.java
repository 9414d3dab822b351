package nl.stm.pipeline.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

import nl.stm.pipeline.pdf.page.Glyph;
import nl.stm.pipeline.pdf.page.GlyphCollector;
import nl.stm.pipeline.pdf.page.GraphicsCollector;
import nl.stm.pipeline.pdf.page.LineBuilder;
import nl.stm.pipeline.pdf.page.PageLayout;
import nl.stm.pipeline.pdf.page.TextLine;
import nl.stm.pipeline.pdf.progress.ProgressTableReader;

/**
 * Compares the extractor's time on a progress report with PDFBox's plain {@link PDFTextStripper}
 * on the same file (the issue requires at most 2×). Not a JUnit test: timings on a shared build
 * machine are too noisy to assert. Run after {@code mvn -q -B test-compile}:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) nl.stm.pipeline.pdf.ExtractionBenchmark [file.pdf] [rounds]
 * </pre>
 *
 * Both sides load the file from disk each iteration. Prints the median per-file time of each, the
 * ratio, and a breakdown of the extractor: text pass (glyphs), graphics pass (rules, icons), line
 * building and the table readers.
 */
public final class ExtractionBenchmark {

	private static final int WARMUP = 15;

	private ExtractionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures/progress/voortgang-2025-H1.pdf");
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		LetterExtractor extractor = new LetterExtractor();

		for (int i = 0; i < WARMUP; i++) {
			strip(file);
			extractor.extract(file);
			breakdown(file);
		}
		double[] strip = new double[rounds];
		double[] extract = new double[rounds];
		double[][] parts = new double[rounds][];
		for (int i = 0; i < rounds; i++) {
			// interleaved, so drift in machine load hits both sides alike
			long t0 = System.nanoTime();
			strip(file);
			long t1 = System.nanoTime();
			extractor.extract(file);
			long t2 = System.nanoTime();
			strip[i] = (t1 - t0) / 1e6;
			extract[i] = (t2 - t1) / 1e6;
			parts[i] = breakdown(file);
		}
		double s = median(strip);
		double e = median(extract);
		System.out.printf(Locale.ROOT, "file: %s (%d rounds after %d warm-up)%n", file.getFileName(), rounds, WARMUP);
		System.out.printf(Locale.ROOT, "PDFTextStripper (load + getText): median %.1f ms%n", s);
		System.out.printf(Locale.ROOT, "LetterExtractor.extract:          median %.1f ms%n", e);
		System.out.printf(Locale.ROOT, "ratio extractor / stripper:       %.2f (limit 2.00)%n", e / s);
		String[] names = { "load", "text pass (GlyphCollector)", "graphics pass (GraphicsCollector)",
				"LineBuilder", "progress tables (ProgressTableReader)" };
		for (int p = 0; p < names.length; p++) {
			double[] column = new double[rounds];
			for (int i = 0; i < rounds; i++) {
				column[i] = parts[i][p];
			}
			System.out.printf(Locale.ROOT, "  %-40s median %.1f ms%n", names[p], median(column));
		}
	}

	private static int strip(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document).length();
		}
	}

	/** The extractor's stages timed one by one: load, glyphs, graphics, lines, progress tables. */
	private static double[] breakdown(Path file) throws IOException {
		double[] t = new double[5];
		long t0 = System.nanoTime();
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			t[0] = (System.nanoTime() - t0) / 1e6;
			GlyphCollector glyphs = new GlyphCollector();
			List<PageLayout> pages = new ArrayList<>();
			for (int p = 1; p <= document.getNumberOfPages(); p++) {
				long a = System.nanoTime();
				List<Glyph> pageGlyphs = glyphs.collect(document, p);
				long b = System.nanoTime();
				PDPage page = document.getPage(p - 1);
				GraphicsCollector graphics = glyphs.graphics();
				long c = System.nanoTime();
				List<TextLine> lines = LineBuilder.build(p, pageGlyphs);
				long d = System.nanoTime();
				t[1] += (b - a) / 1e6;
				t[2] += (c - b) / 1e6;
				t[3] += (d - c) / 1e6;
				pages.add(new PageLayout(p, page.getCropBox().getWidth(), page.getCropBox().getHeight(), lines,
						graphics.rulings(), graphics.shapes()));
			}
			long e = System.nanoTime();
			ProgressTableReader.read(pages, new ArrayList<>());
			t[4] = (System.nanoTime() - e) / 1e6;
		}
		return t;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}
}
