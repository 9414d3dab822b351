package nl.stm.pipeline.report;

/**
 * A piece of the report written on a thread of its own beside the work of the calling thread: the
 * machine has (at least) two cores and the report's outputs are independent once the rows have been
 * read. {@link #join} waits for it and throws what it threw; closing without a join (the caller failed)
 * waits until it has ended too, so nothing writes into a run folder being removed. It is not
 * interrupted: an interrupt during a read of H2's file closes its channel, and the database with it (h2database#1076).
 */
final class Beside implements AutoCloseable {

	/** The work: it may throw. */
	interface Work {

		void run() throws Exception;
	}

	private final Thread thread;

	private volatile Throwable failure;

	Beside(String name, Work work) {
		this.thread = new Thread(() -> {
			try {
				work.run();
			}
			catch (Throwable ex) {
				failure = ex;
			}
		}, "report " + name);
		thread.setDaemon(true);
		thread.start();
	}

	/** Waits for the work to end; rethrows its failure. */
	void join() throws Exception {
		thread.join();
		if (failure instanceof Exception ex) {
			throw ex;
		}
		if (failure instanceof Error error) {
			throw error;
		}
	}

	@Override
	public void close() throws InterruptedException {
		thread.join();
	}
}
