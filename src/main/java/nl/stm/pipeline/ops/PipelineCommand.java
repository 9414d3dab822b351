package nl.stm.pipeline.ops;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the command line that needs the application (database, jobs). Its result goes to
 * {@code out}; problems go to {@code err} as one line per input, naming the file.
 */
public interface PipelineCommand {

	/** Exit status: all inputs fine. */
	int OK = 0;

	/** Exit status: some input failed (the others were still processed). */
	int INPUT_FAILED = 1;

	/** Exit status: the command was called wrongly. */
	int USAGE = 2;

	/** Exit status: stopped by SIGTERM before finishing; the next run resumes where it stopped. */
	int STOPPED = 3;

	/** Exit status: the work is being done by another process on the same database; nothing was done here. */
	int BUSY = 4;

	String name();

	int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
