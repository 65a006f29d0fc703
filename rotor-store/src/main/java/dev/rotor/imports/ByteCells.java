package dev.rotor.imports;

/**
 * Kernels that read plain decimals and ISO dates straight from ASCII bytes, creating no objects.
 * {@link ByteCsvReader} wraps them with trimming, fall-backs and error messages.
 */
final class ByteCells {

  /** What {@link #epochDay(byte[], int, int)} returns for text that is not a valid date. */
  static final int NOT_A_DATE = Integer.MIN_VALUE;

  /** Exact powers of ten up to 10^22 (every one is representable in a double). */
  private static final double[] POW10 = new double[23];

  /** 2^53: below it every long is an exact double. */
  private static final long EXACT_LIMIT = 1L << 53;

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private ByteCells() {}

  /**
   * The value of {@code b[from, to)} when it is a plain decimal: an optional sign, digits, an
   * optional point and digits, at most 18 digits in all, whose digits read as an integer are below
   * 2^53. Such a value is the quotient of two exactly representable doubles (the digits and a power
   * of ten up to 10^18), so one division gives the correctly rounded result, the same double as
   * {@link Double#parseDouble} (W. D. Clinger, "How to Read Floating Point Numbers Accurately",
   * PLDI 1990, the fast path).
   *
   * @return the value, or NaN when the text has another shape (exponent, more digits, anything
   *     else), which the caller must parse another way
   */
  static double plainDecimal(byte[] b, int from, int to) {
    int k = from;
    if (k >= to) {
      return Double.NaN;
    }
    boolean negative = b[k] == '-';
    if (negative || b[k] == '+') {
      k++;
    }
    long mantissa = 0;
    int start = k;
    int c;
    while (k < to && (c = b[k] - '0') >= 0 && c <= 9) {
      mantissa = mantissa * 10 + c;
      k++;
    }
    int digits = k - start;
    int decimals = 0;
    if (k < to && b[k] == '.') {
      k++;
      int fraction = k;
      while (k < to && (c = b[k] - '0') >= 0 && c <= 9) {
        mantissa = mantissa * 10 + c;
        k++;
      }
      decimals = k - fraction;
      digits += decimals;
    }
    // at most 18 digits cannot overflow a long
    if (k != to || digits == 0 || digits > 18 || mantissa >= EXACT_LIMIT) {
      return Double.NaN;
    }
    double v = decimals == 0 ? (double) mantissa : mantissa / POW10[decimals];
    return negative ? -v : v;
  }

  /**
   * The day count since 1970-01-01 of {@code b[from, to)} written {@code YYYY-MM-DD}, {@code
   * YYYYMMDD}, or {@code YYYY-MM-DD} followed by a space or {@code T} and anything (a time, which
   * is ignored); the forms {@link Cells#date} accepts.
   *
   * @return the epoch day, or {@link #NOT_A_DATE} when the text is not a valid date
   */
  static int epochDay(byte[] b, int from, int to) {
    int len = to - from;
    int y;
    int m;
    int d;
    if (len >= 10 && b[from + 4] == '-' && b[from + 7] == '-') {
      if (len > 10 && b[from + 10] != ' ' && b[from + 10] != 'T') {
        return NOT_A_DATE;
      }
      y = digits(b, from, 4);
      m = digits(b, from + 5, 2);
      d = digits(b, from + 8, 2);
    } else if (len == 8) {
      y = digits(b, from, 4);
      m = digits(b, from + 4, 2);
      d = digits(b, from + 6, 2);
    } else {
      return NOT_A_DATE;
    }
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > lengthOfMonth(y, m)) {
      return NOT_A_DATE;
    }
    return epochDay(y, m, d);
  }

  /** Days in month {@code m} of year {@code y} (proleptic Gregorian). */
  static int lengthOfMonth(int y, int m) {
    if (m == 2) {
      boolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
      return leap ? 29 : 28;
    }
    return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
  }

  /**
   * Days since 1970-01-01 of a valid proleptic Gregorian date with year 0..9999. Years are counted
   * from March so that the leap day ends the counting year, in 400-year eras of 146,097 days (H.
   * Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil).
   */
  static int epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }

  /** The value of {@code n} ASCII digits at {@code from}, or -1 when one is not a digit. */
  private static int digits(byte[] b, int from, int n) {
    int v = 0;
    for (int k = from; k < from + n; k++) {
      int c = b[k] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }
}
