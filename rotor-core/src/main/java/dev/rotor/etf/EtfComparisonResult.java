package dev.rotor.etf;

import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.List;

/**
 * The comparison of an ETF with its index over their common dates (see {@link
 * EtfComparison#compare} and {@code docs/conventions-etf.md}). Returns, differences, volatilities
 * and the expense ratio are decimal fractions per year ({@code 0.01} = 1%).
 *
 * <p>Too little data gives NaN, never 0: with fewer than 2 common dates every figure is NaN; with
 * exactly 2 (one period) the dispersion figures (tracking error, volatilities, correlation, beta)
 * are NaN; correlation is NaN when either return series is constant and beta when the index return
 * series is constant. {@code firstDate} and {@code lastDate} are {@code null} when there is no
 * common date.
 *
 * @param firstDate first common date, or {@code null} when there is none
 * @param lastDate last common date, or {@code null} when there is none
 * @param commonDates number of common dates (levels)
 * @param periods number of per-period returns, {@code max(commonDates - 1, 0)}
 * @param frequency the frequency used for annualisation
 * @param etfAnnualReturn geometric annualised return of the ETF levels
 * @param indexAnnualReturn geometric annualised return of the index levels
 * @param trackingDifference {@code etfAnnualReturn - indexAnnualReturn}
 * @param trackingError annualised N-1 standard deviation of {@code r_etf - r_index}
 * @param years one row per complete calendar year, ascending
 * @param etfVolatility annualised N-1 standard deviation of the ETF returns
 * @param indexVolatility annualised N-1 standard deviation of the index returns
 * @param correlation Pearson correlation of the ETF and index returns
 * @param beta slope of ETF returns on index returns, {@code cov / var(index)} (both N-1)
 * @param expenseRatio the expense ratio given, decimal per year
 * @param costGap {@code -trackingDifference - expenseRatio}: how much more (positive) or less
 *     (negative) the ETF lagged its index than its stated expense ratio alone explains
 */
public record EtfComparisonResult(
    LocalDate firstDate,
    LocalDate lastDate,
    int commonDates,
    int periods,
    Frequency frequency,
    double etfAnnualReturn,
    double indexAnnualReturn,
    double trackingDifference,
    double trackingError,
    List<YearlyTracking> years,
    double etfVolatility,
    double indexVolatility,
    double correlation,
    double beta,
    double expenseRatio,
    double costGap) {

  /** Validates counts, dates, frequency and the year list; copies the list. */
  public EtfComparisonResult {
    if (commonDates < 0) {
      throw new IllegalArgumentException("commonDates: must be >= 0, was " + commonDates);
    }
    if (periods != Math.max(commonDates - 1, 0)) {
      throw new IllegalArgumentException(
          "periods: must be max(commonDates - 1, 0), was " + periods);
    }
    if ((firstDate == null) != (commonDates == 0) || (lastDate == null) != (commonDates == 0)) {
      throw new IllegalArgumentException("firstDate/lastDate: null exactly when commonDates is 0");
    }
    if (firstDate != null && lastDate.isBefore(firstDate)) {
      throw new IllegalArgumentException("lastDate: before firstDate");
    }
    if (frequency == null) {
      throw new IllegalArgumentException("frequency: required");
    }
    if (years == null) {
      throw new IllegalArgumentException("years: required");
    }
    years = List.copyOf(years);
  }
}
