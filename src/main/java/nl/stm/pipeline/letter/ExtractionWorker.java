package nl.stm.pipeline.letter;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.stm.pipeline.pdf.ExtractionException;
import nl.stm.pipeline.pdf.ExtractionLimits;
import nl.stm.pipeline.pdf.LetterExtractor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The child side of {@link IsolatedExtractor} ({@code extract-worker}, not a command for
 * operators): reads one JSON string per line on standard input (a file to extract), answers one
 * line per file on standard output: {@code {"letter": …}} or {@code {"error": {code, message}}}.
 * Everything else the process might print goes to standard error, so the answers stay parseable.
 * It ends when its input ends or its parent process is gone.
 */
public final class ExtractionWorker {

	/** The (internal) command that starts a worker. */
	public static final String COMMAND = "extract-worker";

	/** The first line the worker prints: it is ready for files. */
	static final String READY = "{\"ready\":true}";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ExtractionWorker() {
	}

	/** Runs the worker with the limits given as arguments: max bytes, max pages, timeout (ISO-8601). */
	public static int serve(java.util.List<String> args) {
		try {
			return answer(args);
		}
		catch (java.io.IOException | RuntimeException ex) {
			System.err.println(COMMAND + ": " + ex);
			return 1;
		}
	}

	private static int answer(java.util.List<String> args) throws java.io.IOException {
		PrintStream answers = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
				StandardCharsets.UTF_8);
		System.setOut(System.err);
		watchParent();
		LetterExtractor extractor = new LetterExtractor(new ExtractionLimits(Long.parseLong(args.get(0)),
				Integer.parseInt(args.get(1)), Duration.parse(args.get(2))));
		answers.println(READY);
		BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String request;
		while ((request = requests.readLine()) != null) {
			Path file = Path.of(JSON.readValue(request, String.class));
			Map<String, Object> answer = new LinkedHashMap<>();
			try {
				answer.put("letter", extractor.extract(file));
			}
			catch (ExtractionException ex) {
				answer.put("error", Map.of("code", ex.code().name(), "message", ex.getMessage()));
			}
			catch (StackOverflowError ex) {
				// e.g. a Type 3 glyph that shows itself: the stack is unwound here, the worker goes on
				answer.put("error", Map.of("code", ExtractionException.Code.TOO_LARGE.name(), "message",
						nl.stm.pipeline.ops.OneLine.of(file.getFileName().toString()) + ": nested too deeply to read (stack overflow)"));
			}
			answers.println(JSON.writeValueAsString(answer));
		}
		return 0;
	}

	/** Ends the worker when the process that started it is gone (killed), whatever it is doing. */
	private static void watchParent() {
		ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
		if (parent == null) {
			return;
		}
		Thread watch = new Thread(() -> {
			while (parent.isAlive()) {
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
			Runtime.getRuntime().halt(1);
		}, "parent-watch");
		watch.setDaemon(true);
		watch.start();
	}
}
