package nl.stm.pipeline.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM (and Ctrl-C) as a request to stop, not a crash: commands check {@link #requested()}
 * between files, so the file being read is finished (its job completes) and no new one is started;
 * the shutdown hook waits until the command has returned and closed the database, and then ends the
 * process with the command's exit status (the JVM would otherwise exit with 143 at once, leaving jobs
 * {@code STARTED}). Jobs are deliberately not stopped mid-file with {@code JobOperator.stop}: a stop
 * request racing the chunk's own updates of the execution left partner ingests that restarted before
 * their committed rows (duplicate keys) or never stopped.
 */
public final class GracefulStop {

	/** How long the hook waits for the command to finish its current file (a letter may take its timeout). */
	private static final long WAIT_MINUTES = 15;

	private static final List<Runnable> ACTIONS = new CopyOnWriteArrayList<>();

	private static final CountDownLatch FINISHED = new CountDownLatch(1);

	private static volatile boolean requested;

	private static volatile int exitStatus = PipelineCommand.STOPPED;

	private static volatile boolean installed;

	private GracefulStop() {
	}

	/** Installs the shutdown hook (once per process). */
	static synchronized void install() {
		if (!installed) {
			installed = true;
			Runtime.getRuntime().addShutdownHook(new Thread(GracefulStop::onSignal, "graceful-stop"));
		}
	}

	/** True once the process was asked to stop: start no new file. */
	public static boolean requested() {
		return requested;
	}

	/** Something to do when a stop is requested (stop a job, stop serving); runs on the hook's thread. */
	public static void onStop(Runnable action) {
		ACTIONS.add(action);
	}

	public static void removeOnStop(Runnable action) {
		ACTIONS.remove(action);
	}

	/** The command has returned and closed everything; the process may end with this status. */
	static void finished(int status) {
		exitStatus = status;
		FINISHED.countDown();
	}

	private static void onSignal() {
		if (FINISHED.getCount() == 0) {
			return; // a normal exit, not a signal
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
		try {
			FINISHED.await(WAIT_MINUTES, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		System.out.flush();
		System.err.flush();
		Runtime.getRuntime().halt(exitStatus);
	}
}
