package dev.rotor.concentration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Per-name contributions to an approximate cap-weighted index return over a window.
 *
 * @param asOf date of the weight snapshot
 * @param start window start (prices are the last on or before it)
 * @param end window end (prices are the last on or before it)
 * @param rows the names used, in descending start weight (ties by ticker)
 * @param indexReturn the approximate index price return {@code Σ startWeight × priceReturn}
 * @param coveredAsOfWeight share of the snapshot's weight held by the names used (1 when every name
 *     had prices at the snapshot date and across the window)
 * @param excluded snapshot names left out for lack of prices, sorted
 * @param approximation plain-language statement of the approximation made (print it with the
 *     figures)
 */
public record ContributionResult(
    LocalDate asOf,
    LocalDate start,
    LocalDate end,
    List<NameContribution> rows,
    double indexReturn,
    double coveredAsOfWeight,
    List<String> excluded,
    String approximation) {

  /** Validates and copies the lists. */
  public ContributionResult {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(approximation, "approximation");
    rows = List.copyOf(rows);
    excluded = List.copyOf(excluded);
  }

  /**
   * The {@code n} names with the largest start weight (all names when fewer).
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public BasketContribution topN(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n: must be >= 1, got " + n);
    }
    List<NameContribution> top = rows.subList(0, Math.min(n, rows.size()));
    return sum("top " + n, top, List.of());
  }

  /**
   * The named basket {@code tickers} (members absent from {@link #rows} are listed as missing). For
   * the Magnificent Seven pass both Alphabet share classes (GOOG and GOOGL) when the snapshot lists
   * both.
   */
  public BasketContribution basket(String label, Set<String> tickers) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(tickers, "tickers");
    Map<String, NameContribution> byTicker = new HashMap<>();
    for (NameContribution r : rows) {
      byTicker.put(r.ticker(), r);
    }
    List<NameContribution> in = new ArrayList<>();
    for (NameContribution r : rows) {
      if (tickers.contains(r.ticker())) {
        in.add(r);
      }
    }
    List<String> missing = tickers.stream().filter(t -> !byTicker.containsKey(t)).sorted().toList();
    return sum(label, in, missing);
  }

  private BasketContribution sum(String label, List<NameContribution> in, List<String> missing) {
    double w = 0;
    double c = 0;
    for (NameContribution r : in) {
      w += r.startWeight();
      c += r.contribution();
    }
    double share = indexReturn == 0 || Double.isNaN(indexReturn) ? Double.NaN : c / indexReturn;
    return new BasketContribution(
        label, in.stream().map(NameContribution::ticker).toList(), missing, w, c, share);
  }
}
