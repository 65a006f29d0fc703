package dev.rotor.rotation;

/**
 * Quadrant of a point (RS-Ratio, RS-Momentum) of a relative rotation graph, both centred on 100.
 * Assets usually rotate clockwise: improving, leading, weakening, lagging.
 */
public enum Quadrant {
  /** Ratio above 100 and momentum above 100: outperforming, and more so. */
  LEADING,
  /** Ratio above 100, momentum below 100: still outperforming, but less so. */
  WEAKENING,
  /** Ratio below 100 and momentum below 100: underperforming, and more so. */
  LAGGING,
  /** Ratio below 100, momentum above 100: still underperforming, but less so. */
  IMPROVING,
  /**
   * No quadrant: a coordinate is NaN (history too short) or exactly 100 (on an axis, e.g. the
   * benchmark itself or an asset identical to it).
   */
  NONE;

  /** The quadrant of ({@code ratio}, {@code momentum}); strict inequalities, see {@link #NONE}. */
  public static Quadrant of(double ratio, double momentum) {
    if (Double.isNaN(ratio) || Double.isNaN(momentum) || ratio == 100.0 || momentum == 100.0) {
      return NONE;
    }
    if (ratio > 100.0) {
      return momentum > 100.0 ? LEADING : WEAKENING;
    }
    return momentum > 100.0 ? IMPROVING : LAGGING;
  }
}
