package dev.rotor.imports;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parsing of single cells for importers. Each method names the field in its error, via the reader's
 * current line.
 */
public final class Cells {

  private Cells() {}

  /**
   * Parses an ISO date {@code YYYY-MM-DD}, {@code YYYYMMDD}, or {@code YYYY-MM-DD HH:MM:SS...} (the
   * time part is ignored). Fast path without {@link java.time.format.DateTimeFormatter}.
   */
  public static LocalDate date(CsvReader r, String field, String cell) throws ImportException {
    String s = cell.trim();
    try {
      if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        if (s.length() > 10 && s.charAt(10) != ' ' && s.charAt(10) != 'T') {
          throw r.error(field, "'" + cell + "' is not a date (expected YYYY-MM-DD)");
        }
        return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
      }
      if (s.length() == 8) {
        return LocalDate.of(digits(s, 0, 4), digits(s, 4, 6), digits(s, 6, 8));
      }
    } catch (NumberFormatException | DateTimeException e) {
      throw r.error(field, "'" + cell + "' is not a valid date");
    }
    throw r.error(field, "'" + cell + "' is not a date (expected YYYY-MM-DD or YYYYMMDD)");
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException(s);
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Parses a finite decimal number.
   *
   * @throws ImportException when the cell is empty, not a number, NaN or infinite
   */
  public static double number(CsvReader r, String field, String cell) throws ImportException {
    String s = cell.trim();
    if (s.isEmpty()) {
      throw r.error(field, "empty where a number is required");
    }
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw r.error(field, "'" + cell + "' is not a number");
    }
    if (!Double.isFinite(v) || s.indexOf('N') >= 0 || s.indexOf('I') >= 0) {
      throw r.error(field, "'" + cell + "' is not a finite number");
    }
    return v;
  }

  /**
   * Like {@link #number} but returns NaN for the given missing markers (compared after trimming,
   * case-insensitively), e.g. {@code ""}, {@code "null"}, {@code "."}.
   */
  public static double numberOrMissing(CsvReader r, String field, String cell, String... missing)
      throws ImportException {
    String s = cell.trim();
    for (String m : missing) {
      if (s.equalsIgnoreCase(m)) {
        return Double.NaN;
      }
    }
    return number(r, field, cell);
  }

  /**
   * Checks that the row dates are strictly ascending: {@code date} must be after {@code previous}
   * (null for the first row).
   *
   * @throws ImportException naming {@code field} when {@code date} repeats or precedes {@code
   *     previous}
   */
  static void requireAfter(CsvReader r, String field, LocalDate date, LocalDate previous)
      throws ImportException {
    if (previous != null && !date.isAfter(previous)) {
      throw r.error(
          field,
          date.equals(previous)
              ? date + " repeats the previous row's date"
              : date + " is before the previous row's date " + previous);
    }
  }

  /**
   * A header cell reduced to a matching key: trimmed, lower case, spaces and underscores removed,
   * so that {@code Adj Close}, {@code adj_close} and {@code adjclose} all give {@code adjclose}.
   */
  static String headerKey(String cell) {
    StringBuilder sb = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c != ' ' && c != '_' && !Character.isWhitespace(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
