package dev.rotor.sectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Each sector's contribution {@code w_s × r_s} to an index return. */
public final class Contributions {

  private Contributions() {}

  /**
   * The contribution of every sector in {@code weights}, in the map's order.
   *
   * @throws IllegalArgumentException naming the sector when a weighted sector has no return or a
   *     weight or return is not finite
   */
  public static List<SectorContribution> of(
      Map<String, Double> weights, Map<String, Double> returns) {
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(returns, "returns");
    List<SectorContribution> out = new ArrayList<>(weights.size());
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      double w = finite("weights", e.getKey(), e.getValue());
      Double r = returns.get(e.getKey());
      if (r == null) {
        throw new IllegalArgumentException("returns: no return for sector " + e.getKey());
      }
      double rr = finite("returns", e.getKey(), r);
      out.add(new SectorContribution(e.getKey(), w, rr, w * rr));
    }
    return List.copyOf(out);
  }

  /** {@code Σ contribution}, the index return the weights and sector returns imply. */
  public static double total(List<SectorContribution> contributions) {
    double s = 0;
    for (SectorContribution c : contributions) {
      s += c.contribution();
    }
    return s;
  }

  static double finite(String argument, String sector, Double v) {
    if (v == null || !Double.isFinite(v)) {
      throw new IllegalArgumentException(
          argument + ": sector " + sector + " has a value that is not finite: " + v);
    }
    return v;
  }
}
