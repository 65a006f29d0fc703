package dev.rotor.bench;

import dev.rotor.risk.RiskStatistics;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full risk statistics set ({@link dev.rotor.risk.RiskReport#compute}: volatilities including
 * EWMA and the three OHLC estimators, downside deviation, Sharpe, Sortino, Calmar, Omega, the
 * drawdown table, VaR and CVaR at 95% and 99% by three methods, tail ratio, skewness, kurtosis,
 * beta, correlation and captures) on 100 years of generated daily data (issue 4), against the
 * numpy/pandas/scipy peer computing the same figures.
 *
 * <p>Run: {@code java -jar rotor-bench/target/benchmarks.jar Risk -f 1 -wi 3 -i 5}, or {@code
 * rotor-bench/run-risk.sh} for the comparison with the peer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RiskBenchmark {

  RiskData data;

  @Setup
  public void setUp() {
    data = RiskData.generate(RiskData.N);
  }

  @Benchmark
  public RiskStatistics report() {
    return data.compute();
  }
}
