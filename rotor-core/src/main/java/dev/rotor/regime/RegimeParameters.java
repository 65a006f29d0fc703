package dev.rotor.regime;

/**
 * Parameters of the two-state Gaussian Markov-switching model: {@code y_t | S_t = j ~ N(mean_j,
 * variance_j)}, {@code P(S_t = j | S_t-1 = i) = p_ij}, with {@code p01 = 1 - p00} and {@code p10 =
 * 1 - p11}.
 *
 * <p>A parameter set is either fully defined (probabilities in [0, 1], finite means, finite
 * positive variances) or {@link #UNDEFINED} (all NaN: too little data to estimate).
 *
 * @param p00 probability of staying in state 0
 * @param p11 probability of staying in state 1
 * @param mean0 mean in state 0
 * @param mean1 mean in state 1
 * @param variance0 variance in state 0, &gt; 0
 * @param variance1 variance in state 1, &gt; 0
 */
public record RegimeParameters(
    double p00, double p11, double mean0, double mean1, double variance0, double variance1) {

  /** All NaN: what an estimate on too little data returns. */
  public static final RegimeParameters UNDEFINED =
      new RegimeParameters(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /** Validates the ranges, or accepts the all-NaN {@link #UNDEFINED}. */
  public RegimeParameters {
    boolean allNaN =
        Double.isNaN(p00)
            && Double.isNaN(p11)
            && Double.isNaN(mean0)
            && Double.isNaN(mean1)
            && Double.isNaN(variance0)
            && Double.isNaN(variance1);
    if (!allNaN) {
      probability(p00, "p00");
      probability(p11, "p11");
      if (!Double.isFinite(mean0) || !Double.isFinite(mean1)) {
        throw new IllegalArgumentException(
            "mean0/mean1: must be finite, were " + mean0 + ", " + mean1);
      }
      positive(variance0, "variance0");
      positive(variance1, "variance1");
    }
  }

  /** Parameters in the order of {@link RegimeParameter}. */
  public static RegimeParameters of(double[] values) {
    if (values.length != RegimeParameter.values().length) {
      throw new IllegalArgumentException(
          "values: need " + RegimeParameter.values().length + ", got " + values.length);
    }
    return new RegimeParameters(values[0], values[1], values[2], values[3], values[4], values[5]);
  }

  /** True unless this is {@link #UNDEFINED}. */
  public boolean isDefined() {
    return !Double.isNaN(p00);
  }

  /** The values in the order of {@link RegimeParameter}. */
  public double[] toArray() {
    return new double[] {p00, p11, mean0, mean1, variance0, variance1};
  }

  /** One parameter. */
  public double get(RegimeParameter parameter) {
    return toArray()[parameter.ordinal()];
  }

  /** Mean of state {@code state} (0 or 1). */
  public double mean(int state) {
    return checkState(state) == 0 ? mean0 : mean1;
  }

  /** Variance of state {@code state} (0 or 1). */
  public double variance(int state) {
    return checkState(state) == 0 ? variance0 : variance1;
  }

  /** {@code P(S_t = to | S_t-1 = from)}. */
  public double transition(int from, int to) {
    double stay = checkState(from) == 0 ? p00 : p11;
    return from == checkState(to) ? stay : 1.0 - stay;
  }

  /** The transition matrix {@code [from][to]} (rows sum to 1). */
  public double[][] transitionMatrix() {
    return new double[][] {{p00, 1.0 - p00}, {1.0 - p11, p11}};
  }

  /**
   * Expected duration of a spell in {@code state}, in periods: {@code 1 / (1 - p_ii)} (infinite
   * when {@code p_ii = 1}).
   */
  public double expectedDuration(int state) {
    double stay = checkState(state) == 0 ? p00 : p11;
    return 1.0 / (1.0 - stay);
  }

  /**
   * The steady-state (ergodic) probability of {@code state}: {@code pi_0 = (1 - p11) / (2 - p00 -
   * p11)}. When both states are absorbing ({@code p00 = p11 = 1}) it is 1/2.
   */
  public double steadyState(int state) {
    double leave0 = 1.0 - p00;
    double leave1 = 1.0 - p11;
    double total = leave0 + leave1;
    if (total == 0) {
      checkState(state);
      return 0.5;
    }
    return checkState(state) == 0 ? leave1 / total : leave0 / total;
  }

  /** The same model with the two state labels exchanged. */
  public RegimeParameters swapped() {
    return new RegimeParameters(p11, p00, mean1, mean0, variance1, variance0);
  }

  /**
   * The labelling Rotor reports: state 0 has the lower mean (on equal means, the lower variance).
   */
  public RegimeParameters labelled() {
    boolean swap = mean0 > mean1 || (mean0 == mean1 && variance0 > variance1);
    return swap ? swapped() : this;
  }

  static int checkState(int state) {
    if (state != 0 && state != 1) {
      throw new IllegalArgumentException("state: must be 0 or 1, was " + state);
    }
    return state;
  }

  private static void probability(double p, String name) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + ": must be in [0, 1], was " + p);
    }
  }

  private static void positive(double v, String name) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + ": must be finite and > 0, was " + v);
    }
  }
}
