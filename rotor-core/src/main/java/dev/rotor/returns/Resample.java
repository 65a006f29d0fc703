package dev.rotor.returns;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;

/**
 * Resampling of levels to a lower frequency by <b>last observation</b> in each period.
 *
 * <p>Periods: ISO weeks (Monday to Sunday), calendar months, calendar quarters, calendar years. The
 * output is dated on the <b>actual date of the last observation</b> in the period (e.g. the last
 * trading day of the month, Thursday for a week ending on a holiday Friday), not a nominal period
 * end, so every value stays a real observation. The last period may be incomplete; callers that
 * need complete periods drop it.
 */
public final class Resample {

  private Resample() {}

  /** Keeps the last observation of each period of {@code target}. DAILY returns the input. */
  public static DateSeries lastPerPeriod(DateSeries levels, Frequency target) {
    if (target == Frequency.DAILY || levels.isEmpty()) {
      return levels;
    }
    int n = levels.size();
    LocalDate[] d = new LocalDate[n];
    double[] v = new double[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      LocalDate date = levels.dateAt(i);
      boolean lastOfPeriod =
          i == n - 1 || periodKey(levels.dateAt(i + 1), target) != periodKey(date, target);
      if (lastOfPeriod) {
        d[m] = date;
        v[m] = levels.valueAt(i);
        m++;
      }
    }
    return DateSeries.of(Arrays.copyOf(d, m), Arrays.copyOf(v, m));
  }

  /** A number identifying the period that contains {@code date}. */
  static long periodKey(LocalDate date, Frequency f) {
    return switch (f) {
      case DAILY -> date.toEpochDay();
      case WEEKLY -> date.with(DayOfWeek.MONDAY).toEpochDay();
      case MONTHLY -> date.getYear() * 12L + date.getMonthValue();
      case QUARTERLY -> date.getYear() * 4L + date.get(IsoFields.QUARTER_OF_YEAR);
      case ANNUAL -> date.getYear();
    };
  }
}
