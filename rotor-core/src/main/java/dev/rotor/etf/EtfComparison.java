package dev.rotor.etf;

import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares an ETF with the index it tracks: tracking difference, tracking error, calendar-year
 * differences, volatility, correlation, beta and the gap between the tracking difference and the
 * expense ratio. Stateless; every definition is in {@code docs/conventions-etf.md}.
 *
 * <p>A fair comparison pairs like with like: an unadjusted (price) ETF close against a price index,
 * or a dividend-adjusted (total return) ETF close against a total-return index. Mixing the two adds
 * the dividend yield to the tracking difference.
 */
public final class EtfComparison {

  private EtfComparison() {}

  /**
   * Compares {@code etfLevels} with {@code indexLevels} on their common dates ({@link
   * Alignment#INTERSECT}). Per-period returns are simple returns between consecutive common dates;
   * annualisation uses {@code frequency.periodsPerYear()}:
   *
   * <ul>
   *   <li>annualised return {@code (L_last / L_first)^(P / m) - 1}, {@code m} = common dates - 1;
   *   <li>tracking difference = ETF annualised return - index annualised return;
   *   <li>tracking error = {@code sqrt(P)} x N-1 standard deviation of {@code r_etf - r_index};
   *   <li>volatility = {@code sqrt(P)} x N-1 standard deviation of the returns;
   *   <li>correlation (Pearson) and beta = {@code cov(r_etf, r_index) / var(r_index)};
   *   <li>cost gap = {@code -trackingDifference - expenseRatio};
   *   <li>one {@link YearlyTracking} per complete calendar year: a year with common dates in the
   *       year before and the year after, its return measured from the last common date of the year
   *       before to its own last common date.
   * </ul>
   *
   * Too little data gives NaN figures as documented on {@link EtfComparisonResult}.
   *
   * @param etfLevels ETF closes, strictly positive
   * @param indexLevels index levels, strictly positive
   * @param expenseRatio the ETF's expense ratio, decimal per year, in {@code [0, 1)} (0.0019 =
   *     0.19%)
   * @param frequency the observation frequency of both series, for annualisation
   * @throws IllegalArgumentException naming the argument when one is null, a level is not positive
   *     or the expense ratio is outside {@code [0, 1)}
   */
  public static EtfComparisonResult compare(
      DateSeries etfLevels, DateSeries indexLevels, double expenseRatio, Frequency frequency) {
    requirePositive(etfLevels, "etfLevels");
    requirePositive(indexLevels, "indexLevels");
    if (!(expenseRatio >= 0.0 && expenseRatio < 1.0)) {
      throw new IllegalArgumentException(
          "expenseRatio: must be a decimal fraction in [0, 1), was " + expenseRatio);
    }
    if (frequency == null) {
      throw new IllegalArgumentException("frequency: required");
    }
    AlignedSeries aligned = AlignedSeries.of(Alignment.INTERSECT, etfLevels, indexLevels);
    LocalDate[] dates = aligned.dates();
    double[] etf = aligned.column(0);
    double[] index = aligned.column(1);
    int n = dates.length;
    int ppy = frequency.periodsPerYear();
    double etfAnnual = TrackingKernels.annualisedReturn(etf, ppy);
    double indexAnnual = TrackingKernels.annualisedReturn(index, ppy);
    double td = etfAnnual - indexAnnual;
    double[] re = TrackingKernels.simpleReturns(etf);
    double[] ri = TrackingKernels.simpleReturns(index);
    double[] diff = new double[re.length];
    for (int i = 0; i < diff.length; i++) {
      diff[i] = re[i] - ri[i];
    }
    double root = Math.sqrt(ppy);
    return new EtfComparisonResult(
        n == 0 ? null : dates[0],
        n == 0 ? null : dates[n - 1],
        n,
        Math.max(n - 1, 0),
        frequency,
        etfAnnual,
        indexAnnual,
        td,
        root * TrackingKernels.sampleStdDev(diff),
        calendarYears(dates, etf, index),
        root * TrackingKernels.sampleStdDev(re),
        root * TrackingKernels.sampleStdDev(ri),
        TrackingKernels.correlation(re, ri),
        TrackingKernels.beta(re, ri),
        expenseRatio,
        -td - expenseRatio);
  }

  /**
   * Complete calendar years: years with common dates in both the year before and the year after.
   */
  static List<YearlyTracking> calendarYears(LocalDate[] dates, double[] etf, double[] index) {
    // Index of the last common date in each run of equal years, in date order.
    List<Integer> lastOfYear = new ArrayList<>();
    for (int i = 0; i < dates.length; i++) {
      if (i == dates.length - 1 || dates[i + 1].getYear() != dates[i].getYear()) {
        lastOfYear.add(i);
      }
    }
    List<YearlyTracking> out = new ArrayList<>();
    for (int k = 1; k + 1 < lastOfYear.size(); k++) {
      int prev = lastOfYear.get(k - 1);
      int cur = lastOfYear.get(k);
      int year = dates[cur].getYear();
      if (dates[prev].getYear() != year - 1 || dates[lastOfYear.get(k + 1)].getYear() != year + 1) {
        continue;
      }
      out.add(YearlyTracking.of(year, etf[cur] / etf[prev] - 1.0, index[cur] / index[prev] - 1.0));
    }
    return out;
  }

  private static void requirePositive(DateSeries levels, String name) {
    if (levels == null) {
      throw new IllegalArgumentException(name + ": required");
    }
    for (int i = 0; i < levels.size(); i++) {
      if (!(levels.valueAt(i) > 0.0)) {
        throw new IllegalArgumentException(
            name
                + ": levels must be positive, was "
                + levels.valueAt(i)
                + " on "
                + levels.dateAt(i));
      }
    }
  }
}
