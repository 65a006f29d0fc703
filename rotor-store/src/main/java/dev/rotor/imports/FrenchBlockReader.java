package dev.rotor.imports;

import dev.rotor.series.Frequency;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a Kenneth French data-library CSV into its dated blocks, without interpreting them (that
 * is {@link FrenchParser}'s job).
 *
 * <h2>Layout rules</h2>
 *
 * <ul>
 *   <li>A <b>header row</b> has at least two fields and a first field that is blank or {@code Date}
 *       (any case). It opens a block, unless a block is already open.
 *   <li>The <b>title</b> of a block is the run of non-blank text lines directly above its header
 *       (joined by one space); a blank line between text and header means the block has no title
 *       (the preamble of a factor file is not a title).
 *   <li>Inside a block every line up to the next blank line is a <b>dated row</b> with exactly as
 *       many fields as the header; a line starting with {@code Copyright} also closes the block.
 *   <li>Dates are {@code YYYY} (annual, dated December 31), {@code YYYYMM} (monthly, dated the last
 *       calendar day of the month), {@code YYYYMMDD} or ISO {@code YYYY-MM-DD} (daily). One block
 *       uses one style; dates ascend strictly.
 *   <li>{@code -99.99} and {@code -999} are the library's missing markers: they are read as NaN
 *       here and become absent dates in the series.
 *   <li>The {@code Copyright ...} footer is optional; after it only blank lines may follow.
 * </ul>
 *
 * Anything else (a dated row outside a block, a title not followed by a header, a wrong field
 * count, a bad date or number) is an {@link ImportException} naming the physical line.
 */
final class FrenchBlockReader {

  private FrenchBlockReader() {}

  /** How the rows of one block are dated. */
  enum DateStyle {
    /** {@code YYYY}, dated December 31. */
    YEAR(Frequency.ANNUAL, "YYYY"),
    /** {@code YYYYMM}, dated the last calendar day of the month. */
    YEAR_MONTH(Frequency.MONTHLY, "YYYYMM"),
    /** {@code YYYYMMDD} or {@code YYYY-MM-DD}. */
    DAY(Frequency.DAILY, "YYYYMMDD or YYYY-MM-DD");

    private final Frequency frequency;
    private final String pattern;

    DateStyle(Frequency frequency, String pattern) {
      this.frequency = frequency;
      this.pattern = pattern;
    }

    Frequency frequency() {
      return frequency;
    }
  }

  /**
   * One block as read.
   *
   * @param title the title text, or null when the header has no text directly above it
   * @param headerLine physical line of the header row
   * @param labels the header labels, trimmed (used in messages and names)
   * @param columns the labels with inner whitespace runs replaced by {@code _}
   * @param style the date style shared by all rows
   * @param dates the row dates, strictly ascending
   * @param values {@code values[column][row]}, NaN where the file has a missing marker
   */
  record Block(
      String title,
      long headerLine,
      List<String> labels,
      List<String> columns,
      DateStyle style,
      LocalDate[] dates,
      double[][] values) {}

  /**
   * The blocks of a file.
   *
   * @param blocks in file order, at least one
   * @param footer true when the {@code Copyright} footer was present
   */
  record Contents(List<Block> blocks, boolean footer) {}

  /**
   * Reads the whole file.
   *
   * @throws ImportException on any layout violation, naming the line
   */
  static Contents read(CsvReader r) throws ImportException {
    List<Block> blocks = new ArrayList<>();
    OpenBlock open = null;
    StringBuilder title = null;
    long titleLine = 0;
    long footerLine = 0;
    boolean anyLine = false;
    String line;
    while ((line = r.readLine()) != null) {
      anyLine = true;
      List<String> cells = CsvReader.split(line);
      if (isBlank(cells)) {
        if (open != null) {
          blocks.add(open.close(r));
          open = null;
        }
        title = null;
        continue;
      }
      if (footerLine > 0) {
        throw r.error(null, "text after the copyright footer on line " + footerLine);
      }
      String first = cells.get(0).trim();
      if (line.trim().toLowerCase(Locale.ROOT).startsWith("copyright")) {
        if (open != null) {
          blocks.add(open.close(r));
          open = null;
        }
        if (blocks.isEmpty()) {
          throw r.error(null, "copyright footer before any data block");
        }
        footerLine = r.lineNumber();
        title = null;
      } else if (open != null) {
        open.addRow(r, cells);
      } else if (cells.size() >= 2 && (first.isEmpty() || first.equalsIgnoreCase("date"))) {
        open = new OpenBlock(r, cells, title == null ? null : title.toString());
        title = null;
      } else if (styleOf(first) != null) {
        throw r.error("date", "dated row '" + first + "' outside a block (no header row above it)");
      } else if (title == null) {
        title = new StringBuilder(line.trim());
        titleLine = r.lineNumber();
      } else {
        title.append(' ').append(line.trim());
      }
    }
    if (!anyLine) {
      throw new ImportException(r.file(), 0, null, "empty file");
    }
    if (open != null) {
      blocks.add(open.close(r));
    }
    if (blocks.isEmpty()) {
      throw new ImportException(
          r.file(),
          0,
          null,
          "no data block (a header row with a blank or 'Date' first field, then dated rows)");
    }
    if (title != null) {
      throw new ImportException(
          r.file(), titleLine, null, "text '" + title + "' is not followed by a header row");
    }
    return new Contents(blocks, footerLine > 0);
  }

  /** The date style of {@code s} judged by its shape alone, or null when it is not date-shaped. */
  static DateStyle styleOf(String s) {
    int n = s.length();
    if (n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      return allDigits(s.substring(0, 4) + s.substring(5, 7) + s.substring(8))
          ? DateStyle.DAY
          : null;
    }
    if (!allDigits(s)) {
      return null;
    }
    return switch (n) {
      case 4 -> DateStyle.YEAR;
      case 6 -> DateStyle.YEAR_MONTH;
      case 8 -> DateStyle.DAY;
      default -> null;
    };
  }

  /** Parses a date cell of the given style (as returned by {@link #styleOf}). */
  static LocalDate parseDate(CsvReader r, String s, DateStyle style) throws ImportException {
    try {
      return switch (style) {
        case YEAR -> LocalDate.of(Integer.parseInt(s), 12, 31);
        case YEAR_MONTH ->
            YearMonth.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4)))
                .atEndOfMonth();
        case DAY -> Cells.date(r, "date", s);
      };
    } catch (DateTimeException | NumberFormatException e) {
      throw r.error("date", "'" + s + "' is not a valid " + style.pattern + " date");
    }
  }

  /** Trims and replaces each run of whitespace inside {@code label} by one {@code _}. */
  static String columnName(String label) {
    return label.trim().replaceAll("\\s+", "_");
  }

  private static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(List<String> cells) {
    for (String c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** A block whose rows are still being read. */
  private static final class OpenBlock {
    private final String title;
    private final long headerLine;
    private final List<String> labels = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    private DateStyle style;
    private LocalDate[] dates = new LocalDate[256];
    private double[][] values;
    private int rows;

    OpenBlock(CsvReader r, List<String> header, String title) throws ImportException {
      this.title = title;
      this.headerLine = r.lineNumber();
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 1; i < header.size(); i++) {
        String label = header.get(i).trim();
        if (label.isEmpty()) {
          throw r.error(null, "header field " + (i + 1) + " has no column name");
        }
        String column = columnName(label);
        Integer previous = seen.put(column, i + 1);
        if (previous != null) {
          throw r.error(
              label, "column name repeats header field " + previous + " (as '" + column + "')");
        }
        labels.add(label);
        columns.add(column);
      }
      values = new double[columns.size()][256];
    }

    void addRow(CsvReader r, List<String> cells) throws ImportException {
      String cell = cells.get(0).trim();
      DateStyle s = styleOf(cell);
      if (s == null) {
        throw r.error(
            "date",
            cell.isEmpty()
                ? "empty where a date is required"
                : "'" + cell + "' is not a date (YYYY, YYYYMM, YYYYMMDD or YYYY-MM-DD)");
      }
      int expected = columns.size() + 1;
      if (cells.size() != expected) {
        String field = cells.size() < expected ? labels.get(cells.size() - 1) : null;
        throw r.error(
            field,
            "expected "
                + expected
                + " fields as in the header on line "
                + headerLine
                + ", found "
                + cells.size());
      }
      if (style == null) {
        style = s;
      } else if (s != style) {
        throw r.error(
            "date",
            "'" + cell + "' is not in the block's date style " + style.pattern + " (line above)");
      }
      LocalDate date = parseDate(r, cell, s);
      if (rows > 0 && !date.isAfter(dates[rows - 1])) {
        throw r.error(
            "date",
            cell
                + " ("
                + date
                + (date.equals(dates[rows - 1])
                    ? ") repeats the previous row's date"
                    : ") is before the previous row's date " + dates[rows - 1]));
      }
      if (rows == dates.length) {
        dates = Arrays.copyOf(dates, rows * 2);
        for (int j = 0; j < values.length; j++) {
          values[j] = Arrays.copyOf(values[j], rows * 2);
        }
      }
      dates[rows] = date;
      for (int j = 0; j < values.length; j++) {
        double v = Cells.number(r, labels.get(j), cells.get(j + 1));
        values[j][rows] = v == -99.99 || v == -999.0 ? Double.NaN : v;
      }
      rows++;
    }

    Block close(CsvReader r) throws ImportException {
      if (rows == 0) {
        throw new ImportException(
            r.file(), headerLine, null, "header row is not followed by any dated row");
      }
      double[][] v = new double[values.length][];
      for (int j = 0; j < values.length; j++) {
        v[j] = Arrays.copyOf(values[j], rows);
      }
      return new Block(
          title,
          headerLine,
          List.copyOf(labels),
          List.copyOf(columns),
          style,
          Arrays.copyOf(dates, rows),
          v);
    }
  }
}
