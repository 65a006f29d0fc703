package dev.rotor.valuation;

/**
 * The valuation rule Rotor uses wherever it calls one universe cheaper or dearer than another (the
 * report's VALUATION rule and the claim checker's valuation verdicts): with {@code ratio = P/E of A
 * / P/E of B}, A is {@link #CHEAPER} at {@code ratio <= }{@value #CHEAPER_AT}, {@link #DEARER} at
 * {@code ratio >= }{@value #DEARER_AT}, else {@link #SIMILAR}.
 */
public enum RelativeValue {
  /** P/E ratio at most {@value #CHEAPER_AT}. */
  CHEAPER,
  /** P/E ratio strictly between the two thresholds. */
  SIMILAR,
  /** P/E ratio at least {@value #DEARER_AT}. */
  DEARER;

  /** At or below this P/E ratio the first universe is cheaper. */
  public static final double CHEAPER_AT = 0.9;

  /** At or above this P/E ratio the first universe is dearer. */
  public static final double DEARER_AT = 1.1;

  /**
   * The class of a P/E ratio.
   *
   * @throws IllegalArgumentException when {@code ratio} is not finite (an undefined P/E)
   */
  public static RelativeValue of(double ratio) {
    if (!Double.isFinite(ratio)) {
      throw new IllegalArgumentException("ratio: must be finite, was " + ratio);
    }
    return ratio <= CHEAPER_AT ? CHEAPER : ratio >= DEARER_AT ? DEARER : SIMILAR;
  }
}
