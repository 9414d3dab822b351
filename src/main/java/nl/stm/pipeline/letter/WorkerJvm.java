package nl.stm.pipeline.letter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.stm.pipeline.PipelineApplication;

/**
 * Starts extraction children cheaply. A child started from the Spring Boot jar loads every class
 * through the jar's nested-jar loader: 0.8 CPU seconds before it is ready and 2.4 to its first
 * letter, paid again by every child of every run, and by two children when two threads import
 * letters. So the jar is unpacked once per build into {@code data/extract-worker/KEY} ({@link UnpackedJar});
 * children run from those plain jars, and the first one records the
 * classes it loaded in a CDS archive as it ends ({@code -XX:ArchiveClassesAtExit}), which later
 * children map ({@code -XX:SharedArchiveFile}): about 1 CPU second to the first letter. The key
 * names the jar's size and time and the JVM, so a new build or JDK gets a fresh copy. Whatever
 * fails on the way (no disk, no tools in the jar) leaves the children on the jar itself, as before.
 * <p>
 * Children read no logging configuration either (their standard error is discarded): PDFBox's
 * Commons Logging is set to {@code NoOpLog} instead of starting Logback.
 */
final class WorkerJvm {

	private static final Logger log = LoggerFactory.getLogger(WorkerJvm.class);

	static final String ARCHIVE = "worker.jsa";

	private final Path cache;

	private final Path bootJar;

	private Path unpacked;

	private boolean unpackTried;

	/** The archive a child is writing now (at most one at a time), or {@code null}. */
	private Path archiving;

	/**
	 * @param cache where unpacked jars live ({@code data/extract-worker}); {@code null}: never unpack
	 * @param bootJar the Spring Boot jar children start from ({@link #bootJar()}); {@code null}: this class path
	 */
	WorkerJvm(Path cache, Path bootJar) {
		this.cache = cache;
		this.bootJar = bootJar;
	}

	/** A child's command line, and the archive it writes when it ends (or {@code null}). */
	record Launch(List<String> command, Path archive) {
	}

	/** The command that starts a child with these JVM options and arguments. */
	synchronized Launch launch(List<String> options, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options);
		command.add("-Dorg.apache.commons.logging.LogFactory=org.apache.commons.logging.impl.LogFactoryImpl");
		command.add("-Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.NoOpLog");
		Path archive = null;
		Path jars = bootJar == null || cache == null ? null : unpacked();
		if (jars != null) {
			Path shared = jars.getParent().resolve(ARCHIVE);
			command.add("-Xlog:disable");
			if (Files.isRegularFile(shared)) {
				command.add("-XX:SharedArchiveFile=" + shared);
			}
			else if (archiving == null) {
				archive = jars.getParent().resolve("worker-" + UUID.randomUUID() + ".jsa.part");
				archiving = archive;
				command.add("-XX:ArchiveClassesAtExit=" + archive);
			}
			command.add("-cp");
			command.add(jars.toString());
			command.add(PipelineApplication.class.getName());
		}
		else {
			command.add("-cp");
			command.add(bootJar != null ? bootJar.toString() : System.getProperty("java.class.path"));
			command.add(bootJar != null ? "org.springframework.boot.loader.launch.JarLauncher" : PipelineApplication.class.getName());
		}
		command.addAll(args);
		return new Launch(command, archive);
	}

	/**
	 * A child has ended: the archive it wrote becomes the shared one if it ended of itself (exit 0),
	 * otherwise it is dropped and a later child writes one.
	 */
	synchronized void ended(Launch launch, int exitStatus) {
		Path archive = launch.archive();
		if (archive == null) {
			return;
		}
		archiving = null;
		try {
			if (exitStatus == 0 && Files.isRegularFile(archive)) {
				Files.move(archive, archive.resolveSibling(ARCHIVE), StandardCopyOption.ATOMIC_MOVE,
						StandardCopyOption.REPLACE_EXISTING);
			}
			else {
				Files.deleteIfExists(archive);
			}
		}
		catch (IOException ex) {
			log.debug("extraction children: no class archive ({})", ex.toString());
		}
	}

	/** The Spring Boot jar this application runs from, or {@code null} (classes, as in tests). */
	static Path bootJar() {
		boolean fromBootJar = PipelineApplication.class.getClassLoader() != ClassLoader.getSystemClassLoader();
		String classPath = System.getProperty("java.class.path");
		return fromBootJar && !classPath.contains(File.pathSeparator) ? Path.of(classPath).toAbsolutePath() : null;
	}

	/** The unpacked application jar, unpacked now if needed; {@code null} if that fails. */
	private Path unpacked() {
		if (unpackTried) {
			return unpacked;
		}
		unpackTried = true;
		try {
			String key = Long.toHexString(Files.size(bootJar)) + "-"
					+ Long.toHexString(Files.getLastModifiedTime(bootJar).toMillis()) + "-"
					+ Integer.toHexString((System.getProperty("java.home") + System.getProperty("java.vm.version")).hashCode());
			Path folder = cache.resolve(key);
			boolean fresh = !Files.isDirectory(folder);
			unpacked = UnpackedJar.of(bootJar, folder);
			if (fresh) {
				UnpackedJar.removeOthers(folder);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("extraction children start from the jar: cannot unpack it into {} ({})", cache, ex.toString());
		}
		return unpacked;
	}
}
