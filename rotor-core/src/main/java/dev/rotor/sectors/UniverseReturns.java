package dev.rotor.sectors;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Sector returns of a universe from its holdings: the holdings-weighted average of the window
 * returns of its constituents, with the share of the sector's weight that had a return.
 */
public final class UniverseReturns {

  private UniverseReturns() {}

  /**
   * One sector's holdings-weighted return.
   *
   * @param sectorReturn {@code Σ w_i r_i / Σ w_i} over the sector's holdings with a return; NaN
   *     when none has one
   * @param coverage {@code Σ w_i} over holdings with a return divided by the sector's total weight
   */
  public record Covered(double sectorReturn, double coverage) {}

  /**
   * Sector returns of {@code holdings} (equity rows with a sector and a weight, as in {@link
   * SectorWeights#of}) given window returns by ticker. A holding's ticker is looked up as given,
   * then with {@code .} replaced by {@code -} ({@code BRK.B} → {@code BRK-B}).
   *
   * @throws IllegalArgumentException when a stock return is not finite
   */
  public static Map<String, Covered> bySector(
      CrossSection holdings, Map<String, Double> stockReturns) {
    Objects.requireNonNull(holdings, "holdings");
    Objects.requireNonNull(stockReturns, "stockReturns");
    Map<String, double[]> acc = new TreeMap<>(); // {Σ w r, Σ w covered, Σ w}
    for (Constituent c : holdings.rows()) {
      double w = c.get(ConstituentField.WEIGHT);
      if (!SectorWeights.isEquity(c) || c.sector().isBlank() || Double.isNaN(w)) {
        continue;
      }
      double[] a = acc.computeIfAbsent(SectorEtf.canonical(c.sector()), k -> new double[3]);
      a[2] += w;
      Double r = stockReturns.get(c.ticker());
      if (r == null) {
        r = stockReturns.get(c.ticker().replace('.', '-'));
      }
      if (r != null) {
        Contributions.finite("stockReturns", c.ticker(), r);
        a[0] += w * r;
        a[1] += w;
      }
    }
    Map<String, Covered> out = new TreeMap<>();
    for (Map.Entry<String, double[]> e : acc.entrySet()) {
      double[] a = e.getValue();
      out.put(
          e.getKey(),
          new Covered(a[1] > 0 ? a[0] / a[1] : Double.NaN, a[2] > 0 ? a[1] / a[2] : Double.NaN));
    }
    return Collections.unmodifiableMap(out);
  }
}
