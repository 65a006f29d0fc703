package dev.rotor.scenario;

import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replays historical {@link StressWindow}s on a level series or a buy-and-hold portfolio: total
 * return and maximum drawdown inside each window. Static and pure.
 *
 * <p>A window is <b>covered</b> when the series has an observation on or before its start and
 * another on or after its end; otherwise the outcome is NaN ({@link StressOutcome#uncovered}),
 * never a partial window. The base close is the last on or before the start, the end close the last
 * on or before the end. Meant for daily levels: a monthly series snaps to month ends, and the
 * outcome reports the dates actually used.
 */
public final class StressReplay {

  /** Tolerance on the sum of portfolio weights. */
  static final double WEIGHT_SUM_TOL = 1e-9;

  private StressReplay() {}

  /**
   * The outcome of {@code levels} (closes or a total-return index) in {@code window}.
   *
   * @throws IllegalArgumentException when a level inside the window is not positive
   */
  public static StressOutcome replay(DateSeries levels, StressWindow window) {
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(window, "window");
    if (!covers(levels, window)) {
      return StressOutcome.uncovered(window);
    }
    int b = levels.indexOnOrBefore(window.start());
    int e = levels.indexOnOrBefore(window.end());
    if (e <= b) {
      return StressOutcome.uncovered(window);
    }
    double[] v = new double[e - b + 1];
    LocalDate[] d = new LocalDate[v.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = levels.valueAt(b + i);
      d[i] = levels.dateAt(b + i);
      if (!(v[i] > 0)) {
        throw new IllegalArgumentException("levels: level " + v[i] + " on " + d[i] + " is not > 0");
      }
    }
    return outcome(window, d, v);
  }

  /** {@link #replay(DateSeries, StressWindow)} for each window, in the given order. */
  public static List<StressOutcome> replay(DateSeries levels, List<StressWindow> windows) {
    Objects.requireNonNull(windows, "windows");
    List<StressOutcome> out = new ArrayList<>();
    for (StressWindow w : windows) {
      out.add(replay(levels, w));
    }
    return List.copyOf(out);
  }

  /**
   * The outcome of a buy-and-hold portfolio in {@code window}: weights {@code w_i} are set at the
   * base close and not rebalanced, so its value is {@code V_t = sum w_i P_i(t) / P_i(base)} on the
   * common dates of the series ({@link Alignment#INTERSECT}) and its total return is {@code sum w_i
   * R_i}. Uncovered when any series does not cover the window.
   *
   * @throws IllegalArgumentException when the counts differ, a weight is negative or not finite,
   *     the weights do not sum to 1 (within {@value #WEIGHT_SUM_TOL}), or a level is not positive
   */
  public static StressOutcome replayPortfolio(
      List<DateSeries> levels, List<Double> weights, StressWindow window) {
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(window, "window");
    double[] w = checkedWeights(levels.size(), weights);
    for (DateSeries s : levels) {
      if (!covers(Objects.requireNonNull(s, "levels"), window)) {
        return StressOutcome.uncovered(window);
      }
    }
    AlignedSeries a = AlignedSeries.of(Alignment.INTERSECT, levels.toArray(new DateSeries[0]));
    DateSeries first = a.series(0);
    int b = first.indexOnOrBefore(window.start());
    int e = first.indexOnOrBefore(window.end());
    if (b < 0 || e <= b) {
      return StressOutcome.uncovered(window);
    }
    LocalDate[] dates = a.dates();
    double[] v = new double[e - b + 1];
    LocalDate[] d = new LocalDate[v.length];
    for (int k = 0; k < levels.size(); k++) {
      double[] p = a.column(k);
      if (!(p[b] > 0)) {
        throw new IllegalArgumentException(
            "levels: level " + p[b] + " of series " + k + " on " + dates[b] + " is not > 0");
      }
      for (int i = 0; i < v.length; i++) {
        if (!(p[b + i] > 0)) {
          throw new IllegalArgumentException(
              "levels: level "
                  + p[b + i]
                  + " of series "
                  + k
                  + " on "
                  + dates[b + i]
                  + " is not > 0");
        }
        v[i] += w[k] * p[b + i] / p[b];
      }
    }
    System.arraycopy(dates, b, d, 0, v.length);
    return outcome(window, d, v);
  }

  private static boolean covers(DateSeries s, StressWindow w) {
    return !s.isEmpty() && !s.firstDate().isAfter(w.start()) && !s.lastDate().isBefore(w.end());
  }

  /** Total return and maximum drawdown of the path {@code v} (base first) in one pass. */
  private static StressOutcome outcome(StressWindow window, LocalDate[] d, double[] v) {
    int peak = 0;
    int worstPeak = 0;
    int worstTrough = 0;
    double worst = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[peak]) {
        peak = i;
      }
      double dd = v[i] / v[peak] - 1.0;
      if (dd < worst) {
        worst = dd;
        worstPeak = peak;
        worstTrough = i;
      }
    }
    return new StressOutcome(
        window,
        d[0],
        d[v.length - 1],
        v.length,
        v[v.length - 1] / v[0] - 1.0,
        worst,
        d[worstPeak],
        d[worstTrough]);
  }

  private static double[] checkedWeights(int count, List<Double> weights) {
    if (count == 0) {
      throw new IllegalArgumentException("levels: at least one series is required");
    }
    if (weights.size() != count) {
      throw new IllegalArgumentException(
          "weights: " + weights.size() + " weights for " + count + " series");
    }
    double[] w = new double[count];
    double sum = 0;
    for (int i = 0; i < count; i++) {
      Double x = Objects.requireNonNull(weights.get(i), "weights");
      if (!(x >= 0) || Double.isInfinite(x)) {
        throw new IllegalArgumentException(
            "weights: weight " + x + " at index " + i + " is not >= 0");
      }
      w[i] = x;
      sum += x;
    }
    if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOL) {
      throw new IllegalArgumentException("weights: must sum to 1, sum to " + sum);
    }
    return w;
  }
}
