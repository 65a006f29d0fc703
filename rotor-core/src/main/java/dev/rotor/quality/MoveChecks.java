package dev.rotor.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Checks on the path of a price series: {@link CheckKind#STALE_RUN}, {@link CheckKind#JUMP} and
 * {@link CheckKind#SPLIT_LIKE}. Static kernels on parallel arrays, one O(n) pass each.
 */
final class MoveChecks {

  /**
   * Split factors recognised by {@link #splitFactor}: a k-for-1 split divides the price by k, a
   * 1-for-k reverse split multiplies it by k. 3-for-2 (ratio 1.5) is deliberately absent: a 33 %
   * move is too common among real price moves to be called split-like.
   */
  static final int[] SPLIT_FACTORS = {2, 3, 4, 5, 6, 7, 8, 10, 15, 20, 25, 30, 50, 100};

  private MoveChecks() {}

  /**
   * Adds one {@link CheckKind#STALE_RUN} {@link Severity#WARNING} per maximal run of at least
   * {@code minRun} consecutive observations with exactly equal ({@code ==}) values.
   */
  static void staleRuns(LocalDate[] dates, double[] values, int minRun, List<Finding> out) {
    int start = 0;
    for (int i = 1; i <= values.length; i++) {
      if (i == values.length || values[i] != values[start]) {
        int length = i - start;
        if (length >= minRun) {
          out.add(
              new Finding(
                  CheckKind.STALE_RUN,
                  Severity.WARNING,
                  dates[start],
                  dates[i - 1],
                  length,
                  "close "
                      + values[start]
                      + " repeated on "
                      + length
                      + " consecutive observations from "
                      + dates[start]
                      + " to "
                      + dates[i - 1]));
        }
        start = i;
      }
    }
  }

  /**
   * Adds the {@link CheckKind#JUMP} and {@link CheckKind#SPLIT_LIKE} {@link Severity#WARNING}s, one
   * per move between consecutive observations, in date order. Pairs where either price is not
   * positive are skipped (they are {@link CheckKind#NON_POSITIVE_PRICE} errors).
   *
   * <p>With {@code splits}, a move whose ratio {@code p[i] / p[i-1]} is within {@code
   * splitTolerance} of a split ratio ({@link #splitFactor}) is split-like unless it is one leg of a
   * one-day spike: the next observation brings the price back within {@code splitTolerance} of
   * {@code p[i-1]}, or this one brings it back within {@code splitTolerance} of {@code p[i-2]} (a
   * bad print, not a split; both legs are then judged as jumps). A split-like move is not also a
   * jump. Otherwise a move with {@code |p[i] / p[i-1] - 1| > jumpThreshold} is a jump.
   */
  static void jumpsAndSplits(
      LocalDate[] dates,
      double[] prices,
      double jumpThreshold,
      boolean splits,
      double splitTolerance,
      List<Finding> out) {
    for (int i = 1; i < prices.length; i++) {
      double prev = prices[i - 1];
      double cur = prices[i];
      if (!(prev > 0 && cur > 0)) {
        continue;
      }
      double ratio = cur / prev;
      int factor = splits ? splitFactor(ratio, splitTolerance) : 0;
      if (factor != 0
          && !reversed(prices, i, splitTolerance)
          && !undoes(prices, i, splitTolerance)) {
        String like =
            factor > 0
                ? "like a " + factor + "-for-1 split"
                : "like a 1-for-" + (-factor) + " reverse split";
        out.add(
            new Finding(
                CheckKind.SPLIT_LIKE,
                Severity.WARNING,
                dates[i],
                dates[i],
                1,
                move(dates, prices, i) + ", " + like));
      } else if (Math.abs(ratio - 1) > jumpThreshold) {
        out.add(
            new Finding(
                CheckKind.JUMP,
                Severity.WARNING,
                dates[i],
                dates[i],
                1,
                move(dates, prices, i)
                    + String.format(
                        Locale.ROOT, ", beyond the %.1f %% jump threshold", jumpThreshold * 100)));
      }
    }
  }

  /**
   * The split factor {@code k} from {@link #SPLIT_FACTORS} with {@code |ratio * k - 1| <= tol} (a
   * k-for-1 split: positive result), or with {@code |ratio / k - 1| <= tol} (a 1-for-k reverse
   * split: result {@code -k}); 0 when the ratio is not split-like.
   */
  static int splitFactor(double ratio, double tol) {
    for (int k : SPLIT_FACTORS) {
      if (Math.abs(ratio * k - 1) <= tol) {
        return k;
      }
      if (Math.abs(ratio / k - 1) <= tol) {
        return -k;
      }
    }
    return 0;
  }

  /** True when {@code prices[i]} is back within {@code tol} of {@code prices[i - 2]}. */
  private static boolean undoes(double[] prices, int i, double tol) {
    return i >= 2 && prices[i - 2] > 0 && Math.abs(prices[i] / prices[i - 2] - 1) <= tol;
  }

  /** True when {@code prices[i + 1]} is back within {@code tol} of {@code prices[i - 1]}. */
  private static boolean reversed(double[] prices, int i, double tol) {
    return i + 1 < prices.length
        && prices[i + 1] > 0
        && Math.abs(prices[i + 1] / prices[i - 1] - 1) <= tol;
  }

  private static String move(LocalDate[] dates, double[] prices, int i) {
    return "close "
        + prices[i - 1]
        + " on "
        + dates[i - 1]
        + " to "
        + prices[i]
        + " on "
        + dates[i]
        + String.format(Locale.ROOT, " (%+.1f %%)", (prices[i] / prices[i - 1] - 1) * 100);
  }
}
