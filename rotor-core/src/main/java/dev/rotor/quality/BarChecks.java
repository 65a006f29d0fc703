package dev.rotor.quality;

import static dev.rotor.quality.Occurrences.counted;

import dev.rotor.series.BarField;
import java.time.LocalDate;
import java.util.List;

/**
 * Row-by-row checks of price bars: {@link CheckKind#NON_POSITIVE_PRICE}, {@link
 * CheckKind#MISSING_FIELD}, {@link CheckKind#OHLC_INCONSISTENT} and {@link CheckKind#VOLUME}.
 * Static kernels on parallel arrays where NaN marks a bar lacking the field and a null array an
 * absent column; each adds at most one summed finding per condition.
 */
final class BarChecks {

  private BarChecks() {}

  /**
   * Adds one {@link CheckKind#NON_POSITIVE_PRICE} {@link Severity#ERROR} if any present value of
   * {@code field} is {@code <= 0}.
   */
  static void nonPositive(
      LocalDate[] dates, BarField field, double[] values, int listed, List<Finding> out) {
    Occurrences bad = new Occurrences(CheckKind.NON_POSITIVE_PRICE, Severity.ERROR, listed);
    for (int i = 0; i < values.length; i++) {
      if (values[i] <= 0) {
        bad.add(dates[i], Double.toString(values[i]));
      }
    }
    if (!bad.isEmpty()) {
      out.add(bad.toFinding(field.label() + " <= 0 on " + counted(bad.count(), "observation")));
    }
  }

  /**
   * Adds one {@link CheckKind#MISSING_FIELD} {@link Severity#WARNING} if any bar lacks (NaN) a
   * value of {@code field}, whose column is present.
   */
  static void missing(
      LocalDate[] dates, BarField field, double[] values, int listed, List<Finding> out) {
    Occurrences gaps = new Occurrences(CheckKind.MISSING_FIELD, Severity.WARNING, listed);
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        gaps.add(dates[i], null);
      }
    }
    if (!gaps.isEmpty()) {
      out.add(gaps.toFinding(field.label() + " missing on " + counted(gaps.count(), "bar")));
    }
  }

  /**
   * Adds one {@link CheckKind#OHLC_INCONSISTENT} {@link Severity#ERROR} summing the bars that break
   * one of {@code low <= high}, {@code close <= high}, {@code low <= close}, {@code open <= high},
   * {@code low <= open} beyond the relative tolerance: a relation {@code a <= b} is broken when
   * {@code a > b * (1 + tol)}. A relation is skipped when either side is missing or not positive;
   * the message shows the first broken relation of each listed bar.
   *
   * @param open the opens, or null when the column is absent; likewise {@code high} and {@code low}
   */
  static void ohlc(
      LocalDate[] dates,
      double[] open,
      double[] high,
      double[] low,
      double[] close,
      double tol,
      int listed,
      List<Finding> out) {
    Occurrences bad = new Occurrences(CheckKind.OHLC_INCONSISTENT, Severity.ERROR, listed);
    for (int i = 0; i < close.length; i++) {
      double h = high == null ? Double.NaN : high[i];
      double l = low == null ? Double.NaN : low[i];
      double o = open == null ? Double.NaN : open[i];
      double c = close[i];
      String v = broken("low", l, "high", h, tol);
      v = v != null ? v : broken("close", c, "high", h, tol);
      v = v != null ? v : broken("low", l, "close", c, tol);
      v = v != null ? v : broken("open", o, "high", h, tol);
      v = v != null ? v : broken("low", l, "open", o, tol);
      if (v != null) {
        bad.add(dates[i], v);
      }
    }
    if (!bad.isEmpty()) {
      out.add(
          bad.toFinding(
              "open/high/low/close inconsistent beyond relative tolerance "
                  + tol
                  + " on "
                  + counted(bad.count(), "bar")));
    }
  }

  /**
   * {@code "aName a > bName b"} when {@code a > b * (1 + tol)}, else null; null too when either
   * side is missing (NaN) or not positive.
   */
  private static String broken(String aName, double a, String bName, double b, double tol) {
    if (a > 0 && b > 0 && a > b * (1 + tol)) {
      return aName + " " + a + " > " + bName + " " + b;
    }
    return null;
  }

  /**
   * Adds the {@link CheckKind#VOLUME} findings: one {@link Severity#WARNING} summing bars with zero
   * or missing volume, then one {@link Severity#ERROR} summing bars with negative volume.
   */
  static void volume(LocalDate[] dates, double[] volume, int listed, List<Finding> out) {
    Occurrences empty = new Occurrences(CheckKind.VOLUME, Severity.WARNING, listed);
    Occurrences negative = new Occurrences(CheckKind.VOLUME, Severity.ERROR, listed);
    for (int i = 0; i < volume.length; i++) {
      if (Double.isNaN(volume[i])) {
        empty.add(dates[i], "missing");
      } else if (volume[i] == 0) {
        empty.add(dates[i], "0");
      } else if (volume[i] < 0) {
        negative.add(dates[i], Double.toString(volume[i]));
      }
    }
    if (!empty.isEmpty()) {
      out.add(empty.toFinding("zero or missing volume on " + counted(empty.count(), "bar")));
    }
    if (!negative.isEmpty()) {
      out.add(negative.toFinding("negative volume on " + counted(negative.count(), "bar")));
    }
  }
}
