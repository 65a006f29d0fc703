package dev.rotor.report.build;

import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.util.Optional;

/** The data a report reads: series and snapshots by id (or unique id tail). */
public interface ReportData {

  /** True when the data are Rotor's synthetic sample. */
  boolean synthetic();

  /**
   * The values (closes for bar series) of a series, or empty when the store has none by that id.
   */
  Optional<Loaded> series(String query);

  /**
   * Whether a series with this id (or unique tail) exists, without loading it. The default loads
   * it; stores answer from metadata.
   */
  default boolean has(String query) {
    return series(query).isPresent();
  }

  /** The bars of a bar series (volume etc.), or empty when absent or not a bar series. */
  Optional<BarSeries> bars(String query);

  /**
   * Levels of many members of one stock panel between two dates, by ticker: the series whose ids
   * are {@code prefix + ticker} (e.g. {@code
   * factor_attribution/stock_panel/adj_close_wide_2019-2026.} + {@code AAPL}). Tickers without a
   * series are left out. The default has no panel.
   */
  default java.util.Map<String, DateSeries> panel(
      String prefix,
      java.util.Collection<String> tickers,
      java.time.LocalDate from,
      java.time.LocalDate to) {
    return java.util.Map.of();
  }

  /** The rows of a snapshot, or empty when absent. */
  Optional<Snapshot> snapshot(String query);

  /**
   * A loaded series.
   *
   * @param id its full store id
   * @param name its descriptive name
   * @param origin the file it was imported from, or "SYNTHETIC"
   * @param values its values, ascending dates
   */
  record Loaded(String id, String name, String origin, DateSeries values) {}

  /**
   * A loaded snapshot.
   *
   * @param id its full store id
   * @param origin the file it was imported from, or "SYNTHETIC"
   * @param rows its rows
   */
  record Snapshot(String id, String origin, CrossSection rows) {}
}
