package nl.stm.pipeline.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.stm.pipeline.pdf.ExtractionLimits;

/**
 * Extraction children started from a Spring Boot jar, with real processes: a jar laid out as Spring
 * Boot lays it out (made here from this build's classes and libraries) is unpacked once into plain
 * jars, the first child records a class archive as it ends, the next children map it, and letters
 * read the same every way.
 */
class WorkerJvmTests {

	private static final ExtractionLimits LIMITS = new ExtractionLimits(100L * 1024 * 1024, 2000, Duration.ofMinutes(2));

	@TempDir
	Path folder;

	@Test
	void childrenRunFromTheUnpackedJarAndTheSecondMapsTheClassArchiveTheFirstWrote() throws Exception {
		// given
		Path bootJar = bootJar(folder.resolve("pipeline.jar"));
		Path cache = folder.resolve("data/extract-worker");
		WorkerJvm jvm = new WorkerJvm(cache, bootJar);
		Path kst249 = HostilePdfProcessTests.KST_249.toAbsolutePath();

		// when: a first child reads a letter, then ends
		int first;
		try (IsolatedExtractor extractor = new IsolatedExtractor(LIMITS, "256m", jvm)) {
			first = extractor.extract(kst249).head().number();
		}

		// then: one unpacked copy holding the classes, the libraries and the archive the child wrote
		List<Path> copies = list(cache);
		assertThat(copies).hasSize(1);
		Path copy = copies.get(0);
		assertThat(copy.resolve(UnpackedJar.APPLICATION)).isRegularFile();
		assertThat(copy.resolve(WorkerJvm.ARCHIVE)).isRegularFile();
		try (JarFile application = new JarFile(copy.resolve(UnpackedJar.APPLICATION).toFile())) {
			assertThat(application.getEntry("nl/stm/pipeline/letter/ExtractionWorker.class")).isNotNull();
			assertThat(application.getManifest().getMainAttributes().getValue("Class-Path")).contains("lib/pdfbox-");
		}

		// when: the next child starts (a new extractor on the same cache)
		WorkerJvm.Launch launch = new WorkerJvm(cache, bootJar).launch(List.of(), List.of());
		int second;
		try (IsolatedExtractor extractor = new IsolatedExtractor(LIMITS, "256m", new WorkerJvm(cache, bootJar))) {
			second = extractor.extract(kst249).head().number();
		}

		// then: it maps the archive from the same copy, and reads the letter as the first did
		assertThat(launch.command()).contains("-XX:SharedArchiveFile=" + copy.resolve(WorkerJvm.ARCHIVE),
				copy.resolve(UnpackedJar.APPLICATION).toString());
		assertThat(launch.archive()).isNull();
		assertThat(first).isEqualTo(249);
		assertThat(second).isEqualTo(249);
		assertThat(list(cache)).containsExactly(copy);
	}

	@Test
	void aNewBuildReplacesTheOldCopyAndWithoutACacheChildrenStartFromTheJar() throws Exception {
		// given: a copy of an older build
		Path bootJar = bootJar(folder.resolve("pipeline.jar"));
		Path cache = folder.resolve("data/extract-worker");
		Files.createDirectories(cache.resolve("0-0-0/lib"));

		// when
		WorkerJvm.Launch launch = new WorkerJvm(cache, bootJar).launch(List.of("-Xmx64m"), List.of("extract-worker"));

		// then: the new build is unpacked, the old copy is gone, and this child records the archive
		assertThat(list(cache)).hasSize(1).noneMatch(p -> p.getFileName().toString().equals("0-0-0"));
		assertThat(launch.archive().getParent()).isEqualTo(list(cache).get(0));
		assertThat(launch.command()).contains("-XX:ArchiveClassesAtExit=" + launch.archive(), "-Xmx64m")
			.endsWith("nl.stm.pipeline.PipelineApplication", "extract-worker");

		// when: no cache (the extract command)
		WorkerJvm.Launch plain = new WorkerJvm(null, bootJar).launch(List.of(), List.of("extract-worker"));

		// then
		assertThat(plain.command()).containsSubsequence("-cp", bootJar.toString(),
				"org.springframework.boot.loader.launch.JarLauncher", "extract-worker");
		assertThat(plain.archive()).isNull();
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}

	/** A jar laid out as Spring Boot's: this build's classes under BOOT-INF/classes, its libraries under BOOT-INF/lib. */
	static Path bootJar(Path jar) throws IOException {
		List<Path> classPath = Arrays
			.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator))
			.map(Path::of)
			.toList();
		Set<String> names = new HashSet<>();
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
			for (Path entry : classPath) {
				if (Files.isDirectory(entry) && entry.endsWith("classes") && !entry.endsWith("test-classes")) {
					try (Stream<Path> classes = Files.walk(entry)) {
						for (Path c : classes.filter(Files::isRegularFile).toList()) {
							out.putNextEntry(new JarEntry("BOOT-INF/classes/" + entry.relativize(c).toString().replace('\\', '/')));
							Files.copy(c, out);
							out.closeEntry();
						}
					}
				}
				else if (entry.toString().endsWith(".jar") && !entry.getFileName().toString().contains("postgres")
						&& names.add(entry.getFileName().toString())) {
					out.putNextEntry(new JarEntry("BOOT-INF/lib/" + entry.getFileName()));
					Files.copy(entry, out);
					out.closeEntry();
				}
			}
		}
		return jar;
	}
}
