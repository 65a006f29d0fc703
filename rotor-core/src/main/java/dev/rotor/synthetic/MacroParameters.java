package dev.rotor.synthetic;

/**
 * Planted monthly macro processes, both switched by the recession flag.
 *
 * <p>Retail sales (USD millions): {@code S(m) = S(m-1) * exp(g + retailVol * z)}, with {@code g =
 * retailGrowth} outside recession months and {@code retailRecessionGrowth} inside. The first month
 * holds {@code retailStart}.
 *
 * <p>Consumer sentiment (index points): {@code X(m) = X(m-1) + sentimentSpeed * (target - X(m-1)) +
 * sentimentVol * z}, with {@code target = sentimentMean} outside recession months and {@code
 * sentimentRecessionMean} inside. The first month holds {@code sentimentStart}.
 *
 * @param retailStart retail sales in the first month, USD millions, greater than 0
 * @param retailGrowth monthly log growth outside recessions
 * @param retailRecessionGrowth monthly log growth in recession months
 * @param retailVol monthly log-growth volatility, at least 0
 * @param sentimentStart sentiment in the first month
 * @param sentimentMean level sentiment reverts to outside recessions
 * @param sentimentRecessionMean level sentiment reverts to in recession months
 * @param sentimentSpeed fraction of the gap to the target closed each month, in (0, 1]
 * @param sentimentVol monthly shock volatility in points, at least 0
 */
public record MacroParameters(
    double retailStart,
    double retailGrowth,
    double retailRecessionGrowth,
    double retailVol,
    double sentimentStart,
    double sentimentMean,
    double sentimentRecessionMean,
    double sentimentSpeed,
    double sentimentVol) {

  /** Validates ranges; every field must be finite. */
  public MacroParameters {
    Loadings.finite(retailStart, "retailStart");
    Loadings.finite(retailGrowth, "retailGrowth");
    Loadings.finite(retailRecessionGrowth, "retailRecessionGrowth");
    Loadings.finite(retailVol, "retailVol");
    Loadings.finite(sentimentStart, "sentimentStart");
    Loadings.finite(sentimentMean, "sentimentMean");
    Loadings.finite(sentimentRecessionMean, "sentimentRecessionMean");
    Loadings.finite(sentimentSpeed, "sentimentSpeed");
    Loadings.finite(sentimentVol, "sentimentVol");
    if (retailStart <= 0) {
      throw new IllegalArgumentException("retailStart: must be > 0, was " + retailStart);
    }
    if (retailVol < 0) {
      throw new IllegalArgumentException("retailVol: must be >= 0, was " + retailVol);
    }
    if (sentimentSpeed <= 0 || sentimentSpeed > 1) {
      throw new IllegalArgumentException(
          "sentimentSpeed: must be in (0, 1], was " + sentimentSpeed);
    }
    if (sentimentVol < 0) {
      throw new IllegalArgumentException("sentimentVol: must be >= 0, was " + sentimentVol);
    }
  }

  /**
   * Rotor's defaults: retail sales start at 430,000 (USD millions) growing 0.35 % a month (-2 % in
   * recessions) with 0.8 % noise; sentiment starts at 80, reverts 35 % a month towards 92 (65 in
   * recessions) with 2.5 points of noise.
   */
  public static MacroParameters defaults() {
    return new MacroParameters(430_000.0, 0.0035, -0.02, 0.008, 80.0, 92.0, 65.0, 0.35, 2.5);
  }
}
