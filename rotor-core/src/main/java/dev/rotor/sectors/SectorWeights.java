package dev.rotor.sectors;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Sector weights of a holdings cross-section. */
public final class SectorWeights {

  private SectorWeights() {}

  /**
   * Sum of {@link ConstituentField#WEIGHT} per sector over equity rows (asset class {@code Equity},
   * case-insensitive, or not reported) that have a sector and a reported weight, re-scaled so the
   * weights sum to 1 (cash, futures and unreported rows are left out and the rest scaled up).
   * Sector labels are read with {@link SectorEtf#canonical(String)}. Sorted by sector name.
   *
   * @throws IllegalArgumentException when no equity row has a positive weight, or a weight is
   *     negative
   */
  public static Map<String, Double> of(CrossSection holdings) {
    Objects.requireNonNull(holdings, "holdings");
    Map<String, Double> sums = new TreeMap<>();
    double total = 0;
    for (Constituent c : holdings.rows()) {
      double w = c.get(ConstituentField.WEIGHT);
      if (!isEquity(c) || c.sector().isBlank() || Double.isNaN(w)) {
        continue;
      }
      if (w < 0) {
        throw new IllegalArgumentException(
            "holdings: " + c.ticker() + " has a negative weight " + w);
      }
      sums.merge(SectorEtf.canonical(c.sector()), w, Double::sum);
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException(
          "holdings: " + holdings.name() + " has no equity row with a positive weight");
    }
    Map<String, Double> out = new TreeMap<>();
    for (Map.Entry<String, Double> e : sums.entrySet()) {
      out.put(e.getKey(), e.getValue() / total);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  static boolean isEquity(Constituent c) {
    return c.assetClass().isBlank() || c.assetClass().equalsIgnoreCase("Equity");
  }
}
