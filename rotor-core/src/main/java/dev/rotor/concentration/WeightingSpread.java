package dev.rotor.concentration;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Equal-weight against cap-weight over a window (e.g. RSP against SPY): the simple price returns
 * {@code L(end)/L(start) - 1} of each, where {@code L(d)} is the last level on or before {@code d},
 * and {@code spread = equalReturn - capReturn}. Positive spread: the average stock beat the
 * cap-weighted index (broad market); negative: the largest names led (concentration).
 *
 * @param start requested start date
 * @param end requested end date
 * @param equalReturn simple return of the equal-weight series, NaN when a level is missing
 * @param capReturn simple return of the cap-weight series, NaN when a level is missing
 * @param spread {@code equalReturn - capReturn}
 */
public record WeightingSpread(
    LocalDate start, LocalDate end, double equalReturn, double capReturn, double spread) {

  /** Validates the dates. */
  public WeightingSpread {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end: must be after start");
    }
  }

  /**
   * The spread of {@code equalWeight} over {@code capWeight} between {@code start} and {@code end}.
   * A return is NaN when the series has no level on or before {@code start}, or its last level on
   * or before {@code end} is the start level itself.
   */
  public static WeightingSpread of(
      DateSeries equalWeight, DateSeries capWeight, LocalDate start, LocalDate end) {
    Objects.requireNonNull(equalWeight, "equalWeight");
    Objects.requireNonNull(capWeight, "capWeight");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end: must be after start");
    }
    double e = Contributions.priceReturn(equalWeight, start, end);
    double c = Contributions.priceReturn(capWeight, start, end);
    return new WeightingSpread(start, end, e, c, e - c);
  }
}
