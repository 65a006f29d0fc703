package dev.rotor.analogs;

import java.util.List;
import java.util.Objects;

/**
 * The nearest-neighbour rule for analog dates: the {@code k} dates whose standardised state is
 * closest, in Euclidean distance, to the state on the as-of date.
 *
 * <p>The state on date {@code t} has one feature per lookback {@code L} in {@code lookbackMonths}:
 * the relative return {@code rel(t - L, t)} in the {@link AnalogSpec#kind()}, named {@code
 * rel_<L>m}; and, when {@code volatilityMonths > 0}, the relative volatility {@code
 * vol_<volatilityMonths>m}: the sample (N-1) standard deviation of the one-period log relative
 * returns {@code ln(level(u) / level(u - 1))} over the last {@code volatilityMonths} months (at
 * least two returns), annualised by {@code sqrt(Sampling.periodsPerYear())}. Standardisation and
 * the distance are described in {@code docs/conventions-analogs.md} and {@link Analogs#nearest}.
 *
 * @param k how many analogs to choose, at least 1
 * @param lookbackMonths relative-return lookbacks in months, strictly ascending, each at least 1
 * @param volatilityMonths window of the volatility feature in months; 0 leaves it out
 */
public record NeighbourRule(int k, List<Integer> lookbackMonths, int volatilityMonths) {

  /** Default number of analogs: 10, the count below which a sample is flagged thin. */
  public static final int DEFAULT_K = 10;

  /** Default lookbacks: 1, 3, 6 and 12 months. */
  public static final List<Integer> DEFAULT_LOOKBACK_MONTHS = List.of(1, 3, 6, 12);

  /** Default volatility window: 6 months (126 daily or 6 monthly returns). */
  public static final int DEFAULT_VOLATILITY_MONTHS = 6;

  /** Validates the rule and copies the lookbacks. */
  public NeighbourRule {
    if (k < 1) {
      throw new IllegalArgumentException("k: " + k + " is below 1");
    }
    Objects.requireNonNull(lookbackMonths, "lookbackMonths");
    lookbackMonths = List.copyOf(lookbackMonths);
    if (lookbackMonths.isEmpty()) {
      throw new IllegalArgumentException("lookbackMonths: must not be empty");
    }
    for (int i = 0; i < lookbackMonths.size(); i++) {
      int m = lookbackMonths.get(i);
      if (m < 1) {
        throw new IllegalArgumentException("lookbackMonths: " + m + " is below 1");
      }
      if (i > 0 && m <= lookbackMonths.get(i - 1)) {
        throw new IllegalArgumentException(
            "lookbackMonths: " + lookbackMonths + " is not strictly ascending");
      }
    }
    if (volatilityMonths < 0) {
      throw new IllegalArgumentException("volatilityMonths: " + volatilityMonths + " is negative");
    }
  }

  /**
   * The default rule: 10 neighbours on 1, 3, 6, 12-month relative returns and 6-month volatility.
   */
  public static NeighbourRule defaults() {
    return new NeighbourRule(DEFAULT_K, DEFAULT_LOOKBACK_MONTHS, DEFAULT_VOLATILITY_MONTHS);
  }

  /** This rule with {@code k} neighbours. */
  public NeighbourRule withK(int k) {
    return new NeighbourRule(k, lookbackMonths, volatilityMonths);
  }

  /** Number of state features: one per lookback, plus one for volatility when included. */
  public int featureCount() {
    return lookbackMonths.size() + (volatilityMonths > 0 ? 1 : 0);
  }

  /** Feature names in order: {@code rel_1m, rel_3m, ..., vol_6m}. */
  public List<String> featureNames() {
    String[] names = new String[featureCount()];
    for (int i = 0; i < lookbackMonths.size(); i++) {
      names[i] = "rel_" + lookbackMonths.get(i) + "m";
    }
    if (volatilityMonths > 0) {
      names[names.length - 1] = "vol_" + volatilityMonths + "m";
    }
    return List.of(names);
  }
}
