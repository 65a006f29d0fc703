package dev.rotor.analogs;

/**
 * The threshold rule for analog dates: on date {@code t}, small caps beat large caps by at least
 * {@code minRecent} over the last {@code recentMonths} months, after a relative return of at most
 * {@code maxPrior} over the {@code priorMonths} months before that.
 *
 * <p>With {@code n = recentMonths} and {@code m = priorMonths} converted to observations by the
 * series' {@link Sampling}, and {@code rel(s, t)} the relative return from observation {@code s} to
 * {@code t} in the {@link AnalogSpec#kind()}: {@code rel(t - n, t) >= minRecent} and {@code rel(t -
 * n - m, t - n) <= maxPrior}. Thresholds are decimals in the same kind (a log threshold under
 * {@code LOG}).
 *
 * @param recentMonths length of the recent window, at least 1
 * @param minRecent smallest recent relative return that qualifies (inclusive)
 * @param priorMonths length of the prior window just before the recent one, at least 1
 * @param maxPrior largest prior relative return that qualifies (inclusive)
 */
public record ThresholdRule(int recentMonths, double minRecent, int priorMonths, double maxPrior) {

  /** Default recent window: 3 months. */
  public static final int DEFAULT_RECENT_MONTHS = 3;

  /** Default recent threshold: small caps ahead by at least 3 %. */
  public static final double DEFAULT_MIN_RECENT = 0.03;

  /** Default prior window: the 12 months before the recent window. */
  public static final int DEFAULT_PRIOR_MONTHS = 12;

  /** Default prior threshold: small caps level with or behind large caps (at most 0 %). */
  public static final double DEFAULT_MAX_PRIOR = 0.0;

  /** Validates the windows and thresholds. */
  public ThresholdRule {
    if (recentMonths < 1) {
      throw new IllegalArgumentException("recentMonths: " + recentMonths + " is below 1");
    }
    if (priorMonths < 1) {
      throw new IllegalArgumentException("priorMonths: " + priorMonths + " is below 1");
    }
    if (!Double.isFinite(minRecent)) {
      throw new IllegalArgumentException("minRecent: " + minRecent + " is not finite");
    }
    if (!Double.isFinite(maxPrior)) {
      throw new IllegalArgumentException("maxPrior: " + maxPrior + " is not finite");
    }
  }

  /**
   * The default rule, a turn in leadership: small caps ahead by at least 3 % over the last 3 months
   * after being level or behind over the 12 months before.
   */
  public static ThresholdRule defaults() {
    return new ThresholdRule(
        DEFAULT_RECENT_MONTHS, DEFAULT_MIN_RECENT, DEFAULT_PRIOR_MONTHS, DEFAULT_MAX_PRIOR);
  }

  /**
   * True when a state qualifies: {@code recent >= minRecent && prior <= maxPrior}. NaN (too little
   * history) never qualifies.
   */
  public boolean test(double recent, double prior) {
    return recent >= minRecent && prior <= maxPrior;
  }
}
