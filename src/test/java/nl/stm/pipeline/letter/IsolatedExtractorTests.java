package nl.stm.pipeline.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.stm.pipeline.pdf.ExtractionException;
import nl.stm.pipeline.pdf.ExtractionLimits;
import nl.stm.pipeline.support.HostilePdf;

/**
 * The child JVMs of {@link IsolatedExtractor} with real processes: a caller never waits for a child
 * that another thread is using (the partitioned letters step reads two letters at once), an idle
 * child is reused, and closing the extractor ends every child, also a busy one.
 */
class IsolatedExtractorTests {

	@TempDir
	Path files;

	@Test
	void aSecondCallerGetsAChildOfItsOwnWhileTheFirstIsBusyAndAnIdleChildIsReused() throws Exception {
		// given: a page that never ends (it would pass the deadline only after ten minutes) busy in one child
		Path slow = HostilePdf.slowPage(files.resolve("slow-page.pdf"), 12);
		ExtractionLimits limits = new ExtractionLimits(100L * 1024 * 1024, 2000, Duration.ofMinutes(10));
		ExecutorService other = Executors.newSingleThreadExecutor();
		List<Long> before = ProcessHandle.current().children().map(ProcessHandle::pid).toList();
		try (IsolatedExtractor extractor = new IsolatedExtractor(limits, "256m")) {
			Future<?> busy = other.submit(() -> extractor.extract(slow));
			awaitChildren(before, 1);

			// when
			int first = extractor.extract(HostilePdfProcessTests.KST_249.toAbsolutePath()).head().number();
			int second = extractor.extract(HostilePdfProcessTests.KST_249.toAbsolutePath()).head().number();

			// then: read beside the busy child, by a second child that then served the next call too
			assertThat(first).isEqualTo(249);
			assertThat(second).isEqualTo(249);
			assertThat(busy).isNotDone();
			assertThat(children(before)).hasSize(2);

			// when: closed while one child is busy
			extractor.close();

			// then
			assertThatThrownBy(busy::get).isInstanceOf(ExecutionException.class)
				.hasCauseInstanceOf(ExtractionException.class);
			assertThat(children(before)).isEmpty();
		}
		finally {
			other.shutdownNow();
		}
	}

	/** The live children of this JVM started since {@code before} (a test class runs alone in its JVM). */
	private static List<ProcessHandle> children(List<Long> before) {
		return ProcessHandle.current().children().filter(p -> p.isAlive() && !before.contains(p.pid())).toList();
	}

	/** Waits until the busy caller's child runs (a child JVM starts in seconds; two minutes on a busy machine). */
	private static void awaitChildren(List<Long> before, int count) throws InterruptedException {
		for (int i = 0; i < 1200 && children(before).size() < count; i++) {
			Thread.sleep(100);
		}
		assertThat(children(before)).hasSize(count);
	}
}
