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

	private final WorkerJvm jvm;

	/** Children waiting for a file. */
	private final Deque<Child> idle = new ArrayDeque<>();

	/** Every live child, idle or busy, so that {@link #close} ends them all. */
	private final Set<Child> children = new HashSet<>();

	private boolean closed;

	public IsolatedExtractor(ExtractionLimits limits, String heap) {
		this(limits, heap, (Path) null);
	}

	/** @param cache where children's unpacked jars and class archive are kept ({@link WorkerJvm}); {@code null}: none */
	public IsolatedExtractor(ExtractionLimits limits, String heap, Path cache) {
		this(limits, heap, new WorkerJvm(cache, WorkerJvm.bootJar()));
	}

	IsolatedExtractor(ExtractionLimits limits, String heap, WorkerJvm jvm) {
		this.limits = limits;
		this.heap = heap;
		this.jvm = jvm;
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
		Child started = Child.start(launch(), jvm);
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
		child.end();
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

	/** The command that starts this application as a worker. */
	private WorkerJvm.Launch launch() {
		// C1 only: a child reads a run's letters and ends; C2's compilations cost more CPU than they save
		// there (20 letters of four pages: 3.0 instead of 5.9 CPU seconds; 200 letters: 8.0 instead of 12.5)
		return jvm.launch(List.of("-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-Djava.awt.headless=true"), List.of(ExtractionWorker.COMMAND, String.valueOf(limits.maxBytes()),
						String.valueOf(limits.maxPages()), limits.timeout().toString()));
	}

	/** Ends idle children of themselves (one may be writing the class archive) and kills busy ones. */
	@Override
	public void close() {
		List<Child> waiting;
		List<Child> busy;
		synchronized (this) {
			closed = true;
			waiting = new ArrayList<>(idle);
			busy = new ArrayList<>(children);
			busy.removeAll(waiting);
			children.clear();
			idle.clear();
		}
		busy.forEach(Child::stop);
		waiting.forEach(Child::end);
	}

	/** One child JVM: its process, the pipe of requests to it and the queue of its answer lines. */
	private static final class Child {

		/** Time an idle child has to end after its input closed (writing a class archive takes about a second). */
		private static final long END_SECONDS = 20;

		private final Process process;

		private final Writer requests;

		private final BlockingQueue<String> answers;

		private final WorkerJvm.Launch launch;

		private final WorkerJvm jvm;

		private Child(Process process, BlockingQueue<String> answers, WorkerJvm.Launch launch, WorkerJvm jvm) {
			this.process = process;
			this.answers = answers;
			this.launch = launch;
			this.jvm = jvm;
			this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		}

		/** Starts a child and waits until it says it is ready. */
		static Child start(WorkerJvm.Launch launch, WorkerJvm jvm) throws IOException, InterruptedException {
			Process started;
			try {
				started = new ProcessBuilder(launch.command()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			}
			catch (IOException ex) {
				jvm.ended(launch, -1);
				throw ex;
			}
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
			Child child = new Child(started, queue, launch, jvm);
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

		/** Kills the child (it died, passed its deadline or answered nonsense). */
		void stop() {
			process.destroyForcibly();
			try {
				process.waitFor(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			jvm.ended(launch, -1);
		}

		/**
		 * Ends an idle child by closing its input, so that it exits of itself (and writes its class
		 * archive, if it records one); killed if it has not after {@value #END_SECONDS} seconds.
		 */
		void end() {
			try {
				requests.close();
				if (process.waitFor(END_SECONDS, TimeUnit.SECONDS)) {
					jvm.ended(launch, process.exitValue());
					return;
				}
			}
			catch (IOException ex) {
				// gone already
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			stop();
		}
	}
}
