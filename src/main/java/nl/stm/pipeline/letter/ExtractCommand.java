package nl.stm.pipeline.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import nl.stm.pipeline.ops.GracefulStop;
import nl.stm.pipeline.ops.InputFiles;
import nl.stm.pipeline.ops.OneLine;
import nl.stm.pipeline.ops.PipelineCommand;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.ExtractionException;
import nl.stm.pipeline.pdf.ExtractionLimits;

/**
 * {@code extract FILE...}: one JSON line per file on standard output, in input order, and a summary line per
 * file on standard error (tables, rows, warnings); a file that cannot be read gets an error line there and a
 * one-line message on standard error. Runs without Spring or a database, but with the same limits as the
 * import ({@code pipeline.letters.*} from the jar's defaults, {@code jobs/pipeline.properties} and
 * {@code --setting=value}) and the same isolation: every file is read in a child JVM, so a hostile file
 * fails alone.
 */
public class ExtractCommand {

	static final String PREFIX = "pipeline.letters.";

	public int run(List<String> files, List<String> settings, PrintStream out, PrintStream err) {
		if (files.isEmpty()) {
			err.println("extract: name at least one PDF file");
			return PipelineCommand.USAGE;
		}
		Properties properties;
		try {
			properties = settings(settings);
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("extract: " + OneLine.of(ex.getMessage()));
			return PipelineCommand.USAGE;
		}
		int status = PipelineCommand.OK;
		try (IsolatedExtractor extractor = new IsolatedExtractor(limits(properties),
				properties.getProperty(PREFIX + "worker-heap", "256m"))) {
			for (String file : files) {
				if (GracefulStop.requested()) {
					err.println("extract: stopped (SIGTERM) before " + OneLine.of(file));
					return PipelineCommand.STOPPED;
				}
				Path path = Path.of(file);
				try {
					String notRegular = InputFiles.notRegular(path);
					if (notRegular != null) {
						throw new ExtractionException(ExtractionException.Code.IO,
								OneLine.of(path.getFileName().toString()) + ": " + notRegular);
					}
					ExtractedLetter letter = extractor.extract(path);
					out.println(LetterJson.toJsonLine(letter));
					err.println(OneLine.of(ExtractionSummary.of(letter)));
				}
				catch (ExtractionException ex) {
					out.println(LetterJson.errorLine(path.getFileName().toString(), ex));
					err.println(OneLine.of(ex.getMessage()));
					status = PipelineCommand.INPUT_FAILED;
				}
				out.flush();
			}
		}
		return status;
	}

	/** The jar's defaults, then jobs/pipeline.properties in the working directory, then the command line. */
	static Properties settings(List<String> settings) throws IOException {
		Properties properties = new Properties();
		try (InputStream defaults = ExtractCommand.class.getResourceAsStream("/application.properties")) {
			if (defaults != null) {
				properties.load(defaults);
			}
		}
		Path operator = Path.of("jobs", "pipeline.properties");
		if (Files.isRegularFile(operator)) {
			try (InputStream in = Files.newInputStream(operator)) {
				properties.load(in);
			}
		}
		for (String setting : settings) {
			int eq = setting.indexOf('=');
			properties.setProperty(setting.substring(2, eq), setting.substring(eq + 1));
		}
		return properties;
	}

	static ExtractionLimits limits(Properties properties) {
		return new ExtractionLimits(Long.parseLong(properties.getProperty(PREFIX + "max-bytes").trim()),
				Integer.parseInt(properties.getProperty(PREFIX + "max-pages").trim()),
				duration(properties.getProperty(PREFIX + "timeout").trim()));
	}

	/** A duration as Spring Boot reads one: ISO-8601 ({@code PT2M}), {@code 90s}, {@code 2m}, or milliseconds. */
	static Duration duration(String text) {
		if (text.toUpperCase().startsWith("P")) {
			return Duration.parse(text);
		}
		var matcher = java.util.regex.Pattern.compile("(\\d+)\\s*(ns|us|ms|s|m|h|d)?").matcher(text.toLowerCase());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a duration: " + text + " (" + PREFIX + "timeout)");
		}
		long n = Long.parseLong(matcher.group(1));
		String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
		return switch (unit) {
			case "ns" -> Duration.ofNanos(n);
			case "us" -> Duration.ofNanos(n * 1000);
			case "s" -> Duration.ofSeconds(n);
			case "m" -> Duration.ofMinutes(n);
			case "h" -> Duration.ofHours(n);
			case "d" -> Duration.ofDays(n);
			default -> Duration.ofMillis(n);
		};
	}
}
