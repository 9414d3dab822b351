package nl.stm.pipeline.ops;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

/**
 * Where the pipeline job's steps print their one line per file: the streams of the command that
 * started the job ({@code run} or {@code serve}), standard output and error until one does.
 */
@Component
public class PipelineOutput {

	private volatile PrintStream out = System.out;

	private volatile PrintStream err = System.err;

	/** Results (one line per file, summaries). */
	public PrintStream out() {
		return out;
	}

	/** Problems (one line per bad file). */
	public PrintStream err() {
		return err;
	}

	void use(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}
}
