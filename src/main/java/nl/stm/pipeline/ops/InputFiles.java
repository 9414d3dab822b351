package nl.stm.pipeline.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which entries of a drop folder are inputs. Only regular files are read (after following links):
 * a directory, FIFO, socket, device or a link to one (or a broken link) gets one line and is
 * skipped without ever being opened, because opening a FIFO waits for a writer and a device such
 * as {@code /dev/zero} never ends. Hidden files and Excel lock files ({@code ~$…}) are listed as
 * ignored.
 */
public final class InputFiles {

	/** The inputs in name order, the entries ignored and the entries skipped, each with its line. */
	public record Listing(List<Path> inputs, List<String> ignored, List<String> skipped) {
	}

	private InputFiles() {
	}

	/**
	 * Lists a folder: regular files whose name is {@code wanted} are inputs; {@code own} are entries
	 * the pipeline itself keeps there (e.g. {@code processed/}, a lock file) and are passed over.
	 */
	public static Listing of(Path folder, Predicate<String> wanted, Set<String> own) throws IOException {
		List<Path> inputs = new ArrayList<>();
		List<String> ignored = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return new Listing(inputs, ignored, skipped);
		}
		List<Path> entries;
		try (var list = Files.list(folder)) {
			entries = list.sorted().toList();
		}
		for (Path entry : entries) {
			String name = entry.getFileName().toString();
			String shown = OneLine.of(name);
			if (own.contains(name)) {
				continue;
			}
			if (name.startsWith("~$")) {
				ignored.add(shown + ": ignored (Excel lock file)");
				continue;
			}
			if (name.startsWith(".")) {
				ignored.add(shown + ": ignored (hidden file)");
				continue;
			}
			String notRegular = notRegular(entry);
			if (notRegular != null) {
				skipped.add(shown + ": skipped, " + notRegular + " (never opened)");
			}
			else if (wanted.test(name)) {
				inputs.add(entry);
			}
		}
		return new Listing(inputs, ignored, skipped);
	}

	/**
	 * Why a path is not a regular file that can be read without waiting (directory, FIFO, device,
	 * broken link, no such file), or null when it is one. Looks at the file's type only, it never
	 * opens it.
	 */
	public static String notRegular(Path file) {
		BasicFileAttributes target;
		try {
			target = Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (NoSuchFileException ex) {
			return Files.isSymbolicLink(file) ? "a link to nothing (broken link)" : "no such file";
		}
		catch (IOException ex) {
			return "cannot be read (" + OneLine.of(String.valueOf(ex.getMessage())) + ")";
		}
		String link = Files.isSymbolicLink(file) ? "a link to " : "";
		if (target.isRegularFile()) {
			return null;
		}
		if (target.isDirectory()) {
			return "not a regular file: " + link + "a directory";
		}
		return "not a regular file: " + link + "a FIFO, socket or device";
	}
}
