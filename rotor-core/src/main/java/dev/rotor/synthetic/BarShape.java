package dev.rotor.synthetic;

/**
 * How daily bars are drawn around the generated closes. For a bar with log return {@code r} and
 * planted daily standard deviation {@code s} (recession multiplier included):
 *
 * <pre>
 *   open   = previous close * exp(gapVol * s * z1)          (first bar: its own close)
 *   high   = max(open, close) * exp(rangeVol * s * |z2|)
 *   low    = min(open, close) * exp(-rangeVol * s * |z3|)
 *   volume = round(base * exp(volumeSensitivity * |r| / s0 + volumeNoise * z4)), at least 1
 * </pre>
 *
 * where {@code s0} is the calm (non-recession) daily standard deviation and {@code base} is {@code
 * indexVolume}, {@code sectorVolume}, or {@code stockTurnover} times the stock's shares. So {@code
 * low <= min(open, close) <= max(open, close) <= high} always, and {@code E[log volume] = log base
 * + volumeSensitivity * E|r| / s0}.
 *
 * @param gapVol overnight gap volatility as a fraction of {@code s}, at least 0
 * @param rangeVol high/low extension volatility as a fraction of {@code s}, at least 0
 * @param volumeSensitivity slope of log volume on {@code |r| / s0}
 * @param volumeNoise standard deviation of log-volume noise, at least 0
 * @param indexVolume base daily volume of the headline indices (shares), greater than 0
 * @param sectorVolume base daily volume of the sector indices (shares), greater than 0
 * @param stockTurnover base daily volume of a stock as a fraction of its shares, greater than 0
 */
public record BarShape(
    double gapVol,
    double rangeVol,
    double volumeSensitivity,
    double volumeNoise,
    double indexVolume,
    double sectorVolume,
    double stockTurnover) {

  /** Validates ranges; every field must be finite. */
  public BarShape {
    Loadings.finite(gapVol, "gapVol");
    Loadings.finite(rangeVol, "rangeVol");
    Loadings.finite(volumeSensitivity, "volumeSensitivity");
    Loadings.finite(volumeNoise, "volumeNoise");
    Loadings.finite(indexVolume, "indexVolume");
    Loadings.finite(sectorVolume, "sectorVolume");
    Loadings.finite(stockTurnover, "stockTurnover");
    nonNegative(gapVol, "gapVol");
    nonNegative(rangeVol, "rangeVol");
    nonNegative(volumeNoise, "volumeNoise");
    positive(indexVolume, "indexVolume");
    positive(sectorVolume, "sectorVolume");
    positive(stockTurnover, "stockTurnover");
  }

  /**
   * Rotor's defaults: gaps of 0.25 s, high/low extensions of 0.5 s, log volume rising 0.3 per calm
   * standard deviation of absolute return with 0.2 noise; base volumes 1e9 (indices), 2e8
   * (sectors), 0.5 % of shares (stocks).
   */
  public static BarShape defaults() {
    return new BarShape(0.25, 0.5, 0.3, 0.2, 1.0e9, 2.0e8, 0.005);
  }

  private static void nonNegative(double v, String name) {
    if (v < 0) {
      throw new IllegalArgumentException(name + ": must be >= 0, was " + v);
    }
  }

  private static void positive(double v, String name) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + ": must be > 0, was " + v);
    }
  }
}
