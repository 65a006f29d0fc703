package dev.rotor.economy;

import dev.rotor.scenario.ConditionalReturns;
import dev.rotor.scenario.ConditionalSplit;
import dev.rotor.scenario.MonthlyStates;
import dev.rotor.series.DateSeries;
import dev.rotor.stats.PairedSums;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Sensitivity of monthly relative returns (e.g. small minus large caps) to the economy. Static and
 * pure.
 *
 * <p>Alignment: both series are keyed by calendar month ({@link YearMonth}); returns are dated at
 * the month's last observation and FRED monthly series on the 1st, and both stand for their month.
 * Indicator data are the revised (latest-vintage) values aligned by reference month, not release
 * date (see {@link LagCorrelations#REVISED_DATA_NOTE}): lag 0 pairs a month's return with that
 * month's indicator, which is published only weeks later.
 */
public final class EconomicSensitivity {

  /** Two-sided 95% normal quantile used for the Fisher-z intervals. */
  public static final double Z95 = 1.96;

  /** Months in the trailing window of the growth surprise. */
  public static final int SURPRISE_WINDOW = 12;

  private EconomicSensitivity() {}

  /**
   * Pearson correlations of {@code monthlyRelativeReturns} with {@code indicatorChange} at lags
   * {@code -maxLag..+maxLag}. At lag {@code k} the indicator of month {@code m} is paired with the
   * return of month {@code m + k}: {@code k > 0} means the indicator leads returns by {@code k}
   * months, {@code k < 0} that returns lead the indicator. Each lag uses every month pair with both
   * values (so {@code n} varies by lag), with a 95% Fisher-z interval.
   *
   * @throws IllegalArgumentException when {@code maxLag} is negative or either series has two
   *     observations in one month
   */
  public static LagCorrelations correlations(
      DateSeries monthlyRelativeReturns, DateSeries indicatorChange, int maxLag) {
    Objects.requireNonNull(monthlyRelativeReturns, "monthlyRelativeReturns");
    Objects.requireNonNull(indicatorChange, "indicatorChange");
    if (maxLag < 0) {
      throw new IllegalArgumentException("maxLag: must be at least 0, was " + maxLag);
    }
    TreeMap<YearMonth, Double> ret = byMonth(monthlyRelativeReturns, "monthlyRelativeReturns");
    TreeMap<YearMonth, Double> ind = byMonth(indicatorChange, "indicatorChange");
    List<LagCorrelation> out = new ArrayList<>();
    for (int k = -maxLag; k <= maxLag; k++) {
      double[] x = new double[ind.size()];
      double[] y = new double[ind.size()];
      int n = 0;
      for (var e : ind.entrySet()) {
        Double r = ret.get(e.getKey().plusMonths(k));
        if (r != null) {
          x[n] = e.getValue();
          y[n] = r;
          n++;
        }
      }
      double r = pearson(x, y, n);
      out.add(withInterval(k, n, r));
    }
    return new LagCorrelations(out, LagCorrelations.REVISED_DATA_NOTE);
  }

  /** Entry for lag {@code k} with its Fisher-z interval; NaN bounds when {@code n < 4}. */
  static LagCorrelation withInterval(int k, int n, double r) {
    if (Double.isNaN(r) || n < 4) {
      return new LagCorrelation(k, n, r, Double.NaN, Double.NaN);
    }
    double z = atanh(r);
    double h = Z95 / Math.sqrt(n - 3);
    return new LagCorrelation(k, n, r, Math.tanh(z - h), Math.tanh(z + h));
  }

  /**
   * Pearson correlation of the first {@code n} pairs ({@link PairedSums#correlation}: two-pass,
   * centred); NaN when {@code n < 3} or either side has zero variance.
   */
  static double pearson(double[] x, double[] y, int n) {
    return PairedSums.of(x, y, n).correlation();
  }

  private static double atanh(double r) {
    return 0.5 * Math.log((1 + r) / (1 - r));
  }

  /**
   * Growth surprise of monthly levels (e.g. {@code RSXFS}): the month-on-month growth ({@link
   * IndicatorTransform#PERCENT_GROWTH}) minus the mean growth of the {@value #SURPRISE_WINDOW}
   * preceding months ({@code m-12..m-1}, excluding month {@code m}). A month lacking its growth or
   * any of the 12 preceding growths has no surprise. Dated like the indicator.
   *
   * @throws IllegalArgumentException as {@link IndicatorTransform#apply}
   */
  public static DateSeries growthSurprise(DateSeries monthlyLevels) {
    DateSeries g = IndicatorTransform.PERCENT_GROWTH.apply(monthlyLevels);
    TreeMap<YearMonth, Double> gm = byMonth(g, "monthlyLevels");
    DateSeries.Builder b = DateSeries.builder();
    for (int i = 0; i < g.size(); i++) {
      YearMonth ym = YearMonth.from(g.dateAt(i));
      double sum = 0;
      boolean complete = true;
      for (int k = 1; k <= SURPRISE_WINDOW && complete; k++) {
        Double v = gm.get(ym.minusMonths(k));
        complete = v != null;
        sum += complete ? v : 0;
      }
      if (complete) {
        b.put(g.dateAt(i), g.valueAt(i) - sum / SURPRISE_WINDOW);
      }
    }
    return b.build();
  }

  /**
   * Relative returns split by the sign of the same month's growth surprise ({@link
   * #growthSurprise}): in the state when the surprise is strictly positive, out of it when zero or
   * negative. Counts, means and Welch t as {@link ConditionalReturns#split}.
   *
   * @throws IllegalArgumentException as {@link ConditionalReturns#split} and {@link
   *     #growthSurprise}
   */
  public static ConditionalSplit conditionalOnSurprise(
      DateSeries monthlyRelativeReturns, DateSeries monthlyLevels) {
    Objects.requireNonNull(monthlyRelativeReturns, "monthlyRelativeReturns");
    DateSeries s = growthSurprise(monthlyLevels);
    TreeMap<YearMonth, Boolean> m = new TreeMap<>();
    for (int i = 0; i < s.size(); i++) {
      m.put(YearMonth.from(s.dateAt(i)), s.valueAt(i) > 0);
    }
    return ConditionalReturns.split(
        monthlyRelativeReturns, new MonthlyStates("growth surprise > 0", m));
  }

  /**
   * Relative returns split by recession months of a 0/1 indicator such as FRED {@code USREC}
   * ({@link MonthlyStates#fromIndicator}, {@link ConditionalReturns#split}).
   */
  public static ConditionalSplit conditionalOnRecession(
      DateSeries monthlyRelativeReturns, DateSeries recessionIndicator) {
    return ConditionalReturns.split(
        monthlyRelativeReturns, MonthlyStates.fromIndicator("USREC = 1", recessionIndicator));
  }

  private static TreeMap<YearMonth, Double> byMonth(DateSeries s, String arg) {
    TreeMap<YearMonth, Double> m = new TreeMap<>();
    for (int i = 0; i < s.size(); i++) {
      if (m.put(YearMonth.from(s.dateAt(i)), s.valueAt(i)) != null) {
        throw new IllegalArgumentException(
            arg + ": two observations in month " + YearMonth.from(s.dateAt(i)));
      }
    }
    return m;
  }
}
