package nl.stm.pipeline.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Produces items on a thread of its own, ahead of the one taking them, so that parsing a file
 * overlaps with validating and storing its rows: on two cores this takes parsing off the step's
 * thread. Items arrive in the order produced; a failure of the producer arrives in its place, after
 * the items before it, and is thrown by {@link #take()} on the consumer's thread. Memory stays
 * bounded: at most {@code batches} batches of {@code batchSize} items wait.
 *
 * @param <T> the items
 */
final class ReadAhead<T> implements AutoCloseable {

	/** Makes the next item, or null at the end; may throw. */
	@FunctionalInterface
	interface Producer<T> {

		T next() throws Exception;
	}

	/** A batch: items, then possibly the failure or the end that came after them. */
	private record Batch<T>(List<T> items, Throwable failure, boolean last) {
	}

	private final BlockingQueue<Batch<T>> queue;

	private final Thread thread;

	private volatile boolean closed;

	private Batch<T> current;

	private int index;

	ReadAhead(String threadName, int batchSize, int batches, Producer<T> producer) {
		this.queue = new ArrayBlockingQueue<>(batches);
		this.thread = new Thread(() -> produce(producer, batchSize), threadName);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void produce(Producer<T> producer, int batchSize) {
		List<T> items = new ArrayList<>(batchSize);
		try {
			for (T item = producer.next(); item != null; item = producer.next()) {
				items.add(item);
				if (items.size() == batchSize) {
					if (!put(new Batch<>(items, null, false))) {
						return;
					}
					items = new ArrayList<>(batchSize);
				}
			}
			put(new Batch<>(items, null, true));
		}
		catch (Throwable ex) {
			put(new Batch<>(items, ex, true));
		}
	}

	/** Waits for room; false when the consumer closed in the meantime. */
	private boolean put(Batch<T> batch) {
		try {
			while (!closed) {
				if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/** The next item, or null at the end; throws the producer's failure where it happened. */
	T take() {
		while (current == null || index == current.items().size()) {
			if (current != null && current.last()) {
				return failOrEnd(current.failure());
			}
			try {
				current = queue.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the next record", ex);
			}
			index = 0;
		}
		return current.items().get(index++);
	}

	private T failOrEnd(Throwable failure) {
		if (failure == null) {
			return null;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(failure.getMessage(), failure);
	}

	/** Stops the producer (also when it waits for room) and waits until it has. */
	@Override
	public void close() {
		closed = true;
		queue.clear();
		thread.interrupt();
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
