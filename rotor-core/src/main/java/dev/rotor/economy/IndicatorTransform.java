package dev.rotor.economy;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a monthly indicator level becomes the series correlated with returns. Each observation stands
 * for its calendar month; a change needs the value of the immediately preceding calendar month (a
 * gap yields no value for that month, never a change over two months). The result keeps the
 * indicator's own dates (FRED monthly series are dated the 1st of the month).
 */
public enum IndicatorTransform {
  /**
   * Month-on-month growth as a decimal fraction, {@code x_m / x_(m-1) - 1}, e.g. retail sales
   * ({@code RSXFS}). Requires positive levels.
   */
  PERCENT_GROWTH,
  /**
   * Month-on-month change in level, {@code x_m - x_(m-1)}, in the indicator's units, e.g. the
   * unemployment rate ({@code UNRATE}, percentage points) or consumer sentiment ({@code UMCSENT}).
   */
  LEVEL_CHANGE,
  /** The level itself, e.g. the Chicago Fed National Activity Index ({@code CFNAI}). */
  LEVEL;

  /**
   * Applies this transform to monthly levels.
   *
   * @throws IllegalArgumentException when two observations fall in the same month, or (for {@link
   *     #PERCENT_GROWTH}) a level is not positive
   */
  public DateSeries apply(DateSeries monthlyLevels) {
    Objects.requireNonNull(monthlyLevels, "monthlyLevels");
    TreeMap<YearMonth, Double> byMonth = new TreeMap<>();
    for (int i = 0; i < monthlyLevels.size(); i++) {
      double v = monthlyLevels.valueAt(i);
      if (this == PERCENT_GROWTH && !(v > 0)) {
        throw new IllegalArgumentException(
            "monthlyLevels: level " + v + " on " + monthlyLevels.dateAt(i) + " is not positive");
      }
      if (byMonth.put(YearMonth.from(monthlyLevels.dateAt(i)), v) != null) {
        throw new IllegalArgumentException(
            "monthlyLevels: two observations in month " + YearMonth.from(monthlyLevels.dateAt(i)));
      }
    }
    if (this == LEVEL) {
      return monthlyLevels;
    }
    DateSeries.Builder b = DateSeries.builder();
    for (int i = 0; i < monthlyLevels.size(); i++) {
      LocalDate d = monthlyLevels.dateAt(i);
      Double prev = byMonth.get(YearMonth.from(d).minusMonths(1));
      if (prev == null) {
        continue;
      }
      double v = monthlyLevels.valueAt(i);
      b.put(d, this == PERCENT_GROWTH ? v / prev - 1.0 : v - prev);
    }
    return b.build();
  }
}
