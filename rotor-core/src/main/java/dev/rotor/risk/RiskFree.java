package dev.rotor.risk;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The risk-free rate subtracted from returns by the excess-return ratios (Sharpe, Sortino, Omega,
 * downside deviation): a constant, or a time-varying series. {@link #perPeriodRates} turns it into
 * one simple rate per return period.
 *
 * <h2>Conversion to a per-period rate</h2>
 *
 * An annual rate {@code a} becomes {@code (1 + a)^(1 / periodsPerYear) - 1} per period: the rate
 * that compounds back to {@code a} over one year of periods (the rule Kenneth French uses for his
 * daily RF). Quoted yields (FRED {@code DGS3MO}, {@code TB3MS}, percent a year) are treated as
 * effective annual rates; this differs from dividing by {@code periodsPerYear} by a factor near
 * {@code 1 - a / 2} (about 2.4% of the rate at 5%).
 *
 * <h2>Alignment</h2>
 *
 * A return dated {@code d} takes the rate <b>as of</b> {@code d}: the last observation on or before
 * {@code d}, so gaps and a rate series that ends early carry the last value forward. A per-period
 * series ({@link PeriodRates}, e.g. the French RF column) is a return over its whole period, so
 * each observation is first re-dated to the first day of its period (ISO week Monday, first of
 * month, quarter or year): March's RF then applies to every return dated in March, whatever day of
 * the month the series was dated on. A return dated before the first observation has no rate: that
 * is an {@link IllegalArgumentException} naming {@code riskFree}.
 */
public sealed interface RiskFree {

  /** A zero rate. */
  static RiskFree zero() {
    return new Constant(0.0);
  }

  /** A constant annual rate as a decimal ({@code 0.02} for 2% a year). */
  static RiskFree constant(double annualRate) {
    return new Constant(annualRate);
  }

  /** Annual yields in percent (FRED {@code DGS3MO} daily or {@code TB3MS} monthly style). */
  static RiskFree annualPercentYields(DateSeries yieldsPercent) {
    return new AnnualYields(yieldsPercent);
  }

  /**
   * Simple returns per period of {@code frequency} as decimals (Kenneth French {@code RF}: monthly
   * from the monthly file, daily from the daily file).
   */
  static RiskFree periodRates(DateSeries rates, Frequency frequency) {
    return new PeriodRates(rates, frequency);
  }

  /**
   * One simple rate per return period: element {@code i} is the rate for the return dated {@code
   * dates[i]} (ascending) of a series of {@code frequency}.
   *
   * @throws IllegalArgumentException when a date precedes the first observation of the series
   */
  double[] perPeriodRates(LocalDate[] dates, Frequency frequency);

  /** Converts an annual rate to the compounding-equivalent rate per period. */
  static double deannualise(double annualRate, int periodsPerYear) {
    return Math.expm1(Math.log1p(annualRate) / periodsPerYear);
  }

  /** A constant annual rate (decimal). */
  record Constant(double annualRate) implements RiskFree {
    /** Validates the rate. */
    public Constant {
      if (!Double.isFinite(annualRate) || annualRate <= -1) {
        throw new IllegalArgumentException(
            "annualRate: " + annualRate + " is not a finite rate above -1");
      }
    }

    @Override
    public double[] perPeriodRates(LocalDate[] dates, Frequency frequency) {
      double r = deannualise(annualRate, frequency.periodsPerYear());
      double[] out = new double[dates.length];
      java.util.Arrays.fill(out, r);
      return out;
    }
  }

  /** Annual yields in percent, taken as of each return date. */
  record AnnualYields(DateSeries yieldsPercent) implements RiskFree {
    /** Validates the yields (above -100%). */
    public AnnualYields {
      Objects.requireNonNull(yieldsPercent, "yieldsPercent");
      for (int i = 0; i < yieldsPercent.size(); i++) {
        if (yieldsPercent.valueAt(i) <= -100) {
          throw new IllegalArgumentException(
              "yieldsPercent: "
                  + yieldsPercent.valueAt(i)
                  + " on "
                  + yieldsPercent.dateAt(i)
                  + " is not above -100");
        }
      }
    }

    @Override
    public double[] perPeriodRates(LocalDate[] dates, Frequency frequency) {
      int ppy = frequency.periodsPerYear();
      double[] out = asOf(yieldsPercent, dates, UnaryOperator.identity());
      for (int i = 0; i < out.length; i++) {
        out[i] = deannualise(out[i] / 100.0, ppy);
      }
      return out;
    }
  }

  /** Simple rates per period of {@code frequency}, re-dated to period starts, then as of. */
  record PeriodRates(DateSeries rates, Frequency frequency) implements RiskFree {
    /** Validates the rates (above -1) and that no two fall in the same period. */
    public PeriodRates {
      Objects.requireNonNull(rates, "rates");
      Objects.requireNonNull(frequency, "frequency");
      for (int i = 0; i < rates.size(); i++) {
        if (rates.valueAt(i) <= -1) {
          throw new IllegalArgumentException(
              "rates: " + rates.valueAt(i) + " on " + rates.dateAt(i) + " is not above -1");
        }
        if (i > 0
            && periodStart(rates.dateAt(i), frequency)
                .equals(periodStart(rates.dateAt(i - 1), frequency))) {
          throw new IllegalArgumentException(
              "rates: "
                  + rates.dateAt(i - 1)
                  + " and "
                  + rates.dateAt(i)
                  + " fall in the same "
                  + frequency.label()
                  + " period");
        }
      }
    }

    @Override
    public double[] perPeriodRates(LocalDate[] dates, Frequency target) {
      Frequency f = frequency;
      double[] out = asOf(rates, dates, d -> periodStart(d, f));
      if (target != frequency) {
        double power = (double) frequency.periodsPerYear() / target.periodsPerYear();
        for (int i = 0; i < out.length; i++) {
          out[i] = Math.expm1(Math.log1p(out[i]) * power);
        }
      }
      return out;
    }
  }

  /** The first day of the period of {@code frequency} containing {@code date}. */
  static LocalDate periodStart(LocalDate date, Frequency frequency) {
    return switch (frequency) {
      case DAILY -> date;
      case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTHLY -> date.withDayOfMonth(1);
      case QUARTERLY -> date.with(IsoFields.DAY_OF_QUARTER, 1);
      case ANNUAL -> date.withDayOfYear(1);
    };
  }

  /** As-of merge of ascending {@code dates} against the series re-dated by {@code redate}. */
  private static double[] asOf(
      DateSeries series, LocalDate[] dates, UnaryOperator<LocalDate> redate) {
    double[] out = new double[dates.length];
    int j = -1;
    for (int i = 0; i < dates.length; i++) {
      if (i > 0 && !dates[i].isAfter(dates[i - 1])) {
        throw new IllegalArgumentException("dates: not strictly ascending at index " + i);
      }
      while (j + 1 < series.size() && !redate.apply(series.dateAt(j + 1)).isAfter(dates[i])) {
        j++;
      }
      if (j < 0) {
        throw new IllegalArgumentException(
            "riskFree: no rate on or before "
                + dates[i]
                + (series.isEmpty()
                    ? " (the series is empty)"
                    : " (first " + series.firstDate() + ")"));
      }
      out[i] = series.valueAt(j);
    }
    return out;
  }
}
