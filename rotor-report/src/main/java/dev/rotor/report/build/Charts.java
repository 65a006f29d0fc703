package dev.rotor.report.build;

import dev.rotor.report.LineChart;
import dev.rotor.returns.Resample;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Turns series into chart lines (downsampled so a report stays small). */
final class Charts {
  private Charts() {}

  /** Last value per week. */
  static DateSeries weekly(DateSeries daily) {
    return daily.isEmpty() ? daily : Resample.lastPerPeriod(daily, Frequency.WEEKLY);
  }

  /** A line of the series itself. */
  static LineChart.Line line(String name, DateSeries s) {
    return new LineChart.Line(name, Arrays.asList(s.dates()), s.values());
  }

  /** A line of the series scaled to start at 1. */
  static LineChart.Line growthOfOne(String name, DateSeries s) {
    double[] v = s.values();
    double base = v.length == 0 ? 1 : v[0];
    for (int i = 0; i < v.length; i++) {
      v[i] /= base;
    }
    return new LineChart.Line(name, List.<LocalDate>of(s.dates()), v);
  }

  /** A line of a series multiplied by {@code k} (e.g. 100 for percent). */
  static LineChart.Line scaled(String name, DateSeries s, double k) {
    double[] v = s.values();
    for (int i = 0; i < v.length; i++) {
      v[i] *= k;
    }
    return new LineChart.Line(name, Arrays.asList(s.dates()), v);
  }
}
