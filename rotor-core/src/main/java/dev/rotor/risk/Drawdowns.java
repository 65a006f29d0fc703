package dev.rotor.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Drawdown kernels on a level (wealth) path. Static, pure, one pass, O(n) (the table adds a sort of
 * the episodes).
 *
 * <p>The drawdown at {@code t} is {@code level[t] / max(level[0..t]) - 1}: zero at a new high,
 * negative below it, never positive. Levels are prices or a growth-of-one index; for a returns
 * series use {@link #wealth}, which starts the path at 1 before the first return so that a loss in
 * the first period counts. Drawdowns are invariant to scaling the levels.
 *
 * <p>Too little data: fewer than 2 levels give NaN (a single level has no drawdown to measure).
 */
public final class Drawdowns {

  private Drawdowns() {}

  /**
   * A growth-of-one path from simple returns: element 0 is 1 (before the first return), element
   * {@code i + 1} is {@code prod_{j <= i}(1 + r_j)}; length {@code returns.length + 1}.
   */
  public static double[] wealth(double[] simpleReturns) {
    double[] w = new double[simpleReturns.length + 1];
    w[0] = 1.0;
    for (int i = 0; i < simpleReturns.length; i++) {
      w[i + 1] = w[i] * (1.0 + simpleReturns[i]);
    }
    return w;
  }

  /** The deepest drawdown, in (-1, 0], e.g. -0.34 for a 34% fall; NaN for fewer than 2 levels. */
  public static double maxDrawdown(double[] levels) {
    if (levels.length < 2) {
      return Double.NaN;
    }
    requireLevel(levels, 0);
    double peak = levels[0];
    double worst = 0;
    for (int i = 1; i < levels.length; i++) {
      requireLevel(levels, i);
      double v = levels[i];
      if (v >= peak) {
        peak = v;
      } else {
        double dd = v / peak - 1.0;
        if (dd < worst) {
          worst = dd;
        }
      }
    }
    return worst;
  }

  /** The drawdown at the last level, in (-1, 0]; NaN for fewer than 2 levels. */
  public static double currentDrawdown(double[] levels) {
    if (levels.length < 2) {
      return Double.NaN;
    }
    double peak = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < levels.length; i++) {
      requireLevel(levels, i);
      peak = Math.max(peak, levels[i]);
    }
    return levels[levels.length - 1] / peak - 1.0;
  }

  /** The drawdown path {@code level[t] / max(level[0..t]) - 1}, same length as {@code levels}. */
  public static double[] path(double[] levels) {
    double[] out = new double[levels.length];
    double peak = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < levels.length; i++) {
      requireLevel(levels, i);
      peak = Math.max(peak, levels[i]);
      out[i] = levels[i] / peak - 1.0;
    }
    return out;
  }

  /**
   * Every drawdown episode of {@code levels} (dated by {@code dates}), deepest first (ties by
   * earlier trough). An episode starts when a level falls below the running peak and ends on the
   * first level at or above that peak (the recovery); one still open at the end has no recovery.
   * Lengths count observations. {@code dates[0]} may be null when level 0 is the undated starting
   * value of a returns series ({@link #wealth}); an episode peaking there has a null peak date.
   *
   * @throws IllegalArgumentException on a length mismatch, a null date after index 0, or a level
   *     that is not finite and positive
   */
  public static List<DrawdownEpisode> table(LocalDate[] dates, double[] levels) {
    if (dates.length != levels.length) {
      throw new IllegalArgumentException(
          "levels: length " + levels.length + " differs from dates length " + dates.length);
    }
    for (int i = 1; i < dates.length; i++) {
      if (dates[i] == null) {
        throw new IllegalArgumentException("dates: null at index " + i);
      }
    }
    List<DrawdownEpisode> out = new ArrayList<>();
    int peak = 0;
    int trough = -1;
    for (int i = 0; i < levels.length; i++) {
      requireLevel(levels, i);
      if (i == 0) {
        continue;
      }
      if (levels[i] >= levels[peak]) {
        if (trough >= 0) {
          out.add(episode(dates, levels, peak, trough, i, i));
          trough = -1;
        }
        peak = i;
      } else if (trough < 0 || levels[i] < levels[trough]) {
        trough = i;
      }
    }
    if (trough >= 0) {
      out.add(episode(dates, levels, peak, trough, -1, levels.length - 1));
    }
    out.sort(
        Comparator.comparingDouble(DrawdownEpisode::depth).thenComparing(DrawdownEpisode::trough));
    return List.copyOf(out);
  }

  private static DrawdownEpisode episode(
      LocalDate[] dates, double[] levels, int peak, int trough, int recovery, int end) {
    return new DrawdownEpisode(
        dates[peak],
        dates[trough],
        recovery < 0 ? null : dates[recovery],
        levels[trough] / levels[peak] - 1.0,
        trough - peak,
        end - peak);
  }

  private static void requireLevel(double[] levels, int i) {
    double v = levels[i];
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(
          "levels: " + v + " at index " + i + " is not a positive finite level");
    }
  }
}
