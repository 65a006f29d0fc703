package dev.rotor.risk;

import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Entry point: all risk figures of one series in one call, as a {@link RiskStatistics}. Stateless;
 * the work is O(n) apart from one sort of the returns for the historical quantiles.
 *
 * <p>Inputs are simple one-period returns ({@link #compute}) or levels such as closes or a
 * growth-of-one index ({@link #computeFromLevels}, converted with {@link Returns#fromPrices}). A
 * benchmark is matched on the dates both series have ({@link Alignment#INTERSECT}; for levels the
 * levels are intersected before taking returns, so both returns span the same interval). OHLC bars
 * feed the range-based volatilities over the bars dated from the first to the last return, plus the
 * bar before for the Yang-Zhang overnight return; they are annualised with the bars' own inferred
 * frequency ({@link Frequency#infer}).
 */
public final class RiskReport {

  private static final double[] LEVELS = {0.95, 0.99};

  private RiskReport() {}

  /**
   * Figures of simple {@code returns} observed at {@code frequency}. The drawdowns start from an
   * undated wealth of 1 before the first return (an episode peaking there has a null peak date).
   *
   * @throws IllegalArgumentException when {@code returns} is empty, a return is not above -1, or
   *     {@code riskFree} has no rate on or before the first return date
   */
  public static RiskStatistics compute(
      DateSeries returns,
      Frequency frequency,
      Optional<DateSeries> benchmarkReturns,
      RiskFree riskFree,
      Optional<BarSeries> ohlc) {
    requireArguments(returns, frequency, benchmarkReturns, riskFree, ohlc, "returns");
    double[] r = returns.values();
    LocalDate[] dates = returns.dates();
    for (int i = 0; i < r.length; i++) {
      if (!(r[i] > -1)) {
        throw new IllegalArgumentException(
            "returns: " + r[i] + " on " + dates[i] + " is not above -1");
      }
    }
    LocalDate[] wealthDates = new LocalDate[dates.length + 1];
    System.arraycopy(dates, 0, wealthDates, 1, dates.length);
    double[][] bench = null;
    if (benchmarkReturns.isPresent()) {
      AlignedSeries a = AlignedSeries.of(Alignment.INTERSECT, returns, benchmarkReturns.get());
      bench = new double[][] {a.column(0), a.column(1)};
    }
    return build(
        dates, r, wealthDates, Drawdowns.wealth(r), frequency, bench, riskFree, ohlc.orElse(null));
  }

  /**
   * Figures of {@code levels} (closes, index values): their simple returns, with drawdowns measured
   * on the levels themselves from the first level.
   *
   * @throws IllegalArgumentException when there are fewer than 2 levels, a level is not positive,
   *     or {@code riskFree} has no rate on or before the first return date
   */
  public static RiskStatistics computeFromLevels(
      DateSeries levels,
      Frequency frequency,
      Optional<DateSeries> benchmarkLevels,
      RiskFree riskFree,
      Optional<BarSeries> ohlc) {
    requireArguments(levels, frequency, benchmarkLevels, riskFree, ohlc, "levels");
    if (levels.size() < 2) {
      throw new IllegalArgumentException("levels: fewer than 2 observations give no return");
    }
    DateSeries returns = Returns.fromPrices(levels, ReturnKind.SIMPLE);
    double[][] bench = null;
    if (benchmarkLevels.isPresent()) {
      AlignedSeries a = AlignedSeries.of(Alignment.INTERSECT, levels, benchmarkLevels.get());
      bench =
          new double[][] {
            Returns.fromPrices(a.column(0), ReturnKind.SIMPLE),
            Returns.fromPrices(a.column(1), ReturnKind.SIMPLE)
          };
    }
    return build(
        returns.dates(),
        returns.values(),
        levels.dates(),
        levels.values(),
        frequency,
        bench,
        riskFree,
        ohlc.orElse(null));
  }

  /**
   * Rolling Pearson correlation of two returns series over trailing windows of {@code window}
   * shared periods (dates intersected), dated at each window's last date; windows in which a series
   * is constant are left out. See {@link Capture#rollingCorrelation}.
   *
   * @throws IllegalArgumentException when {@code window < 2}
   */
  public static DateSeries rollingCorrelation(DateSeries a, DateSeries b, int window) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (window < 2) {
      throw new IllegalArgumentException("window: " + window + " is below 2");
    }
    AlignedSeries al = AlignedSeries.of(Alignment.INTERSECT, a, b);
    double[] c = Capture.rollingCorrelation(al.column(0), al.column(1), window);
    LocalDate[] d = al.dates();
    DateSeries.Builder out = DateSeries.builder();
    for (int i = 0; i < c.length; i++) {
      if (!Double.isNaN(c[i])) {
        out.put(d[i], c[i]);
      }
    }
    return out.build();
  }

  private static RiskStatistics build(
      LocalDate[] dates,
      double[] r,
      LocalDate[] wealthDates,
      double[] wealth,
      Frequency frequency,
      double[][] bench,
      RiskFree riskFree,
      BarSeries bars) {
    int n = r.length;
    int ppy = frequency.periodsPerYear();
    double[] rf = riskFree.perPeriodRates(dates, frequency);
    double[] excess = new double[n];
    for (int i = 0; i < n; i++) {
      excess[i] = r[i] - rf[i];
    }
    double total = wealth[wealth.length - 1] / wealth[0] - 1.0;
    double cagr = Returns.annualise(total, n, ppy);
    double maxDd = Drawdowns.maxDrawdown(wealth);

    double mean = Moments.mean(r);
    double sd = Moments.stdev(r);
    RiskStatistics.Volatilities vol = volatilities(r, sd, ppy, bars, dates[0], dates[n - 1]);
    RiskStatistics.RiskRatios ratios =
        new RiskStatistics.RiskRatios(
            Ratios.sharpe(excess, ppy),
            Ratios.sortino(excess, 0.0, ppy),
            Ratios.calmar(cagr, maxDd),
            Ratios.omega(excess, 0.0));
    RiskStatistics.DrawdownFigures dd =
        new RiskStatistics.DrawdownFigures(
            maxDd, Drawdowns.currentDrawdown(wealth), Drawdowns.table(wealthDates, wealth));
    RiskStatistics.TailFigures tail = tail(r, mean, sd);
    Optional<RiskStatistics.BenchmarkFigures> benchmark =
        bench == null
            ? Optional.empty()
            : Optional.of(
                new RiskStatistics.BenchmarkFigures(
                    bench[0].length,
                    Capture.beta(bench[0], bench[1]),
                    Capture.correlation(bench[0], bench[1]),
                    Capture.upCapture(bench[0], bench[1], ppy),
                    Capture.downCapture(bench[0], bench[1], ppy)));
    return new RiskStatistics(
        dates[0],
        dates[n - 1],
        n,
        frequency,
        total,
        cagr,
        vol,
        Volatility.annualise(Volatility.downsideDeviation(excess, 0.0), ppy),
        ratios,
        dd,
        tail,
        Moments.skewness(r, ShapeEstimator.ADJUSTED),
        Moments.excessKurtosis(r, ShapeEstimator.ADJUSTED),
        benchmark);
  }

  private static RiskStatistics.Volatilities volatilities(
      double[] r, double sd, int ppy, BarSeries bars, LocalDate start, LocalDate end) {
    double parkinson = Double.NaN;
    double garmanKlass = Double.NaN;
    double yangZhang = Double.NaN;
    if (bars != null) {
      LocalDate[] bd = bars.dates();
      int lo = 0;
      while (lo < bd.length && bd[lo].isBefore(start)) {
        lo++;
      }
      int hi = lo;
      while (hi < bd.length && !bd[hi].isAfter(end)) {
        hi++;
      }
      if (hi - lo >= 2) {
        int barsPerYear = Frequency.infer(Arrays.copyOfRange(bd, lo, hi)).periodsPerYear();
        int from = lo > 0 ? lo - 1 : lo;
        double[] h = column(bars, BarField.HIGH, from, hi);
        double[] l = column(bars, BarField.LOW, from, hi);
        double[] o = column(bars, BarField.OPEN, from, hi);
        double[] c = column(bars, BarField.CLOSE, from, hi);
        int skip = lo - from;
        double[] hIn = Arrays.copyOfRange(h, skip, h.length);
        double[] lIn = Arrays.copyOfRange(l, skip, l.length);
        double[] oIn = Arrays.copyOfRange(o, skip, o.length);
        double[] cIn = Arrays.copyOfRange(c, skip, c.length);
        parkinson = Volatility.annualise(RangeVolatility.parkinson(hIn, lIn), barsPerYear);
        garmanKlass =
            Volatility.annualise(RangeVolatility.garmanKlass(oIn, hIn, lIn, cIn), barsPerYear);
        yangZhang = Volatility.annualise(RangeVolatility.yangZhang(o, h, l, c), barsPerYear);
      }
    }
    return new RiskStatistics.Volatilities(
        Volatility.annualise(sd, ppy),
        Volatility.annualise(Volatility.ewma(r, Volatility.RISKMETRICS_LAMBDA), ppy),
        parkinson,
        garmanKlass,
        yangZhang);
  }

  /** Bars {@code [from, to)} of {@code field}; all NaN when the column is absent. */
  private static double[] column(BarSeries bars, BarField field, int from, int to) {
    double[] out = new double[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = bars.valueAt(field, i);
    }
    return out;
  }

  private static RiskStatistics.TailFigures tail(double[] r, double mean, double sd) {
    double[] v = new double[12];
    if (r.length >= 2) {
      double[] sorted = TailRisk.sortedCopy(r);
      double s = Moments.skewness(r, ShapeEstimator.MOMENT);
      double k = Moments.excessKurtosis(r, ShapeEstimator.MOMENT);
      for (int j = 0; j < LEVELS.length; j++) {
        double conf = LEVELS[j];
        v[3 * j] = TailRisk.quantileSorted(sorted, TailRisk.alpha(conf));
        v[3 * j + 1] = TailRisk.gaussianVar(mean, sd, conf);
        v[3 * j + 2] = TailRisk.cornishFisherVar(mean, sd, s, k, conf);
        v[6 + 3 * j] = TailRisk.historicalCvarSorted(sorted, TailRisk.alpha(conf));
        v[6 + 3 * j + 1] = TailRisk.gaussianCvar(mean, sd, conf);
        v[6 + 3 * j + 2] = TailRisk.cornishFisherCvar(mean, sd, s, k, conf);
      }
      return new RiskStatistics.TailFigures(
          v[0],
          v[1],
          v[2],
          v[3],
          v[4],
          v[5],
          v[6],
          v[7],
          v[8],
          v[9],
          v[10],
          v[11],
          TailRisk.tailRatioSorted(sorted));
    }
    double nan = Double.NaN;
    return new RiskStatistics.TailFigures(
        nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
  }

  private static void requireArguments(
      DateSeries series,
      Frequency frequency,
      Optional<DateSeries> benchmark,
      RiskFree riskFree,
      Optional<BarSeries> ohlc,
      String name) {
    if (series == null) {
      throw new IllegalArgumentException(name + ": must not be null");
    }
    if (series.isEmpty()) {
      throw new IllegalArgumentException(name + ": no observations");
    }
    if (frequency == null) {
      throw new IllegalArgumentException("frequency: must not be null");
    }
    if (benchmark == null || ohlc == null) {
      throw new IllegalArgumentException(
          (benchmark == null ? "benchmark" : "ohlc") + ": use Optional.empty(), not null");
    }
    if (riskFree == null) {
      throw new IllegalArgumentException("riskFree: must not be null (use RiskFree.zero())");
    }
  }
}
