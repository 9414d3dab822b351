package nl.stm.pipeline.letter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * The child is started once and reused for the next files ({@link ExtractionWorker}); it ends
 * when this process closes it or dies.
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

	private Process child;

	private Writer requests;

	private BlockingQueue<String> answers;

	public IsolatedExtractor(ExtractionLimits limits, String heap) {
		this.limits = limits;
		this.heap = heap;
	}

	@Override
	public synchronized ExtractedLetter extract(Path file) throws ExtractionException {
		String name = OneLine.of(file.getFileName().toString());
		String answer;
		try {
			ensureChild();
			requests.write(JSON.writeValueAsString(file.toAbsolutePath().toString()) + "\n");
			requests.flush();
			answer = answers.poll(limits.timeout().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (IOException ex) {
			answer = null;
		}
		catch (InterruptedException ex) {
			stopChild();
			Thread.currentThread().interrupt();
			throw new ExtractionException(Code.TIMEOUT, name + ": extraction interrupted");
		}
		if (answer == null || answer == EOF) {
			throw failure(name, answer == null);
		}
		JsonNode node;
		try {
			node = JSON.readTree(answer);
			if (!node.has("error")) {
				return JSON.treeToValue(node.get("letter"), ExtractedLetter.class);
			}
		}
		catch (RuntimeException ex) {
			stopChild();
			throw new ExtractionException(Code.IO, name + ": the extraction process gave an answer that cannot be read ("
					+ OneLine.of(String.valueOf(ex.getMessage())).lines().findFirst().orElse("") + ")");
		}
		throw new ExtractionException(Code.valueOf(node.at("/error/code").asString()), node.at("/error/message").asString());
	}

	/** Why the child gave no answer: it passed the deadline (killed now) or it died. */
	private ExtractionException failure(String name, boolean timedOut) {
		Process dead = child;
		stopChild();
		if (timedOut) {
			return new ExtractionException(Code.TIMEOUT, name + ": extraction took longer than "
					+ limits.timeout().toSeconds() + " s (pipeline.letters.timeout); stopped inside the page");
		}
		int exit = dead == null ? -1 : dead.exitValue();
		if (exit == OUT_OF_MEMORY) {
			return new ExtractionException(Code.TOO_LARGE, name + ": needs more memory than the " + heap
					+ " one letter may use (pipeline.letters.worker-heap)");
		}
		return new ExtractionException(Code.IO, name + ": the extraction process ended unexpectedly (exit " + exit + ")");
	}

	private void ensureChild() throws IOException, InterruptedException {
		if (child != null && child.isAlive()) {
			return;
		}
		stopChild();
		Process started = new ProcessBuilder(command()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
		child = started;
		answers = queue;
		requests = new OutputStreamWriter(started.getOutputStream(), StandardCharsets.UTF_8);
		String ready = queue.poll(START_SECONDS, TimeUnit.SECONDS);
		if (!ExtractionWorker.READY.equals(ready)) {
			stopChild();
			throw new IOException("the extraction process did not start");
		}
	}

	/** The command that starts this application as a worker, from a jar or from classes. */
	private List<String> command() {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + heap);
		command.add("-XX:+ExitOnOutOfMemoryError");
		command.add("-XX:+UseSerialGC");
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

	private void stopChild() {
		if (child != null) {
			child.destroyForcibly();
			try {
				child.waitFor(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		child = null;
		requests = null;
		answers = null;
	}

	@Override
	public synchronized void close() {
		stopChild();
	}
}
