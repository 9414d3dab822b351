package nl.stm.pipeline.letter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import nl.stm.pipeline.PipelineApplication;
import nl.stm.pipeline.ops.OneLine;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.ExtractionException;
import nl.stm.pipeline.pdf.ExtractionException.Code;
import nl.stm.pipeline.pdf.ExtractionLimits;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extracts letters in a child JVM with a heap of its own and a hard deadline, the way Apache
 * Tika's pipes parser isolates hostile documents: a Flate bomb, a text-operator bomb, two million
 * nested {@code q}, a huge image or a page that never ends can exhaust only the child. A child
 * that runs out of memory ({@code -XX:+ExitOnOutOfMemoryError}) makes that file {@code TOO_LARGE},
 * one that passes the deadline is killed and makes it {@code TIMEOUT}; either way the next file
 * gets a fresh child, and this process (its database, the other files) never notices. The
 * deadline interrupts work inside a page, which the engine's own check between pages cannot.
 * <p>
 * A child is started once and reused for the next files ({@link ExtractionWorker}); it ends when
 * this process closes the extractor or dies. Callers on several threads (the partitioned letters
 * step) each get a child of their own, borrowed from a pool of idle ones and started when none is
 * idle, so two worker threads extract two letters at once instead of queueing for one child.
 */
public final class IsolatedExtractor implements LetterExtraction, AutoCloseable {

	/** The exit status of a JVM that ran out of memory with {@code -XX:+ExitOnOutOfMemoryError}. */
	private static final int OUT_OF_MEMORY = 3;

	/** Time for a child JVM to start before it counts as broken (not a limit on documents). */
	private static final long START_SECONDS = 120;

	/** Extra time past the limit for the child to say TIMEOUT itself (it names the page then). */
	private static final long GRACE_MILLIS = 2000;

	/** Put in the answers when the child's output ends (it died); compared by identity, never parsed. */
	@SuppressWarnings("StringOperationCanBeSimplified")
	private static final String EOF = new String("end of answers");

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ExtractionLimits limits;

	private final String heap;

	/** Children waiting for a file. */
	private final Deque<Child> idle = new ArrayDeque<>();

	/** Every live child, idle or busy, so that {@link #close} ends them all. */
	private final Set<Child> children = new HashSet<>();

	private boolean closed;

	public IsolatedExtractor(ExtractionLimits limits, String heap) {
		this.limits = limits;
		this.heap = heap;
	}

	@Override
	public ExtractedLetter extract(Path file) throws ExtractionException {
		String name = OneLine.of(file.getFileName().toString());
		Child child = null;
		String answer;
		try {
			child = borrow();
			answer = child.ask(file, limits.timeout().toMillis() + GRACE_MILLIS);
		}
		catch (IOException ex) {
			answer = null;
		}
		catch (InterruptedException ex) {
			stop(child);
			Thread.currentThread().interrupt();
			throw new ExtractionException(Code.TIMEOUT, name + ": extraction interrupted");
		}
		if (answer == null || answer == EOF) {
			throw failure(name, child, answer == null);
		}
		JsonNode node;
		try {
			node = JSON.readTree(answer);
		}
		catch (RuntimeException ex) {
			stop(child);
			throw unreadable(name, ex);
		}
		giveBack(child);
		if (!node.has("error")) {
			try {
				return JSON.treeToValue(node.get("letter"), ExtractedLetter.class);
			}
			catch (RuntimeException ex) {
				throw unreadable(name, ex);
			}
		}
		throw new ExtractionException(Code.valueOf(node.at("/error/code").asString()), node.at("/error/message").asString());
	}

	private static ExtractionException unreadable(String name, RuntimeException ex) {
		return new ExtractionException(Code.IO, name + ": the extraction process gave an answer that cannot be read ("
				+ OneLine.of(String.valueOf(ex.getMessage())).lines().findFirst().orElse("") + ")");
	}

	/** Why the child gave no answer: it passed the deadline (killed now) or it died. */
	private ExtractionException failure(String name, Child child, boolean timedOut) {
		stop(child);
		if (timedOut) {
			return new ExtractionException(Code.TIMEOUT, name + ": extraction took longer than "
					+ limits.timeout().toSeconds() + " s (pipeline.letters.timeout); stopped inside the page");
		}
		int exit = child == null ? -1 : child.exitValue();
		if (exit == OUT_OF_MEMORY) {
			return new ExtractionException(Code.TOO_LARGE, name + ": needs more memory than the " + heap
					+ " one letter may use (pipeline.letters.worker-heap)");
		}
		return new ExtractionException(Code.IO, name + ": the extraction process ended unexpectedly (exit " + exit + ")");
	}

	/** An idle live child, or a new one when none is idle. */
	private Child borrow() throws IOException, InterruptedException {
		synchronized (this) {
			if (closed) {
				throw new IOException("the extractor is closed");
			}
			Child child;
			while ((child = idle.pollFirst()) != null) {
				if (child.isAlive()) {
					return child;
				}
				children.remove(child);
				child.stop();
			}
		}
		Child started = Child.start(command());
		synchronized (this) {
			if (!closed) {
				children.add(started);
				return started;
			}
		}
		started.stop();
		throw new IOException("the extractor is closed");
	}

	/** A child that answered goes back to the pool for the next file (closed meanwhile: ended). */
	private void giveBack(Child child) {
		synchronized (this) {
			if (!closed) {
				idle.addFirst(child);
				return;
			}
		}
		child.stop();
	}

	/** Ends a child that died, passed its deadline or answered nonsense: the next file gets a fresh one. */
	private void stop(Child child) {
		if (child == null) {
			return;
		}
		synchronized (this) {
			children.remove(child);
		}
		child.stop();
	}

	/** The command that starts this application as a worker, from a jar or from classes. */
	private List<String> command() {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + heap);
		command.add("-XX:+ExitOnOutOfMemoryError");
		command.add("-XX:+UseSerialGC");
		// C1 only: a child reads a run's letters and ends; C2's compilations cost more CPU than they save
		// there (20 letters of four pages: 3.0 instead of 5.9 CPU seconds; 200 letters: 8.0 instead of 12.5)
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-Djava.awt.headless=true");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		boolean springBootJar = PipelineApplication.class.getClassLoader() != ClassLoader.getSystemClassLoader();
		command.add(springBootJar ? "org.springframework.boot.loader.launch.JarLauncher" : PipelineApplication.class.getName());
		command.add(ExtractionWorker.COMMAND);
		command.add(String.valueOf(limits.maxBytes()));
		command.add(String.valueOf(limits.maxPages()));
		command.add(limits.timeout().toString());
		return command;
	}

	@Override
	public void close() {
		List<Child> all;
		synchronized (this) {
			closed = true;
			all = new ArrayList<>(children);
			children.clear();
			idle.clear();
		}
		all.forEach(Child::stop);
	}

	/** One child JVM: its process, the pipe of requests to it and the queue of its answer lines. */
	private static final class Child {

		private final Process process;

		private final Writer requests;

		private final BlockingQueue<String> answers;

		private Child(Process process, BlockingQueue<String> answers) {
			this.process = process;
			this.answers = answers;
			this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		}

		/** Starts a child and waits until it says it is ready. */
		static Child start(List<String> command) throws IOException, InterruptedException {
			Process started = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			BlockingQueue<String> queue = new LinkedBlockingQueue<>();
			Thread reader = new Thread(() -> {
				try (BufferedReader lines = new BufferedReader(
						new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
					String line;
					while ((line = lines.readLine()) != null) {
						if (line.startsWith("{")) {
							queue.add(line); // an answer; anything else is the JVM's ("Terminating due to java.lang.OutOfMemoryError")
						}
					}
				}
				catch (IOException ex) {
					// the child is gone
				}
				try {
					started.waitFor();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				queue.add(EOF);
			}, "extraction-answers");
			reader.setDaemon(true);
			reader.start();
			Child child = new Child(started, queue);
			String ready;
			try {
				ready = queue.poll(START_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				child.stop();
				throw ex;
			}
			if (!ExtractionWorker.READY.equals(ready)) {
				child.stop();
				throw new IOException("the extraction process did not start");
			}
			return child;
		}

		/** Sends the file and waits for its answer line: {@code null} past the deadline, {@link #EOF} when it died. */
		String ask(Path file, long deadlineMillis) throws IOException, InterruptedException {
			requests.write(JSON.writeValueAsString(file.toAbsolutePath().toString()) + "\n");
			requests.flush();
			return answers.poll(deadlineMillis, TimeUnit.MILLISECONDS);
		}

		boolean isAlive() {
			return process.isAlive();
		}

		int exitValue() {
			return process.isAlive() ? -1 : process.exitValue();
		}

		void stop() {
			process.destroyForcibly();
			try {
				process.waitFor(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
