package nl.stm.pipeline.report;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The run folders of {@code output/}: a report is written into a hidden temporary folder and renamed
 * to {@code <yyyy-MM-dd'T'HHmmss>} when complete, so a reader never sees a half-written run; then
 * {@code latest/} is replaced the same way (a complete copy renamed into place; the old one is
 * renamed away first, as a directory cannot be renamed over a non-empty one). Older runs beyond the
 * retention are deleted; leftovers of an interrupted report (hidden folders) are cleaned up.
 */
final class RunFolders {

	static final String LATEST = "latest";

	static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");

	/** A run folder's name: its second, and from the second run of that second on, its number. */
	private static final Pattern RUN = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{6})(?:-(\\d+))?");

	/** Oldest first: by second, then by number ("-10" after "-9"; the plain name is number 1). */
	private static final Comparator<Path> OLDEST_FIRST = Comparator.comparing((Path run) -> part(run, 1))
		.thenComparingInt(RunFolders::number);

	private static final String TEMP_PREFIX = ".tmp-";

	private final Path output;

	RunFolders(Path output) {
		this.output = output;
	}

	/** Writes one run into its own folder and publishes it as a run folder and as latest/. */
	interface Contents {

		void writeInto(Path folder) throws Exception;
	}

	Path publish(LocalDateTime runTime, Contents contents) throws Exception {
		Files.createDirectories(output);
		removeLeftovers();
		String name = freeName(runTime.format(NAME));
		Path temp = Files.createDirectory(output.resolve(TEMP_PREFIX + name));
		try {
			contents.writeInto(temp);
		}
		catch (Exception ex) {
			delete(temp);
			throw ex;
		}
		Path run = Files.move(temp, output.resolve(name), StandardCopyOption.ATOMIC_MOVE);
		replaceLatest(run);
		return run;
	}

	/** Deletes the oldest run folders so that {@code keep} remain. */
	List<Path> prune(int keep) throws IOException {
		List<Path> runs = runs();
		List<Path> old = runs.subList(0, Math.max(0, runs.size() - keep));
		for (Path run : old) {
			delete(run);
		}
		return old;
	}

	/** The run folders, oldest first. */
	List<Path> runs() throws IOException {
		try (Stream<Path> entries = Files.list(output)) {
			return entries.filter(p -> Files.isDirectory(p) && RUN.matcher(p.getFileName().toString()).matches())
				.sorted(OLDEST_FIRST)
				.toList();
		}
	}

	/**
	 * The second's name, numbered after the runs already made in that second: never the first free
	 * name, which after pruning may be an older run's and would sort the new run first.
	 */
	private String freeName(String second) throws IOException {
		int last = runs().stream().filter(run -> part(run, 1).equals(second)).mapToInt(RunFolders::number).max().orElse(0);
		return last == 0 ? second : second + "-" + (last + 1);
	}

	private static String part(Path run, int group) {
		Matcher name = RUN.matcher(run.getFileName().toString());
		return name.matches() ? name.group(group) : null;
	}

	private static int number(Path run) {
		String number = part(run, 2);
		return number == null ? 1 : Integer.parseInt(number);
	}

	private void replaceLatest(Path run) throws IOException {
		Path temp = output.resolve(TEMP_PREFIX + LATEST + "-" + run.getFileName());
		copy(run, temp);
		Path latest = output.resolve(LATEST);
		if (Files.exists(latest)) {
			Path old = Files.move(latest, output.resolve(TEMP_PREFIX + "old-" + LATEST + "-" + run.getFileName()),
					StandardCopyOption.ATOMIC_MOVE);
			Files.move(temp, latest, StandardCopyOption.ATOMIC_MOVE);
			delete(old);
		}
		else {
			Files.move(temp, latest, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	private void removeLeftovers() throws IOException {
		try (Stream<Path> entries = Files.list(output)) {
			for (Path leftover : entries.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
				delete(leftover);
			}
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectory(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}

	private static void delete(Path folder) throws IOException {
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException ex) throws IOException {
				if (ex != null) {
					throw ex;
				}
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
