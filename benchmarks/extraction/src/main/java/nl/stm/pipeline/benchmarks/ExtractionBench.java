package nl.stm.pipeline.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One file read by one contender, from disk to result, in JMH's average-time mode. The report
 * ({@link BenchmarkReport}) sets the parameters: every committed PDF, every contender.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBench {

	@Param("")
	public String file;

	@Param("ENGINE")
	public String contender;

	private Function<Path, Object> reader;

	private Path path;

	@Setup
	public void setUp() {
		reader = Contender.valueOf(contender).reader();
		path = Path.of(file);
	}

	@Benchmark
	public Object read() {
		return reader.apply(path);
	}
}
