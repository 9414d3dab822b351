package nl.stm.pipeline.support;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * For benchmarks: the most heap used since the last {@link #reset()}, as the sum of each heap pool's
 * peak ({@link #usedMb()}: pools peak at different times, so it can read above {@code -Xmx}), and as
 * the most heap still in use after a collection ({@link #liveMb()}: what the work really holds).
 */
public final class HeapPeak {

	private static final AtomicLong LIVE = new AtomicLong();

	/** JVM uptime (ms) of the last reset: collections that began before it do not count. */
	private static volatile long resetAt;

	static {
		java.util.Set<String> heapPools = new java.util.HashSet<>();
		ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.forEach(p -> heapPools.add(p.getName()));
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener((notification, handback) -> {
					if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
						com.sun.management.GcInfo info = GarbageCollectionNotificationInfo
							.from((CompositeData) notification.getUserData())
							.getGcInfo();
						if (info.getStartTime() >= resetAt) {
							long used = info.getMemoryUsageAfterGc()
								.entrySet()
								.stream()
								.filter(e -> heapPools.contains(e.getKey()))
								.mapToLong(e -> e.getValue().getUsed())
								.sum();
							LIVE.accumulateAndGet(used, Math::max);
						}
					}
				}, null, null);
			}
		}
	}

	private HeapPeak() {
	}

	public static void reset() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		resetAt = ManagementFactory.getRuntimeMXBean().getUptime();
		LIVE.set(0);
	}

	public static long usedMb() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak >> 20;
	}

	/** The most heap in use right after a collection since the last reset. */
	public static long liveMb() {
		return LIVE.get() >> 20;
	}
}
