package dev.rotor.report.build;

import java.util.Locale;

/** Number formatting used in sentences and tables (one place, so the report is consistent). */
final class Format {
  private Format() {}

  /** A decimal fraction as a signed percentage with one decimal: 0.0123 -> "+1.2%". */
  static String pct(double x) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%+.1f%%", 100 * x) : "n/a";
  }

  /** A decimal fraction as a signed percentage with two decimals: 0.00042 -> "+0.04%". */
  static String pct2(double x) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%+.2f%%", 100 * x) : "n/a";
  }

  /** A decimal fraction as an unsigned percentage with one decimal: 0.0123 -> "1.2%". */
  static String pctAbs(double x) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%.1f%%", 100 * Math.abs(x)) : "n/a";
  }

  /** A decimal fraction as percentage points: 0.0123 -> "1.2 percentage points". */
  static String pp(double x) {
    return Double.isFinite(x)
        ? String.format(Locale.ROOT, "%.1f percentage points", 100 * Math.abs(x))
        : "n/a";
  }

  /** A probability as a percentage without sign: 0.734 -> "73%". */
  static String prob(double p) {
    return Double.isFinite(p) ? String.format(Locale.ROOT, "%.0f%%", 100 * p) : "n/a";
  }

  /** A plain number with {@code d} decimals. */
  static String num(double x, int d) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%." + d + "f", x) : "n/a";
  }

  /** A 95% interval of decimal fractions: "[-1.2%, +3.4%]". */
  static String interval(double lo, double hi) {
    return "[" + pct(lo) + ", " + pct(hi) + "]";
  }
}
