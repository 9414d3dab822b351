package nl.stm.pipeline.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class ReadAheadTests {

	@Test
	void deliversEveryItemInOrderAcrossBatches() {
		// given: 1,000 items in batches of 7, at most 2 batches waiting
		AtomicInteger next = new AtomicInteger();
		List<Integer> taken = new ArrayList<>();

		// when
		try (ReadAhead<Integer> ahead = new ReadAhead<>("test-order", 7, 2,
				() -> next.get() < 1000 ? next.getAndIncrement() : null)) {
			for (Integer item = ahead.take(); item != null; item = ahead.take()) {
				taken.add(item);
			}
			// then: the end stays the end
			assertThat(ahead.take()).isNull();
		}
		assertThat(taken).hasSize(1000);
		for (int i = 0; i < taken.size(); i++) {
			assertThat(taken.get(i)).isEqualTo(i);
		}
	}

	@Test
	void aFailureArrivesAfterTheItemsBeforeIt() {
		// given: a producer that fails after ten items (the failure is in the middle of a batch)
		IllegalStateException failure = new IllegalStateException("line 12 is broken");
		AtomicInteger next = new AtomicInteger();
		List<Integer> taken = new ArrayList<>();

		try (ReadAhead<Integer> ahead = new ReadAhead<>("test-failure", 4, 2, () -> {
			if (next.get() == 10) {
				throw failure;
			}
			return next.getAndIncrement();
		})) {
			// when / then: the same exception, on the taking thread, after the ten items
			assertThatThrownBy(() -> {
				while (true) {
					taken.add(ahead.take());
				}
			}).isSameAs(failure);
		}
		assertThat(taken).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
	}

	@Test
	void aCheckedFailureIsWrappedWithItsMessage() {
		try (ReadAhead<String> ahead = new ReadAhead<>("test-checked", 4, 2, () -> {
			throw new IOException("disk gone");
		})) {
			assertThatThrownBy(ahead::take).isInstanceOf(IllegalStateException.class)
				.hasMessage("disk gone")
				.hasCauseInstanceOf(IOException.class);
		}
	}

	@Test
	void closingStopsAProducerThatWaitsForRoom() throws Exception {
		// given: an endless producer that has filled the queue
		AtomicReference<Thread> producer = new AtomicReference<>();
		CountDownLatch started = new CountDownLatch(1);
		ReadAhead<Integer> ahead = new ReadAhead<>("test-close", 2, 1, () -> {
			producer.set(Thread.currentThread());
			started.countDown();
			return 1;
		});
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(ahead.take()).isEqualTo(1);

		// when
		ahead.close();

		// then
		assertThat(producer.get().isAlive()).isFalse();
	}
}
