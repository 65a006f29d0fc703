package dev.rotor.concentration;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.CrossSection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Concentration of index weights: the Herfindahl-Hirschman index {@code HHI = Σ w²} of weights
 * normalised to sum to 1, and the effective number of names {@code 1 / HHI} (n for n equal
 * weights).
 */
public final class Concentration {

  private Concentration() {}

  /**
   * HHI of {@code weights} after normalising them to sum to 1 (so percent or decimal inputs give
   * the same figure). NaN for an empty vector.
   *
   * @throws IllegalArgumentException if a weight is negative or not finite, or all are zero
   */
  public static double hhi(double[] weights) {
    if (weights.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double w : weights) {
      if (!Double.isFinite(w) || w < 0) {
        throw new IllegalArgumentException("weights: must be finite and >= 0, got " + w);
      }
      sum += w;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("weights: sum must be positive");
    }
    double h = 0;
    for (double w : weights) {
      double x = w / sum;
      h += x * x;
    }
    return h;
  }

  /** Effective number of names {@code 1 / hhi(weights)}; NaN for an empty vector. */
  public static double effectiveNumber(double[] weights) {
    return 1.0 / hhi(weights);
  }

  /**
   * The positive weights of the equity rows of {@code snapshot} (asset class {@code "Equity"},
   * case-insensitive; rows with a NaN or non-positive weight are left out), keyed by ticker in row
   * order, normalised to sum to 1. A ticker listed twice has its weights summed.
   *
   * @throws IllegalArgumentException if no equity row has a positive weight
   */
  public static Map<String, Double> equityWeights(CrossSection snapshot) {
    Map<String, Double> raw = new LinkedHashMap<>();
    double sum = 0;
    for (Constituent c : snapshot.rows()) {
      double w = c.weight();
      if (c.assetClass().equalsIgnoreCase("Equity") && Double.isFinite(w) && w > 0) {
        raw.merge(c.ticker(), w, Double::sum);
        sum += w;
      }
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("snapshot: no equity row with a positive weight");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      out.put(e.getKey(), e.getValue() / sum);
    }
    return out;
  }

  /** HHI of the equity weights of {@code snapshot} (see {@link #equityWeights}). */
  public static double hhi(CrossSection snapshot) {
    return hhi(
        equityWeights(snapshot).values().stream().mapToDouble(Double::doubleValue).toArray());
  }
}
