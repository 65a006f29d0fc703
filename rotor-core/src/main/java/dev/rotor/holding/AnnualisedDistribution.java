package dev.rotor.holding;

/**
 * The distribution of annualised returns over every (overlapping) holding window of one length.
 * Every field is NaN when there is no window.
 *
 * @param lossProbability fraction of windows whose return is strictly negative, in {@code [0, 1]}
 * @param worst lowest annualised return
 * @param median median annualised return (R-7 quantile at 0.5: the middle value, or the mean of the
 *     two middle values)
 * @param best highest annualised return
 * @param mean arithmetic mean of the annualised returns of the windows
 */
public record AnnualisedDistribution(
    double lossProbability, double worst, double median, double best, double mean) {

  /** Validates the probability and the order {@code worst <= median <= best}. */
  public AnnualisedDistribution {
    if (!Double.isNaN(lossProbability) && !(lossProbability >= 0 && lossProbability <= 1)) {
      throw new IllegalArgumentException(
          "lossProbability: must be in [0, 1] or NaN, was " + lossProbability);
    }
    if (worst > median || median > best) {
      throw new IllegalArgumentException(
          "worst/median/best: must be ordered, were " + worst + ", " + median + ", " + best);
    }
  }

  /** The distribution of no window: every field NaN. */
  public static AnnualisedDistribution empty() {
    return new AnnualisedDistribution(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }
}
