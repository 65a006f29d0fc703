package dev.rotor.bench;

import dev.rotor.stats.Ewma;
import dev.rotor.stats.RollingComoments;
import dev.rotor.stats.RollingMoments;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rolling kernels of {@code dev.rotor.stats} over 10 million points (issue 3). Each operation
 * includes the input check and the allocation of its full-length output, as the pandas peer does.
 *
 * <p>Run: {@code java -jar rotor-bench/target/benchmarks.jar Rolling -f 1 -wi 3 -i 5}, or {@code
 * rotor-bench/run-rolling.sh} for the comparison with pandas.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class RollingBenchmark {

  /** The EWMA span (pandas {@code ewm(span=20, adjust=False)}). */
  static final double SPAN = 20;

  @Param({"10000000"})
  int n;

  @Param({"63"})
  int window;

  double[] x;
  double[] y;

  @Setup
  public void setUp() {
    double[][] xy = BenchData.pair(n);
    x = xy[0];
    y = xy[1];
  }

  @Benchmark
  public double[] mean() {
    return RollingMoments.mean(x, window);
  }

  @Benchmark
  public double[] std() {
    return RollingMoments.std(x, window);
  }

  @Benchmark
  public double[] beta() {
    return RollingComoments.beta(y, x, window);
  }

  @Benchmark
  public double[] correlation() {
    return RollingComoments.correlation(x, y, window);
  }

  @Benchmark
  public double[] ewmaStd() {
    return Ewma.std(x, SPAN);
  }
}
