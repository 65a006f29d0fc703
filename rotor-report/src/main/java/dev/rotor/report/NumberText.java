package dev.rotor.report;

/**
 * Fixed-decimal number text for reports and charts: rounding half away from zero, a typographic
 * minus (U+2212) and comma thousands separators, independent of the default locale. Written with
 * plain arithmetic because {@code String.format} loads locale data on first use, which costs tens
 * of milliseconds in a cold command-line run.
 */
public final class NumberText {
  private NumberText() {}

  /**
   * {@code v} with {@code decimals} decimals, e.g. {@code fixed(-12345.678, 1)} is "−12,345.7"; NaN
   * and infinities give "n/a"; negative values that round to zero lose their sign.
   *
   * @param v the value
   * @param decimals digits after the point, 0 to 9
   * @return the text
   */
  public static String fixed(double v, int decimals) {
    if (decimals < 0 || decimals > 9) {
      throw new IllegalArgumentException("decimals must be 0..9: " + decimals);
    }
    if (!Double.isFinite(v)) {
      return "n/a";
    }
    long scale = 1;
    for (int i = 0; i < decimals; i++) {
      scale *= 10;
    }
    double scaled = Math.abs(v) * scale;
    if (scaled >= 9e15) {
      return (v < 0 ? "\u2212" : "") + Double.toString(Math.abs(v));
    }
    long units = Math.round(scaled);
    String digits = Long.toString(units / scale);
    StringBuilder sb = new StringBuilder(digits.length() + decimals + 6);
    if (units != 0 && v < 0) {
      sb.append('\u2212');
    }
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    if (decimals > 0) {
      String frac = Long.toString(units % scale);
      sb.append('.');
      for (int i = frac.length(); i < decimals; i++) {
        sb.append('0');
      }
      sb.append(frac);
    }
    return sb.toString();
  }
}
