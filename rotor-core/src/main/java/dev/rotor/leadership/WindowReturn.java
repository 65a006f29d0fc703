package dev.rotor.leadership;

/**
 * One series' return over a resolved window, on the price basis of its table.
 *
 * @param startLevel level at the base close, positive
 * @param endLevel level at the end close, positive
 * @param total simple return {@code endLevel / startLevel - 1}
 * @param annualised geometric annualised return {@code (1 + total)^(periodsPerYear / periods) - 1}
 *     (252 periods a year for daily data), or NaN when the window is not annualised (see {@link
 *     StandardWindow} and {@link ExplicitWindow})
 */
public record WindowReturn(double startLevel, double endLevel, double total, double annualised) {

  /** Validates the levels and the total return. */
  public WindowReturn {
    if (!(startLevel > 0) || !(endLevel > 0) || Double.isInfinite(startLevel + endLevel)) {
      throw new IllegalArgumentException(
          "startLevel/endLevel: must be positive and finite, were " + startLevel + ", " + endLevel);
    }
    if (!Double.isFinite(total)) {
      throw new IllegalArgumentException("total: must be finite, was " + total);
    }
  }

  /** True when an annualised return is given. */
  public boolean isAnnualised() {
    return !Double.isNaN(annualised);
  }
}
