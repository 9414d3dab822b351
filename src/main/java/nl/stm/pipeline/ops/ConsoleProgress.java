package nl.stm.pipeline.ops;

import java.io.Console;
import java.lang.reflect.Method;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar with an estimate of the time left, for long work (letters: files; partner
 * ingest: rows of a file) when someone watches: shown on standard error only when the process runs
 * on an interactive terminal, so standard output stays one parseable line per file and logs, pipes,
 * {@code serve} under a service manager and tests get nothing extra. The bar itself is
 * {@code me.tongfei:progressbar} (rate, ETA, terminal width, redraw in place).
 */
public final class ConsoleProgress implements AutoCloseable {

	private static final ConsoleProgress QUIET = new ConsoleProgress(null);

	private final ProgressBar bar;

	private ConsoleProgress(ProgressBar bar) {
		this.bar = bar;
	}

	/** A bar for {@code total} units of work (an estimate is fine), or a quiet one when nobody watches. */
	public static ConsoleProgress start(String task, long total, String unit) {
		if (!interactive(System.console())) {
			return QUIET;
		}
		return new ConsoleProgress(new ProgressBarBuilder().setTaskName(OneLine.of(task))
			.setInitialMax(total)
			.setUnit(" " + unit, 1)
			.setConsumer(new ConsoleProgressBarConsumer(System.err))
			.setUpdateIntervalMillis(250)
			.build());
	}

	/**
	 * Whether a person watches: the process has a console and, on Java 22 and later (where
	 * {@code System.console()} also exists when the streams are redirected), it is a terminal.
	 */
	static boolean interactive(Console console) {
		if (console == null) {
			return false;
		}
		try {
			Method isTerminal = Console.class.getMethod("isTerminal");
			return (Boolean) isTerminal.invoke(console);
		}
		catch (NoSuchMethodException ex) {
			return true; // Java 17-21: a console exists only when standard input and output are a terminal
		}
		catch (ReflectiveOperationException ex) {
			return false;
		}
	}

	/** Whether a bar is shown. */
	public boolean shown() {
		return bar != null;
	}

	/** The work done so far. */
	public void stepTo(long done) {
		if (bar != null) {
			bar.stepTo(done);
		}
	}

	public void step() {
		if (bar != null) {
			bar.step();
		}
	}

	/** A better estimate of the total. */
	public void total(long total) {
		if (bar != null) {
			bar.maxHint(total);
		}
	}

	@Override
	public void close() {
		if (bar != null) {
			bar.close();
		}
	}
}
