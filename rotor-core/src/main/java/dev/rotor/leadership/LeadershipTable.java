package dev.rotor.leadership;

import dev.rotor.returns.PriceBasis;
import dev.rotor.series.Alignment;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Returns and relative performance of several series over several windows at one as-of date, built
 * by {@link Leadership#table}.
 *
 * @param basis the price basis of the level series, as named by the caller: {@link
 *     PriceBasis#PRICE} for raw closes, {@link PriceBasis#TOTAL} for dividend-adjusted levels
 * @param alignment how the series were put on common dates: always {@link Alignment#INTERSECT}
 * @param frequency frequency inferred from the common dates; its periods a year annualise returns
 * @param series the series compared, in order
 * @param pairs the pairs compared, in order (the first is small minus large in {@link
 *     Leadership#table(java.util.Map, PriceBasis, SeriesId, SeriesId, java.util.Optional,
 *     LocalDate, List)})
 * @param asOfRequested the as-of date asked for
 * @param asOfUsed the last common close on or before {@code asOfRequested}: the end of every
 *     standard window
 * @param rows one row per requested window, in order
 */
public record LeadershipTable(
    PriceBasis basis,
    Alignment alignment,
    Frequency frequency,
    List<SeriesId> series,
    List<SeriesPair> pairs,
    LocalDate asOfRequested,
    LocalDate asOfUsed,
    List<WindowRow> rows) {

  /** Validates and copies the lists. */
  public LeadershipTable {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(alignment, "alignment");
    Objects.requireNonNull(frequency, "frequency");
    series = List.copyOf(series);
    pairs = List.copyOf(pairs);
    Objects.requireNonNull(asOfRequested, "asOfRequested");
    Objects.requireNonNull(asOfUsed, "asOfUsed");
    if (asOfUsed.isAfter(asOfRequested)) {
      throw new IllegalArgumentException(
          "asOfUsed: " + asOfUsed + " is after asOfRequested " + asOfRequested);
    }
    rows = List.copyOf(rows);
  }

  /** True when the as-of date asked for had no common close and an earlier close was used. */
  public boolean asOfMoved() {
    return !asOfUsed.equals(asOfRequested);
  }

  /**
   * The row of {@code window}.
   *
   * @throws IllegalArgumentException when the window was not requested
   */
  public WindowRow row(Window window) {
    for (WindowRow r : rows) {
      if (r.window().equals(window)) {
        return r;
      }
    }
    throw new IllegalArgumentException("window: " + window + " is not in this table");
  }
}
