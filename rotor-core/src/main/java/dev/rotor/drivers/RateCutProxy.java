package dev.rotor.drivers;

import dev.rotor.returns.Resample;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.util.Objects;

/**
 * A proxy for rate-cut expectations: the 2-year Treasury yield minus the effective fed funds rate,
 * in percentage points. Negative means the market prices cuts over the next two years.
 *
 * <p>As-of alignment: the spread is dated on each 2-year yield date from the first fed funds
 * observation on, and uses the latest fed funds value dated on or before it ({@link
 * DateSeries#forwardFillTo}). With FRED's monthly {@code FEDFUNDS} (a monthly average dated the
 * first of the month) each day of a month uses that month's average, which is only published after
 * the month ends: the proxy is descriptive, not a real-time signal. Daily {@code DFF} avoids this.
 *
 * @param spread 2-year yield minus fed funds, percentage points, on the 2-year yield's dates
 */
public record RateCutProxy(DateSeries spread) {

  /** Validates. */
  public RateCutProxy {
    Objects.requireNonNull(spread, "spread");
  }

  /**
   * The proxy from {@code dgs2} and {@code fedFunds}, both in percent.
   *
   * @throws NullPointerException when an argument is null
   */
  public static RateCutProxy of(DateSeries dgs2, DateSeries fedFunds) {
    Objects.requireNonNull(dgs2, "dgs2");
    Objects.requireNonNull(fedFunds, "fedFunds");
    DateSeries ff = fedFunds.forwardFillTo(dgs2.dates());
    int offset = dgs2.size() - ff.size();
    double[] y = dgs2.values();
    double[] f = ff.values();
    double[] s = new double[f.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = y[i + offset] - f[i];
    }
    return new RateCutProxy(DateSeries.of(ff.dates(), s));
  }

  /**
   * Changes of the proxy in basis points over each period of {@code sampling}: the last value of a
   * period minus the last value of the previous one, times 100, dated at the period's last
   * observation. Empty with fewer than two periods.
   */
  public DateSeries changes(Frequency sampling) {
    DateSeries p = Resample.lastPerPeriod(spread, Objects.requireNonNull(sampling, "sampling"));
    if (p.size() < 2) {
      return DateSeries.empty();
    }
    double[] v = p.values();
    double[] d = new double[v.length - 1];
    for (int i = 0; i < d.length; i++) {
      d[i] = (v[i + 1] - v[i]) * 100.0;
    }
    return DateSeries.of(java.util.Arrays.copyOfRange(p.dates(), 1, v.length), d);
  }
}
