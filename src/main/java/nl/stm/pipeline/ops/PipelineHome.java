package nl.stm.pipeline.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The pipeline's home folder: the one holding {@code jobs/} (the settings), against which the drop
 * folders, the report folder and the database directory are resolved when they are relative. It is
 * the working directory when that holds {@code jobs/}, or {@code --pipeline.home=DIR}. A command
 * started anywhere else stops with one line instead of creating an empty database and drop
 * folders there.
 */
record PipelineHome(Path folder, boolean workingDirectory) {

	static final String SETTING = "pipeline.home";

	/** The settings that are paths, resolved against the home when relative. */
	static final List<String> PATHS = List.of("pipeline.input-dir", "pipeline.output-dir", "pipeline.data-dir");

	/** Why there is no home: the one line an operator reads. */
	static final class NoHomeException extends Exception {

		NoHomeException(String message) {
			super(message);
		}
	}

	/** The home for these settings ({@code --name=value}) started in {@code workingDirectory}. */
	static PipelineHome of(List<String> settings, Path workingDirectory) throws NoHomeException {
		String prefix = "--" + SETTING + "=";
		String given = settings.stream().filter(s -> s.startsWith(prefix)).reduce((a, b) -> b).map(s -> s.substring(prefix.length())).orElse(null);
		Path cwd = workingDirectory.toAbsolutePath().normalize();
		if (given == null) {
			if (!Files.isDirectory(cwd.resolve("jobs"))) {
				throw new NoHomeException("no pipeline home: " + cwd + " has no jobs/ folder; start in the pipeline's folder"
						+ " (the one holding jobs/) or give --" + SETTING + "=DIR");
			}
			return new PipelineHome(cwd, true);
		}
		Path folder = cwd.resolve(given).normalize();
		if (!Files.isDirectory(folder.resolve("jobs"))) {
			throw new NoHomeException("--" + SETTING + "=" + given + ": " + folder + " has no jobs/ folder (the pipeline's settings)");
		}
		return new PipelineHome(folder, folder.equals(cwd));
	}

	/**
	 * Resolves the relative path settings against the home, once the settings files are read; a home
	 * that is the working directory needs nothing (the paths print as configured, e.g. input/letters).
	 * Then makes the database directory: two processes started at once on a new home (two
	 * {@code serve}s) otherwise race in H2's own directory creation, and the loser fails with "Error
	 * while creating file data".
	 */
	ApplicationListener<ApplicationEnvironmentPreparedEvent> resolver() {
		return event -> {
			ConfigurableEnvironment environment = event.getEnvironment();
			if (!workingDirectory) {
				Map<String, Object> resolved = new LinkedHashMap<>();
				for (String name : PATHS) {
					String value = environment.getProperty(name);
					if (value != null && !Path.of(value).isAbsolute()) {
						resolved.put(name, folder.resolve(value).normalize().toString());
					}
				}
				environment.getPropertySources().addFirst(new MapPropertySource("pipelineHome", resolved));
			}
			String data = environment.getProperty("pipeline.data-dir");
			if (data != null) {
				try {
					Files.createDirectories(folder.resolve(data));
				}
				catch (IOException ex) {
					throw new UncheckedIOException("cannot create the database folder " + folder.resolve(data), ex);
				}
			}
		};
	}

	/** The setting that makes Spring read the settings files of this home. */
	String setting() {
		return "--" + SETTING + "=" + folder;
	}
}
