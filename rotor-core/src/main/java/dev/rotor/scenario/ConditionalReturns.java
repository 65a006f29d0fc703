package dev.rotor.scenario;

import dev.rotor.returns.Resample;
import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Returns conditional on the state of the economy: monthly returns in recession (FRED {@code
 * USREC}) or slowdown months against the other months, with counts and t-statistics. Static and
 * pure. The split is contemporaneous: a month's return is matched with the same month's state,
 * which is only known later (NBER dates recessions months after the fact; the CFNAI is published
 * about three weeks after the month), so it describes history, not a trading rule.
 */
public final class ConditionalReturns {

  private ConditionalReturns() {}

  /**
   * Simple monthly returns of a level series: the last observation of each calendar month ({@link
   * Resample#lastPerPeriod}), each return dated at its month's last observation. The first month
   * yields no return; the last month may be incomplete.
   *
   * @throws IllegalArgumentException when a level is not positive
   */
  public static DateSeries monthlyReturns(DateSeries levels) {
    Objects.requireNonNull(levels, "levels");
    return Returns.fromPrices(Resample.lastPerPeriod(levels, Frequency.MONTHLY), ReturnKind.SIMPLE);
  }

  /**
   * The difference {@code a - b} of two return series on their common dates ({@link
   * Alignment#INTERSECT}), e.g. small-cap minus large-cap monthly returns.
   */
  public static DateSeries difference(DateSeries a, DateSeries b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    AlignedSeries x = AlignedSeries.of(Alignment.INTERSECT, a, b);
    double[] u = x.column(0);
    double[] v = x.column(1);
    double[] d = new double[u.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = u[i] - v[i];
    }
    return DateSeries.of(x.dates(), d);
  }

  /**
   * Splits {@code monthlyReturns} (simple, decimal, at most one per calendar month) by {@code
   * states}. Returns whose month has no state are counted in {@link
   * ConditionalSplit#unmatchedMonths()} and left out.
   *
   * @throws IllegalArgumentException when two returns fall in the same month or a return is not
   *     above -1
   */
  public static ConditionalSplit split(DateSeries monthlyReturns, MonthlyStates states) {
    Objects.requireNonNull(monthlyReturns, "monthlyReturns");
    Objects.requireNonNull(states, "states");
    int n = monthlyReturns.size();
    double[] in = new double[n];
    double[] out = new double[n];
    int ni = 0;
    int no = 0;
    int unmatched = 0;
    YearMonth first = null;
    YearMonth last = null;
    Set<YearMonth> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      YearMonth ym = YearMonth.from(monthlyReturns.dateAt(i));
      double r = monthlyReturns.valueAt(i);
      if (!seen.add(ym)) {
        throw new IllegalArgumentException("monthlyReturns: two returns in month " + ym);
      }
      if (!(r > -1)) {
        throw new IllegalArgumentException(
            "monthlyReturns: return " + r + " on " + monthlyReturns.dateAt(i) + " is not above -1");
      }
      Boolean s = states.stateOf(ym);
      if (s == null) {
        unmatched++;
        continue;
      }
      if (first == null) {
        first = ym;
      }
      last = ym;
      if (s) {
        in[ni++] = r;
      } else {
        out[no++] = r;
      }
    }
    StateStats a = StateStats.of(Arrays.copyOf(in, ni));
    StateStats b = StateStats.of(Arrays.copyOf(out, no));
    double diff = a.meanMonthly() - b.meanMonthly();
    double welch =
        a.months() < 2 || b.months() < 2
            ? Double.NaN
            : diff / Math.sqrt(a.sd() * a.sd() / a.months() + b.sd() * b.sd() / b.months());
    return new ConditionalSplit(states.name(), first, last, a, b, diff, welch, unmatched);
  }
}
