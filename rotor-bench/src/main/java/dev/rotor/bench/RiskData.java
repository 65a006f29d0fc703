package dev.rotor.bench;

import dev.rotor.risk.RiskFree;
import dev.rotor.risk.RiskReport;
import dev.rotor.risk.RiskStatistics;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of {@link RiskBenchmark}: 100 years of daily data ({@code 100 * 252 = 25,200} returns)
 * generated bit for bit the same way by this class and by the pandas peer ({@code
 * rotor-bench/src/main/python/risk_pandas.py}).
 *
 * <p>Uniforms as in {@link BenchData} (SplitMix64 at state {@code SEED + (j + 1) * GAMMA}, top 53
 * bits times {@code 2^-53}), seed {@value #SEED}; return {@code i} uses uniforms {@code 9i .. 9i +
 * 8}:
 *
 * <pre>
 *   b[i]     = 0.0004 + 0.012 * ((u0 + u1 + u2) - 1.5) * (0.5 + u3)    benchmark (scale-mixed: fat tails)
 *   r[i]     = 1.1 * b[i] + 0.006 * ((u4 + u5) - 1.0)                  the series
 *   close[0] = 100, close[i + 1] = close[i] * (1 + r[i])
 *   open[i + 1]  = close[i] * (1 + 0.004 * (u6 - 0.5))
 *   high[i + 1]  = max(open[i + 1], close[i + 1]) * (1 + 0.006 * u7)
 *   low[i + 1]   = min(open[i + 1], close[i + 1]) * (1 - 0.006 * u8)
 * </pre>
 *
 * Bar 0 is the flat bar at 100 before the first return. Dates: consecutive weekdays from Monday
 * 1926-01-04 (bar 0), so return {@code i} is dated on weekday {@code i + 1}. Risk-free rate: a
 * constant 2% a year.
 *
 * <p>{@code main()} prints every figure of {@link RiskStatistics#figures()} plus the number of
 * drawdown episodes, for the driver to compare with the peer.
 */
public final class RiskData {

  static final long SEED = 19260104L;
  static final int N = 100 * 252;
  static final double RISK_FREE = 0.02;
  private static final long GAMMA = 0x9E3779B97F4A7C15L;

  final DateSeries returns;
  final DateSeries benchmark;
  final BarSeries bars;

  private RiskData(DateSeries returns, DateSeries benchmark, BarSeries bars) {
    this.returns = returns;
    this.benchmark = benchmark;
    this.bars = bars;
  }

  /** The data set for {@code n} returns. */
  static RiskData generate(int n) {
    double[] b = new double[n];
    double[] r = new double[n];
    double[] open = new double[n + 1];
    double[] high = new double[n + 1];
    double[] low = new double[n + 1];
    double[] close = new double[n + 1];
    open[0] = 100.0;
    high[0] = 100.0;
    low[0] = 100.0;
    close[0] = 100.0;
    double[] u = new double[9];
    long state = SEED;
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < u.length; k++) {
        u[k] = uniform(state += GAMMA);
      }
      b[i] = 0.0004 + 0.012 * ((u[0] + u[1] + u[2]) - 1.5) * (0.5 + u[3]);
      r[i] = 1.1 * b[i] + 0.006 * ((u[4] + u[5]) - 1.0);
      close[i + 1] = close[i] * (1 + r[i]);
      open[i + 1] = close[i] * (1 + 0.004 * (u[6] - 0.5));
      high[i + 1] = Math.max(open[i + 1], close[i + 1]) * (1 + 0.006 * u[7]);
      low[i + 1] = Math.min(open[i + 1], close[i + 1]) * (1 - 0.006 * u[8]);
    }
    LocalDate[] barDates = weekdays(LocalDate.of(1926, 1, 4), n + 1);
    LocalDate[] returnDates = new LocalDate[n];
    System.arraycopy(barDates, 1, returnDates, 0, n);
    Map<BarField, double[]> columns = new EnumMap<>(BarField.class);
    columns.put(BarField.OPEN, open);
    columns.put(BarField.HIGH, high);
    columns.put(BarField.LOW, low);
    columns.put(BarField.CLOSE, close);
    return new RiskData(
        DateSeries.of(returnDates, r),
        DateSeries.of(returnDates, b),
        BarSeries.of(barDates, columns));
  }

  /** The full report, as timed by {@link RiskBenchmark}. */
  RiskStatistics compute() {
    return RiskReport.compute(
        returns,
        Frequency.DAILY,
        Optional.of(benchmark),
        RiskFree.constant(RISK_FREE),
        Optional.of(bars));
  }

  private static LocalDate[] weekdays(LocalDate first, int count) {
    LocalDate[] out = new LocalDate[count];
    LocalDate d = first;
    for (int i = 0; i < count; i++) {
      while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        d = d.plusDays(1);
      }
      out[i] = d;
      d = d.plusDays(1);
    }
    return out;
  }

  private static double uniform(long state) {
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }

  /** Prints every figure: {@code java -cp benchmarks.jar dev.rotor.bench.RiskData}. */
  public static void main(String[] args) {
    RiskData data = generate(args.length > 0 ? Integer.parseInt(args[0]) : N);
    RiskStatistics s = data.compute();
    s.figures().forEach((k, v) -> System.out.printf("%s %.15e%n", k, v));
    System.out.printf("drawdown_episodes %d%n", s.drawdowns().episodes().size());
    System.out.printf(
        "last_close %.15e%n", data.bars.valueAt(BarField.CLOSE, data.bars.size() - 1));
  }
}
