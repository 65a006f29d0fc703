package dev.rotor.bench;

import dev.rotor.regime.MarkovSwitching;
import dev.rotor.regime.RegimeFit;
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
 * Two-state Markov-switching fit ({@link MarkovSwitching#fit(double[])}: starts, EM, standard
 * errors, filtered and smoothed probabilities) on the regime oracle's two real series (issue 3),
 * against statsmodels {@code MarkovRegression(y, k_regimes=2, switching_variance=True).fit()}.
 *
 * <p>The series are read at setup from the folder named by {@code -Drotor.regimeInput} (see {@link
 * RegimeData}). Run: {@code rotor-bench/run-regime.sh}, which exports the data, checks both
 * log-likelihoods and times both sides in one session.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RegimeBenchmark {

  @Param({"rut_spx_weekly", "smb_monthly"})
  String dataset;

  double[] y;

  @Setup
  public void setUp() {
    y = RegimeData.read(RegimeData.folder(), dataset);
  }

  @Benchmark
  public RegimeFit fit() {
    return MarkovSwitching.fit(y);
  }
}
