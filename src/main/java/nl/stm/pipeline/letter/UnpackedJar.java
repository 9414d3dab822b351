package nl.stm.pipeline.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * A Spring Boot jar unpacked into plain jars: {@code application.jar} holds {@code BOOT-INF/classes}
 * and names the libraries of {@code BOOT-INF/lib}, copied into {@code lib/}, on its manifest's
 * {@code Class-Path} (in {@code classpath.idx} order). The JVM's own class loader reads those, and
 * only classes from plain jars can go into a CDS archive. The folder appears whole or not at all:
 * it is written under a temporary name and moved into place, so two processes unpacking the same
 * build at once both end with one complete copy.
 */
final class UnpackedJar {

	static final String APPLICATION = "application.jar";

	private static final String CLASSES = "BOOT-INF/classes/";

	private static final String LIB = "BOOT-INF/lib/";

	private UnpackedJar() {
	}

	/** The application jar in {@code folder}, unpacked from {@code bootJar} first unless it is there already. */
	static Path of(Path bootJar, Path folder) throws IOException {
		Path application = folder.resolve(APPLICATION);
		if (Files.isRegularFile(application)) {
			return application;
		}
		Files.createDirectories(folder.getParent());
		Path work = Files.createTempDirectory(folder.getParent(), "unpacking-");
		try {
			if (Files.getFileStore(work).supportsFileAttributeView("posix")) {
				Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x")); // as the folders beside it
			}
			unpack(bootJar, work);
			try {
				Files.move(work, folder, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				if (!Files.isRegularFile(application)) {
					throw ex; // otherwise another process unpacked the same build meanwhile
				}
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
		return application;
	}

	/** Removes the other builds' folders beside {@code folder} (not ones being unpacked). */
	static void removeOthers(Path folder) throws IOException {
		try (Stream<Path> siblings = Files.list(folder.getParent())) {
			for (Path old : siblings.filter(p -> !p.equals(folder) && !p.getFileName().toString().startsWith("unpacking-"))
				.toList()) {
				FileSystemUtils.deleteRecursively(old);
			}
		}
	}

	private static void unpack(Path bootJar, Path target) throws IOException {
		Files.createDirectories(target.resolve("lib"));
		try (JarFile jar = new JarFile(bootJar.toFile())) {
			List<String> libraries = libraries(jar);
			for (String library : libraries) {
				try (InputStream in = jar.getInputStream(jar.getJarEntry(library))) {
					Files.copy(in, target.resolve("lib").resolve(name(library)));
				}
			}
			Manifest manifest = new Manifest();
			manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
			manifest.getMainAttributes()
				.put(Attributes.Name.CLASS_PATH, String.join(" ", libraries.stream().map(l -> "lib/" + name(l)).toList()));
			try (OutputStream file = Files.newOutputStream(target.resolve(APPLICATION));
					JarOutputStream out = new JarOutputStream(file, manifest)) {
				for (JarEntry entry : Collections.list(jar.entries())) {
					String name = entry.getName();
					if (name.startsWith(CLASSES) && name.length() > CLASSES.length()) {
						out.putNextEntry(new JarEntry(name.substring(CLASSES.length())));
						if (!entry.isDirectory()) {
							try (InputStream in = jar.getInputStream(entry)) {
								in.transferTo(out);
							}
						}
						out.closeEntry();
					}
				}
			}
		}
	}

	/** The jar's libraries, in the order of its class path index (the order the application sees them). */
	private static List<String> libraries(JarFile jar) throws IOException {
		List<String> libraries = new ArrayList<>();
		JarEntry index = jar.getJarEntry("BOOT-INF/classpath.idx");
		if (index != null) {
			try (InputStream in = jar.getInputStream(index)) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					String entry = line.strip();
					if (entry.startsWith("- ")) {
						libraries.add(entry.substring(2).replace("\"", ""));
					}
				}
			}
		}
		for (JarEntry entry : Collections.list(jar.entries())) {
			String name = entry.getName();
			if (name.startsWith(LIB) && name.endsWith(".jar") && !libraries.contains(name)) {
				libraries.add(name);
			}
		}
		return libraries;
	}

	private static String name(String entry) {
		return entry.substring(entry.lastIndexOf('/') + 1);
	}
}
