package dev.rotor.sectors;

import java.util.List;
import java.util.Objects;

/**
 * A Brinson-Fachler attribution: {@code allocation + selection + interaction = portfolioReturn −
 * benchmarkReturn}.
 *
 * @param rows one row per sector, sorted by sector name
 * @param portfolioReturn {@code r_P = Σ w_P,s r_P,s}
 * @param benchmarkReturn {@code r_B = Σ w_B,s r_B,s}
 * @param allocation sum of the sectors' allocation effects
 * @param selection sum of the sectors' selection effects
 * @param interaction sum of the sectors' interaction effects
 */
public record Attribution(
    List<AttributionRow> rows,
    double portfolioReturn,
    double benchmarkReturn,
    double allocation,
    double selection,
    double interaction) {

  /** Copies the rows. */
  public Attribution {
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
  }

  /** {@code r_P − r_B}. */
  public double activeReturn() {
    return portfolioReturn - benchmarkReturn;
  }
}
