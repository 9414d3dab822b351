package nl.stm.pipeline.report;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands rows to a consumer on a thread of its own, in batches through a small bounded queue, so one
 * read of the database feeds two writers at once (the CSV file on the reading thread, a workbook sheet
 * on this one). Two concurrent lazy reads of one H2 file fail (h2database#4142); one read with two
 * consumers does not. A failure of the consumer ends the pipe and is thrown to the producer.
 */
final class RowPipe implements ViewReader.RowHandler, AutoCloseable {

	private static final int BATCH = 512;

	private static final Object[][] END = new Object[0][];

	private final BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(16);

	private final Thread thread;

	private volatile Throwable failure;

	private Object[][] batch = new Object[BATCH][];

	private int size;

	RowPipe(String name, ViewReader.RowHandler consumer) {
		this.thread = new Thread(() -> {
			try {
				for (Object[][] rows = queue.take(); rows != END; rows = queue.take()) {
					for (Object[] row : rows) {
						consumer.row(row);
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (Throwable ex) {
				failure = ex;
				queue.clear();
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
	}

	/** Queues a copy of the row (the reader reuses its array). */
	@Override
	public void row(Object[] values) throws Exception {
		batch[size++] = values.clone();
		if (size == BATCH) {
			send(batch);
			batch = new Object[BATCH][];
			size = 0;
		}
	}

	/** Sends the last rows and waits until the consumer has taken every row. */
	void finish() throws Exception {
		send(Arrays.copyOf(batch, size));
		send(END);
		thread.join();
		checkConsumer();
	}

	private void send(Object[][] rows) throws Exception {
		while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
			checkConsumer();
			if (!thread.isAlive()) {
				throw new IllegalStateException(thread.getName() + " stopped");
			}
		}
		checkConsumer();
	}

	private void checkConsumer() {
		if (failure != null) {
			throw new IllegalStateException(thread.getName() + " failed: " + failure.getMessage(), failure);
		}
	}

	/** Stops the consumer if the rows did not all come (the producer failed). */
	@Override
	public void close() throws InterruptedException {
		if (thread.isAlive()) {
			thread.interrupt();
			thread.join();
		}
	}
}
