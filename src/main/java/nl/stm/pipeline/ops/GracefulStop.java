package nl.stm.pipeline.ops;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM (and Ctrl-C) as a request to stop, not a crash: the file job being run ends
 * {@code STOPPED} after its current chunk commits ({@link StopAfterChunk}, in the step's own
 * thread), commands check {@link #requested()} between files and start no new one; the command
 * then returns, closes the database and the process ends with the command's exit status, and the
 * next run resumes the file after its last committed chunk. The signals are handled instead of
 * letting them shut the JVM down, because a shutdown would start every shutdown hook at once, H2's
 * among them, which closes the database under the running job (and H2 shared between processes,
 * {@code AUTO_SERVER}, must keep that hook). Jobs are deliberately not stopped with
 * {@code JobOperator.stop} from the signal's thread: that stop request raced the chunk's own
 * updates of the execution and left partner ingests that restarted before their committed rows
 * (duplicate keys) or never stopped. A second signal while stopping ends the process at once
 * (exit status 3), as a kill would; the next run recovers.
 */
public final class GracefulStop {

	private static final List<Runnable> ACTIONS = new CopyOnWriteArrayList<>();

	private static volatile boolean requested;

	private static final List<String> STOPPED_FILES = new CopyOnWriteArrayList<>();

	private static final Map<Signal, SignalHandler> PREVIOUS = new HashMap<>();

	private GracefulStop() {
	}

	/** Handles SIGTERM and SIGINT while a command runs. */
	static synchronized void install() {
		if (PREVIOUS.isEmpty()) {
			for (String name : List.of("TERM", "INT")) {
				Signal signal = new Signal(name);
				PREVIOUS.put(signal, Signal.handle(signal, s -> onSignal()));
			}
		}
	}

	/** The command has returned: signals act as usual again (end the process). */
	static synchronized void finished() {
		PREVIOUS.forEach(Signal::handle);
		PREVIOUS.clear();
	}

	/** True once the process was asked to stop: start no new file. */
	public static boolean requested() {
		return requested;
	}

	/** A file job stopped after a chunk of this file (its name as printed). */
	static void stoppedIn(String file) {
		if (!STOPPED_FILES.contains(file)) {
			STOPPED_FILES.add(file);
		}
	}

	/** The files whose jobs stopped after a chunk, in the order they stopped. */
	public static List<String> stoppedFiles() {
		return List.copyOf(STOPPED_FILES);
	}

	/** Something to do when a stop is requested (stop a job, stop serving); runs on the signal's thread. */
	public static void onStop(Runnable action) {
		ACTIONS.add(action);
	}

	public static void removeOnStop(Runnable action) {
		ACTIONS.remove(action);
	}

	private static void onSignal() {
		if (requested) {
			Runtime.getRuntime().halt(PipelineCommand.STOPPED);
		}
		requested = true;
		for (Runnable action : ACTIONS) {
			try {
				action.run();
			}
			catch (RuntimeException ex) {
				System.err.println("stopping: " + Launcher.rootMessage(ex));
			}
		}
	}
}
