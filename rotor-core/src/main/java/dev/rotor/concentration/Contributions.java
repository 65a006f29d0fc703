package dev.rotor.concentration;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Contribution of each name to a cap-weighted index return over a window, from an as-of weight
 * snapshot (weights or market caps) and price levels.
 *
 * <p>Start weights are rolled back from the snapshot by relative price, {@code w_i(t0) ∝ w_i(asOf)
 * × P_i(t0) / P_i(asOf)}, which holds exactly only if share counts (and index float factors) did
 * not change between {@code t0} and the snapshot; contribution {@code c_i = w_i(t0) × r_i}, index
 * return {@code Σ c_i}. See {@link #APPROXIMATION}.
 */
public final class Contributions {

  /** The Magnificent Seven, with both Alphabet share classes. */
  public static final Set<String> MAGNIFICENT_SEVEN =
      Set.of("AAPL", "MSFT", "GOOG", "GOOGL", "AMZN", "NVDA", "META", "TSLA");

  /** The approximation stated in every {@link ContributionResult}. */
  public static final String APPROXIMATION =
      "Start-of-window weights are rolled back from the as-of snapshot by relative price"
          + " (w(t0) proportional to w(asOf) x P(t0)/P(asOf)), assuming constant share counts and"
          + " float factors; only names in the snapshot are counted (names that joined the index"
          + " later are counted as if members, names that left are missing: survivorship); names"
          + " without prices at t0, at the end and at the snapshot date are dropped and the rest"
          + " renormalised; returns are price returns (no dividends unless the prices are"
          + " adjusted), and weights are held fixed within the window (no rebalancing).";

  private Contributions() {}

  /**
   * Contributions over {@code [start, end]}.
   *
   * @param asOfWeights weights or market caps at {@code asOf} by ticker (any positive scale;
   *     non-positive or NaN entries are ignored)
   * @param asOf snapshot date; each name's snapshot price is its last level on or before it
   * @param prices level series by ticker (split-adjusted at least)
   * @param start window start; each price is the last level on or before it
   * @param end window end, after {@code start}
   * @throws IllegalArgumentException if {@code end} is not after {@code start} or no name has
   *     prices
   */
  public static ContributionResult over(
      Map<String, Double> asOfWeights,
      LocalDate asOf,
      Map<String, DateSeries> prices,
      LocalDate start,
      LocalDate end) {
    Objects.requireNonNull(asOfWeights, "asOfWeights");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(prices, "prices");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end: must be after start");
    }
    List<String> used = new ArrayList<>();
    List<double[]> data = new ArrayList<>(); // {asOfWeight, rolledCap, return}
    List<String> excluded = new ArrayList<>();
    double totalWeight = 0;
    double usedWeight = 0;
    double rolledSum = 0;
    for (Map.Entry<String, Double> e : asOfWeights.entrySet()) {
      Double wObj = e.getValue();
      if (wObj == null || !(wObj > 0) || wObj.isInfinite()) {
        continue;
      }
      double w = wObj;
      totalWeight += w;
      DateSeries s = prices.get(e.getKey());
      double pAsOf = s == null ? Double.NaN : levelOnOrBefore(s, asOf);
      double p0 = s == null ? Double.NaN : levelOnOrBefore(s, start);
      double r = s == null ? Double.NaN : priceReturn(s, start, end);
      if (!(pAsOf > 0) || !(p0 > 0) || Double.isNaN(r)) {
        excluded.add(e.getKey());
        continue;
      }
      double rolled = w * p0 / pAsOf;
      used.add(e.getKey());
      data.add(new double[] {w, rolled, r});
      usedWeight += w;
      rolledSum += rolled;
    }
    if (used.isEmpty()) {
      throw new IllegalArgumentException("prices: no name has prices at asOf, start and end");
    }
    List<NameContribution> rows = new ArrayList<>();
    double index = 0;
    for (int i = 0; i < used.size(); i++) {
      double[] d = data.get(i);
      double w0 = d[1] / rolledSum;
      double c = w0 * d[2];
      index += c;
      rows.add(new NameContribution(used.get(i), d[0] / usedWeight, w0, d[2], c));
    }
    rows.sort(
        Comparator.comparingDouble(NameContribution::startWeight)
            .reversed()
            .thenComparing(NameContribution::ticker));
    excluded.sort(Comparator.naturalOrder());
    return new ContributionResult(
        asOf, start, end, rows, index, usedWeight / totalWeight, excluded, APPROXIMATION);
  }

  /**
   * Simple return {@code L(end)/L(start) - 1} with {@code L(d)} the last level on or before {@code
   * d}; NaN when there is no level on or before {@code start} or no later level on or before {@code
   * end}.
   */
  static double priceReturn(DateSeries s, LocalDate start, LocalDate end) {
    int i0 = s.indexOnOrBefore(start);
    int i1 = s.indexOnOrBefore(end);
    if (i0 < 0 || i1 <= i0) {
      return Double.NaN;
    }
    return s.valueAt(i1) / s.valueAt(i0) - 1.0;
  }

  private static double levelOnOrBefore(DateSeries s, LocalDate d) {
    int i = s.indexOnOrBefore(d);
    return i < 0 ? Double.NaN : s.valueAt(i);
  }
}
