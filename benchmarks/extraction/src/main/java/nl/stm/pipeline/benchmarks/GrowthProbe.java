package nl.stm.pipeline.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.ExtractionLimits;
import nl.stm.pipeline.pdf.LetterExtractor;

/**
 * One point of the growth curve, run by {@link BenchmarkReport} in a JVM of its own with the heap
 * the issue allows ({@code -Xmx256m}): extracts a long letter and prints the time per page and the
 * peak of the live heap (the heap left after each collection, at its highest), with the engine's
 * limits except the time limit (a loaded machine must not fail a point by the clock). Warmed up on the
 * one-copy letter first, so the time is the engine's and not the JIT's; a short letter is read
 * repeatedly for a steadier figure.
 * <p>
 * Usage: {@code GrowthProbe long.pdf warmup.pdf} prints {@code pages msPerPage peakLiveMb}.
 */
public final class GrowthProbe {

	private GrowthProbe() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		Path warmup = Path.of(args[1]);
		// the product's limits, but for time: a shared machine must not fail a point by the clock
		ExtractionLimits defaults = ExtractionLimits.defaults();
		LetterExtractor extractor = new LetterExtractor(
				new ExtractionLimits(defaults.maxBytes(), defaults.maxPages(), Duration.ofHours(1)));
		for (int i = 0; i < 10; i++) {
			extractor.extract(warmup);
		}
		System.gc();
		AtomicLong peakLive = watchLiveHeap();
		int rounds = 0;
		long start = System.nanoTime();
		ExtractedLetter letter;
		do {
			letter = extractor.extract(file);
			rounds++;
		}
		while (System.nanoTime() - start < 2_000_000_000L && letter.pages() < 100);
		double msPerPage = (System.nanoTime() - start) / 1e6 / rounds / letter.pages();
		System.gc();
		System.out.printf(Locale.ROOT, "%d %.3f %.1f%n", letter.pages(), msPerPage, peakLive.get() / 1024.0 / 1024.0);
	}

	/** The highest heap occupancy right after a collection, over the run. */
	private static AtomicLong watchLiveHeap() {
		Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());
		AtomicLong peak = new AtomicLong();
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
				if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					return;
				}
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				Map<String, MemoryUsage> after = info.getGcInfo().getMemoryUsageAfterGc();
				long used = after.entrySet()
					.stream()
					.filter(e -> heapPools.contains(e.getKey()))
					.mapToLong(e -> e.getValue().getUsed())
					.sum();
				peak.accumulateAndGet(used, Math::max);
			}, null, null);
		}
		return peak;
	}

	static String[] command(String jar, Path file, Path warmup) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return Arrays.asList(java, "-Xmx256m", "-cp", jar, GrowthProbe.class.getName(), file.toString(), warmup.toString())
			.toArray(String[]::new);
	}
}
