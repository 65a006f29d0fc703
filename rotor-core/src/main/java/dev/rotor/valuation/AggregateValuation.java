package dev.rotor.valuation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The index-level valuation of one universe in one snapshot. Ratios are NaN when undefined (no row
 * with data, or a non-positive earnings sum for a P/E); never a silent 0.
 *
 * @param snapshot name of the {@link dev.rotor.crosssection.CrossSection} measured
 * @param universe which rows: an index membership ({@code "RUT"}) or {@code "all"}
 * @param asOf the snapshot's date, null when the source states none
 * @param rows rows in the universe
 * @param rowsWithData rows with both a finite market cap and a finite income
 * @param capTotal sum of the finite market caps of all rows, USD
 * @param capWithData sum of market caps of the rows with data, USD
 * @param incomeSum sum of income of the rows with data, negative earnings included, USD
 * @param earningsYield {@code incomeSum / capWithData}
 * @param pe aggregate P/E, {@code 1 / earningsYield}; NaN when the yield is not positive
 * @param negativeCount rows with data whose income is negative
 * @param negativeCapShare their share of {@code capWithData}
 * @param earningsYieldExNegative the yield over rows with data and income {@code >= 0} only
 * @param harmonicPe cap-weighted harmonic mean of the reported P/E over rows with a finite cap and
 *     a positive P/E: {@code sum(cap) / sum(cap / pe)}
 */
public record AggregateValuation(
    String snapshot,
    String universe,
    LocalDate asOf,
    int rows,
    int rowsWithData,
    double capTotal,
    double capWithData,
    double incomeSum,
    double earningsYield,
    double pe,
    int negativeCount,
    double negativeCapShare,
    double earningsYieldExNegative,
    double harmonicPe) {

  /** Validates names and counts. */
  public AggregateValuation {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(universe, "universe");
    if (rows < 0 || rowsWithData < 0 || rowsWithData > rows) {
      throw new IllegalArgumentException("rowsWithData: must be in [0, rows]");
    }
    if (negativeCount < 0 || negativeCount > rowsWithData) {
      throw new IllegalArgumentException("negativeCount: must be in [0, rowsWithData]");
    }
  }

  /** Share of the universe's rows with data; NaN for an empty universe. */
  public double rowCoverage() {
    return rows == 0 ? Double.NaN : (double) rowsWithData / rows;
  }

  /** Share of the universe's known market cap held by rows with data; NaN when no cap is known. */
  public double capCoverage() {
    return capTotal > 0 ? capWithData / capTotal : Double.NaN;
  }

  /**
   * Aggregate P/E ex negative earners, {@code 1 / earningsYieldExNegative}, NaN if not positive.
   */
  public double peExNegative() {
    return earningsYieldExNegative > 0 ? 1 / earningsYieldExNegative : Double.NaN;
  }
}
