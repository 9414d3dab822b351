package nl.stm.pipeline.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import nl.stm.pipeline.pdf.ExtractionException;
import nl.stm.pipeline.pdf.LetterExtractor;

/**
 * What is compared: the engine ({@link LetterExtractor}: its tables), PDFBox 3's plain
 * {@link PDFTextStripper} (text only, the floor for any PDFBox-based reader) and tabula-java 1.0.5 in
 * its two modes. Each reads a file from disk to its result, the way a user runs it. tabula needs
 * PDFBox 2, so it runs in a class loader of its own over {@code benchmarks/tabula-harness/target}
 * (system property {@code tabula.home}), parented by the platform loader: nothing of PDFBox 3 is
 * visible to it.
 */
public enum Contender {

	ENGINE("engine"), PDFBOX_TEXT("PDFTextStripper"), TABULA_LATTICE("tabula lattice"), TABULA_STREAM("tabula stream");

	private final String label;

	Contender(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** A reader for this contender: a file in, its result out (engine: ExtractedLetter; others: rows of cells). */
	public Function<Path, Object> reader() {
		return switch (this) {
			case ENGINE -> {
				LetterExtractor extractor = new LetterExtractor();
				yield file -> {
					try {
						return extractor.extract(file);
					}
					catch (ExtractionException ex) {
						throw new IllegalStateException(ex.getMessage(), ex);
					}
				};
			}
			case PDFBOX_TEXT -> Contender::strip;
			case TABULA_LATTICE -> tabula("lattice");
			case TABULA_STREAM -> tabula("stream");
		};
	}

	/** The stripper's text, one row per line, one cell per whitespace-separated token run. */
	private static Object strip(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			String text = new PDFTextStripper().getText(document);
			List<List<String>> rows = new ArrayList<>();
			for (String line : text.split("\\R")) {
				rows.add(List.of(line));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Function<Path, Object> tabula(String mode) {
		Path home = Path.of(System.getProperty("tabula.home", "benchmarks/tabula-harness/target"));
		try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
			List<URL> urls = new ArrayList<>();
			urls.add(home.resolve("classes").toUri().toURL());
			for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList()) {
				urls.add(jar.toUri().toURL());
			}
			ClassLoader loader = new URLClassLoader("tabula", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
			Object tables = loader.loadClass("nl.stm.pipeline.benchmarks.tabula.TabulaTables")
				.getConstructor(String.class)
				.newInstance(mode);
			Function<Path, List<List<String>>> function = (Function<Path, List<List<String>>>) tables;
			return function::apply;
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException("tabula not built in " + home.toAbsolutePath() + " (run mvn -f benchmarks/pom.xml package)"
					+ File.pathSeparator + ex.getMessage(), ex);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot load tabula from " + home.toAbsolutePath(), ex);
		}
	}

	public static Contender byLabel(String label) {
		return Arrays.stream(values()).filter(c -> c.name().equals(label)).findFirst().orElseThrow();
	}
}
