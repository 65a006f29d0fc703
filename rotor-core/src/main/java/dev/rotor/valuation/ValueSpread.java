package dev.rotor.valuation;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The value spread: how much cheaper the value group is than the growth group on book-to-market,
 * {@code ln(BE/ME value) - ln(BE/ME growth)} (a log ratio, so it is unit-free and symmetric: 0 =
 * same BE/ME, 1.0 = value's BE/ME is e = 2.72 times growth's), with the current value's percentile
 * in its own history.
 *
 * @param spread the spread on every date both groups report, ascending
 * @param asOf the last date of {@code spread}
 * @param current the spread on {@code asOf}
 * @param percentile the fraction of {@code spread} values {@code <= current} (current included, so
 *     in (0, 1]; 1 = widest spread on record)
 */
public record ValueSpread(DateSeries spread, LocalDate asOf, double current, double percentile) {

  /** Validates consistency with the series. */
  public ValueSpread {
    Objects.requireNonNull(spread, "spread");
    if (spread.isEmpty()) {
      throw new IllegalArgumentException("spread: must not be empty");
    }
    if (!spread.lastDate().equals(asOf) || spread.lastValue() != current) {
      throw new IllegalArgumentException("asOf: must be the last date and value of spread");
    }
    if (!(percentile > 0 && percentile <= 1)) {
      throw new IllegalArgumentException("percentile: must be in (0, 1]");
    }
  }

  /**
   * The value spread of two BE/ME series (e.g. Kenneth French's value-weighted BE/ME of a high and
   * a low book-to-market portfolio) on their common dates.
   *
   * @throws IllegalArgumentException if a BE/ME is not positive (argument named), or the series
   *     share no date
   */
  public static ValueSpread of(DateSeries valueBeMe, DateSeries growthBeMe) {
    Objects.requireNonNull(valueBeMe, "valueBeMe");
    Objects.requireNonNull(growthBeMe, "growthBeMe");
    requirePositive(valueBeMe, "valueBeMe");
    requirePositive(growthBeMe, "growthBeMe");
    DateSeries.Builder b = DateSeries.builder();
    for (int i = 0; i < valueBeMe.size(); i++) {
      LocalDate d = valueBeMe.dateAt(i);
      var g = growthBeMe.get(d);
      if (g.isPresent()) {
        b.put(d, Math.log(valueBeMe.valueAt(i)) - Math.log(g.getAsDouble()));
      }
    }
    DateSeries s = b.build();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("growthBeMe: shares no date with valueBeMe");
    }
    double cur = s.lastValue();
    int le = 0;
    for (int i = 0; i < s.size(); i++) {
      if (s.valueAt(i) <= cur) {
        le++;
      }
    }
    return new ValueSpread(s, s.lastDate(), cur, (double) le / s.size());
  }

  private static void requirePositive(DateSeries s, String name) {
    for (int i = 0; i < s.size(); i++) {
      if (!(s.valueAt(i) > 0)) {
        throw new IllegalArgumentException(name + ": BE/ME must be positive on " + s.dateAt(i));
      }
    }
  }
}
