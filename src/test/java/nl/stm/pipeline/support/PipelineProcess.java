package nl.stm.pipeline.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The pipeline as an operator runs it: a JVM of its own on the main classpath (test classes and
 * their logging left out), in a working directory of its own, standard output and error to files.
 */
public final class PipelineProcess {

	/** What a finished process left: its exit status and its output. */
	public record Result(int exitCode, String stdout, String stderr) {
	}

	private final Process process;

	private final Path stdout;

	private final Path stderr;

	private PipelineProcess(Process process, Path stdout, Path stderr) {
		this.process = process;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	/** Starts {@code java [jvmOptions] PipelineApplication args} in {@code workDir}, made a pipeline home. */
	public static PipelineProcess start(Path workDir, List<String> jvmOptions, String... args) throws IOException {
		return start(workDir, null, jvmOptions, args);
	}

	/** Starts {@code java [jvmOptions] -jar jar args}, or from the classes as above when {@code jar} is {@code null}. */
	public static PipelineProcess start(Path workDir, Path jar, List<String> jvmOptions, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(jar == null ? List.of("-cp", mainClasspath(), "nl.stm.pipeline.PipelineApplication")
				: List.of("-jar", jar.toAbsolutePath().toString()));
		command.addAll(List.of(args));
		Files.createDirectories(workDir.resolve("jobs")); // a pipeline home, with the settings built into the jar
		Path out = Files.createTempFile(workDir, "stdout", ".txt");
		Path err = Files.createTempFile(workDir, "stderr", ".txt");
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		return new PipelineProcess(process, out, err);
	}

	/** Runs the command to its end (at most ten minutes). */
	public static Result run(Path workDir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
		return start(workDir, jvmOptions, args).await();
	}

	/** The test classpath without the test classes. */
	public static String mainClasspath() {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classpath.split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** Waits (polling, at most ten minutes) until the condition holds; false when the process ended first. */
	public boolean awaitCondition(BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return true;
			}
			if (!process.isAlive()) {
				return condition.getAsBoolean();
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("condition not reached within ten minutes; stderr: " + stderr());
	}

	/** The operating system's id of the process. */
	public long pid() {
		return process.pid();
	}

	/** SIGKILL: the process gets no chance to clean up. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** SIGTERM: the process is asked to stop. */
	public void terminate() {
		process.destroy();
	}

	public Result await() throws InterruptedException {
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("the pipeline did not finish within ten minutes");
		}
		return new Result(process.exitValue(), stdout(), stderr());
	}

	public String stdout() {
		return read(stdout);
	}

	public String stderr() {
		return read(stderr);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
