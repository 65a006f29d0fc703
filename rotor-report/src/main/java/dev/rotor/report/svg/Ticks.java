package dev.rotor.report.svg;

import dev.rotor.report.NumberText;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/** Axis ticks: "nice" numbers (1, 2, 5 times a power of ten), log-scale and calendar ticks. */
final class Ticks {
  private Ticks() {}

  /** A tick: position in data units and its label. */
  record Tick(double value, String label) {}

  /** The 1-2-5 step closest above {@code raw}. */
  static double niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / p;
    double n = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return n * p;
  }

  /**
   * Nice linear ticks covering [lo, hi] with about {@code target} intervals; the first and last
   * tick enclose the data (callers widen their domain to them).
   */
  static List<Tick> linear(double lo, double hi, int target) {
    if (!(hi > lo)) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
    double step = niceStep((hi - lo) / Math.max(1, target));
    int decimals = decimals(step);
    long first = (long) Math.floor(lo / step + 1e-9);
    long last = (long) Math.ceil(hi / step - 1e-9);
    List<Tick> ticks = new ArrayList<>();
    for (long k = first; k <= last; k++) {
      double v = k * step;
      ticks.add(new Tick(v, format(v, decimals)));
    }
    return ticks;
  }

  /**
   * Ticks for a log axis over positive [lo, hi]: 1-2-5 per decade when that gives at least three,
   * otherwise nice linear values inside the range (short ranges on a log axis).
   */
  static List<Tick> log(double lo, double hi) {
    List<Tick> ticks = new ArrayList<>();
    int d0 = (int) Math.floor(Math.log10(lo));
    int d1 = (int) Math.ceil(Math.log10(hi));
    for (int d = d0; d <= d1; d++) {
      for (int m : new int[] {1, 2, 5}) {
        double v = m * Math.pow(10, d);
        if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
          ticks.add(new Tick(v, format(v, Math.max(0, -d))));
        }
      }
    }
    if (ticks.size() >= 3) {
      return ticks;
    }
    ticks.clear();
    for (Tick t : linear(lo, hi, 5)) {
      if (t.value() >= lo && t.value() <= hi && t.value() > 0) {
        ticks.add(t);
      }
    }
    return ticks;
  }

  /** Decimals needed to show multiples of {@code step}. */
  static int decimals(double step) {
    return Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
  }

  /** Formats a tick value: typographic minus and thousands separators. */
  static String format(double v, int decimals) {
    return NumberText.fixed(v, decimals);
  }

  /**
   * Calendar ticks between two dates so that labels of about {@code labelPx} fit into {@code
   * widthPx}: days, weeks, months or years.
   */
  static List<Tick> dates(LocalDate from, LocalDate to, double widthPx) {
    long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
    int[] dayStepsArr = {1, 2, 7, 14};
    for (int step : dayStepsArr) {
      if (span / step <= widthPx / 60 && span <= 120) {
        return daily(from, to, step);
      }
    }
    int[] monthSteps = {1, 2, 3, 6, 12, 24, 60, 120, 240};
    for (int step : monthSteps) {
      double labelPx = step >= 12 ? 48 : 78;
      if (span / (30.44 * step) <= widthPx / labelPx) {
        return monthly(from, to, step);
      }
    }
    return monthly(from, to, 600);
  }

  private static List<Tick> daily(LocalDate from, LocalDate to, int step) {
    List<Tick> ticks = new ArrayList<>();
    LocalDate d = from;
    if (step == 7 || step == 14) {
      while (d.getDayOfWeek().getValue() != 1) {
        d = d.plusDays(1);
      }
    }
    for (; !d.isAfter(to); d = d.plusDays(step)) {
      ticks.add(new Tick(d.toEpochDay(), d.getDayOfMonth() + " " + month(d.getMonth())));
    }
    return ticks;
  }

  private static List<Tick> monthly(LocalDate from, LocalDate to, int step) {
    List<Tick> ticks = new ArrayList<>();
    LocalDate d = from.withDayOfMonth(1);
    if (d.isBefore(from)) {
      d = d.plusMonths(1);
    }
    for (; !d.isAfter(to); d = d.plusMonths(1)) {
      long index = d.getYear() * 12L + d.getMonthValue() - 1;
      if (index % step != 0) {
        continue;
      }
      String label =
          step >= 12 ? Integer.toString(d.getYear()) : month(d.getMonth()) + " " + d.getYear();
      ticks.add(new Tick(d.toEpochDay(), label));
    }
    return ticks;
  }

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** English abbreviation without loading locale data (fast on a cold JVM). */
  private static String month(Month m) {
    return MONTHS[m.ordinal()];
  }
}
