package nl.stm.pipeline.reconcile;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Every finding as JSON Lines ({@code reconcile --out=FILE}), written as the findings stream past into a
 * temporary file beside the target, which replaces the target only when {@link #commit()} is called: a
 * reader never sees half a list, and a failed run leaves the previous file.
 */
public final class FindingsFile implements Consumer<Finding>, Closeable {

	private final Path file;

	private final Path temp;

	private final BufferedWriter writer;

	private long count;

	private boolean committed;

	private FindingsFile(Path file, Path temp) throws IOException {
		this.file = file;
		this.temp = temp;
		this.writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
	}

	/** Starts writing the findings that will replace {@code file}; its folder is made when missing. */
	public static FindingsFile replacing(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		return new FindingsFile(file, Files.createTempFile(parent, file.getFileName().toString(), ".part"));
	}

	@Override
	public void accept(Finding f) {
		try {
			writer.write(FindingJson.toJsonLine(f));
			writer.newLine();
			count++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + temp + ": " + ex.getMessage(), ex);
		}
	}

	/** How many findings were written. */
	public long count() {
		return count;
	}

	/** Puts the written list in the target's place. */
	public void commit() throws IOException {
		writer.close();
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		committed = true;
	}

	/** Drops the temporary file unless committed. */
	@Override
	public void close() throws IOException {
		writer.close();
		if (!committed) {
			Files.deleteIfExists(temp);
		}
	}
}
