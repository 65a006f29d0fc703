package dev.rotor.imports;

/**
 * Parses the number cells of screener and holdings exports, which are text meant for people: {@code
 * "1,532,594,919.50"}, {@code "$130.19"}, {@code "286.86M"}, {@code "22.30%"}, {@code "-"}.
 *
 * <p>Grammar (after trimming): an optional sign, an optional {@code $} (the sign may also follow
 * it), digits with optional thousands separators (commas between groups of exactly three digits),
 * an optional fraction, an optional exponent ({@code 1.5e-05}, as pandas writes small floats), then
 * a suffix: for {@link #amount} one of {@code K M B T} (10<sup>3</sup>, 10<sup>6</sup>,
 * 10<sup>9</sup>, 10<sup>12</sup>, upper case only); for {@link #percent} an optional {@code %}.
 * Anything else is malformed. An empty cell or a lone {@code -} means "not reported" and gives NaN.
 * A value that overflows a double ({@code 1e400}) is malformed, never infinite.
 *
 * <p>Suffixes and percent are applied by shifting the decimal exponent before the one conversion to
 * double, so every result is the double nearest the decimal value the text denotes ({@code "9.70%"}
 * gives exactly {@code 0.097}, {@code "286.86M"} exactly {@code 2.8686e8}).
 */
final class Amounts {

  private Amounts() {}

  /**
   * An amount such as {@code "1,234.50"}, {@code "$41.10"} or {@code "1.2B"}; NaN when not
   * reported.
   *
   * @throws ImportException naming {@code field} at the reader's current line when malformed
   */
  static double amount(CsvReader r, String field, String cell) throws ImportException {
    try {
      return parse(cell, false);
    } catch (IllegalArgumentException e) {
      throw r.error(field, e.getMessage());
    }
  }

  /**
   * A percentage as a decimal fraction: {@code "22.30%"} and {@code "22.30"} both give 0.223; NaN
   * when not reported.
   *
   * @throws ImportException naming {@code field} at the reader's current line when malformed
   */
  static double percent(CsvReader r, String field, String cell) throws ImportException {
    try {
      return parse(cell, true);
    } catch (IllegalArgumentException e) {
      throw r.error(field, e.getMessage());
    }
  }

  /** True for the "not reported" markers: empty or blank, or a lone {@code -}. */
  static boolean isMissing(String cell) {
    String s = cell.trim();
    return s.isEmpty() || s.equals("-");
  }

  /**
   * The kernel behind {@link #amount} ({@code percent == false}) and {@link #percent}.
   *
   * @throws IllegalArgumentException with a plain-words problem when the cell is malformed
   */
  static double parse(String cell, boolean percent) {
    if (isMissing(cell)) {
      return Double.NaN;
    }
    String s = cell.trim();
    int n = s.length();
    int i = 0;
    boolean negative = false;
    boolean signed = false;
    if (s.charAt(i) == '-' || s.charAt(i) == '+') {
      negative = s.charAt(i) == '-';
      signed = true;
      i++;
    }
    if (i < n && s.charAt(i) == '$') {
      i++;
      if (!signed && i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        negative = s.charAt(i) == '-';
        i++;
      }
    }
    StringBuilder digits = new StringBuilder(n);
    int start = i;
    int group = 0;
    boolean sawComma = false;
    boolean firstGroup = true;
    while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == ',')) {
      char c = s.charAt(i);
      if (c == ',') {
        if (group == 0 || group > 3 || (!firstGroup && group != 3)) {
          throw malformed(cell, "misplaced thousands separator");
        }
        sawComma = true;
        firstGroup = false;
        group = 0;
      } else {
        digits.append(c);
        group++;
      }
      i++;
    }
    if (sawComma && group != 3) {
      throw malformed(cell, "misplaced thousands separator");
    }
    boolean anyDigit = i > start;
    if (i < n && s.charAt(i) == '.') {
      digits.append('.');
      i++;
      int fracStart = i;
      while (i < n && isDigit(s.charAt(i))) {
        digits.append(s.charAt(i++));
      }
      if (i == fracStart) {
        throw malformed(cell, "no digits after the decimal point");
      }
      anyDigit = true;
    }
    if (!anyDigit) {
      throw malformed(cell, "no digits");
    }
    long exponent = 0;
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      boolean negExp = false;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        negExp = s.charAt(i++) == '-';
      }
      int expStart = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == expStart) {
        throw malformed(cell, "no digits in the exponent");
      }
      if (i - expStart > 6) {
        throw malformed(cell, "out of range");
      }
      exponent = Long.parseLong(s.substring(expStart, i));
      exponent = negExp ? -exponent : exponent;
    }
    if (i < n) {
      char suffix = s.charAt(i++);
      int power = percent ? (suffix == '%' ? 0 : -1) : suffixPower(suffix);
      if (power < 0) {
        throw malformed(cell, "unexpected '" + suffix + "'");
      }
      exponent += power;
    }
    if (i < n) {
      throw malformed(cell, "unexpected text after the number");
    }
    if (percent) {
      exponent -= 2;
    }
    // Scaling by moving the decimal exponent keeps one correctly rounded conversion: "9.70%" is
    // exactly the double nearest 0.097 (9.70 / 100 would give 0.09699999999999999).
    double v = Double.parseDouble(digits + "e" + exponent);
    if (!Double.isFinite(v)) {
      throw malformed(cell, "out of range");
    }
    return negative ? -v : v;
  }

  /** The power of ten of a magnitude suffix, or -1. */
  private static int suffixPower(char c) {
    switch (c) {
      case 'K':
        return 3;
      case 'M':
        return 6;
      case 'B':
        return 9;
      case 'T':
        return 12;
      default:
        return -1;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static IllegalArgumentException malformed(String cell, String why) {
    return new IllegalArgumentException("'" + cell + "' is not a number (" + why + ")");
  }
}
