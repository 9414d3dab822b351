package nl.stm.pipeline.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The CPU time a process and its child processes spend, by kind of thread, sampled from Linux's
 * {@code /proc} while the process runs, so that a benchmark can tell what used the cores during one
 * step: the JIT compiler threads, the pipeline's worker threads, the other threads of the process,
 * the extraction children. On a system without {@code /proc} it samples nothing (all zero).
 */
public final class ThreadCpu implements AutoCloseable {

	/** The kinds, in the order they are printed. */
	public static final List<String> KINDS = List.of("compiler", "workers", "other", "children");

	/** Linux reports CPU time in clock ticks of 1/100 s to user space. */
	private static final double TICKS_PER_SECOND = 100;

	private static final long PERIOD_MILLIS = 100;

	/** CPU seconds of each thread, keyed by its kind, process and thread id ("workers 4711/4723"). */
	private record Sample(Instant at, Map<String, Double> seconds) {
	}

	private final ProcessHandle process;

	private final List<Sample> samples = new CopyOnWriteArrayList<>();

	private final Thread sampler;

	private volatile boolean running = true;

	private ThreadCpu(ProcessHandle process) {
		this.process = process;
		this.sampler = new Thread(this::sampleUntilClosed, "thread-cpu");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	/** Starts sampling the process with this pid (and its descendants) every 100 ms. */
	public static ThreadCpu of(long pid) {
		return new ThreadCpu(ProcessHandle.of(pid).orElseThrow());
	}

	/**
	 * CPU seconds per kind spent between the last sample at or before {@code from} and the last at or before
	 * {@code to}; a thread that ended in between counts with its last sampled time.
	 */
	public Map<String, Double> between(Instant from, Instant to) {
		Map<String, Double> start = Map.of();
		Map<String, Double> latest = new LinkedHashMap<>();
		for (Sample sample : samples) {
			if (sample.at().isAfter(to)) {
				break;
			}
			if (!sample.at().isAfter(from)) {
				start = sample.seconds();
				latest.clear();
			}
			latest.putAll(sample.seconds());
		}
		Map<String, Double> spent = new LinkedHashMap<>();
		for (String kind : KINDS) {
			spent.put(kind, 0.0);
		}
		for (Map.Entry<String, Double> thread : latest.entrySet()) {
			String kind = thread.getKey().substring(0, thread.getKey().indexOf(' '));
			spent.merge(kind, thread.getValue() - start.getOrDefault(thread.getKey(), 0.0), Double::sum);
		}
		return spent;
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		sampler.join();
	}

	private void sampleUntilClosed() {
		while (running && process.isAlive()) {
			Instant at = Instant.now();
			Map<String, Double> seconds = new LinkedHashMap<>();
			threads(process.pid(), false, seconds);
			process.descendants().forEach(child -> threads(child.pid(), true, seconds));
			samples.add(new Sample(at, seconds));
			try {
				Thread.sleep(PERIOD_MILLIS);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** Puts the CPU seconds of each thread of a process, keyed by kind, process and thread. */
	private static void threads(long pid, boolean child, Map<String, Double> seconds) {
		try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
			tasks.forEach(task -> {
				try {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
					seconds.put((child ? "children" : kind(name)) + " " + pid + "/" + task.getFileName(), cpu);
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended between listing and reading
				}
			});
		}
		catch (IOException | RuntimeException ex) {
			// no /proc, or the process ended
		}
	}

	private static String kind(String threadName) {
		if (threadName.contains("CompilerThre")) {
			return "compiler";
		}
		return threadName.startsWith("pipeline-worke") ? "workers" : "other";
	}
}
