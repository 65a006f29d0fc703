package dev.rotor.imports;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.CrossSection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reading steps shared by the cross-section parsers ({@link ISharesParser}, {@link
 * NasdaqScreenerParser}, {@link FinvizParser}, {@link FundamentalsParser}): the as-of date rule for
 * files that state no date, strict row splitting, header lookup and ticker cells.
 */
final class Snapshots {

  /**
   * A date in a file name: {@code 2026-06-29} or {@code 2025-02}, not inside a longer digit run (so
   * {@code 2023-01-011} is no date at all, not the month 2023-01). Years 1900-2099 only, so that
   * other numbers in names are not taken for dates.
   */
  private static final Pattern NAME_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)(?:-(\\d\\d))?(?!-?\\d)");

  private static final List<DateTimeFormatter> MONTH_DAY_YEAR =
      List.of(monthDayYear("MMM d, uuuu"), monthDayYear("MMMM d, uuuu"));

  private Snapshots() {}

  /**
   * The as-of date a file name states, and a note saying how it was chosen.
   *
   * @param date null when the name states no date
   * @param note one line for {@link ParsedFile#notes()}
   */
  record NameDate(LocalDate date, String note) {}

  /**
   * The as-of rule for exports that state no date inside the file: the last {@code YYYY-MM-DD} or
   * {@code YYYY-MM} in the file name (without extension).
   *
   * <ul>
   *   <li>{@code YYYY-MM-DD}: that day.
   *   <li>{@code YYYY-MM}: the <em>last</em> day of that month. The name only says the snapshot was
   *       taken during that month; the last day is the earliest date by which it certainly existed,
   *       so analyses keyed on the as-of date cannot use it before it was known (no look-ahead). It
   *       can be up to a month late; the note says so.
   *   <li>no date, or an impossible one ({@code 2023-13}, {@code 2023-02-30}): null.
   * </ul>
   */
  static NameDate asOfFromFileName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Matcher m = NAME_DATE.matcher(stem);
    String found = null;
    LocalDate date = null;
    boolean dayGiven = false;
    while (m.find()) {
      LocalDate d = nameDate(m);
      if (d != null) {
        found = m.group();
        date = d;
        dayGiven = m.group(3) != null;
      }
    }
    if (date == null) {
      return new NameDate(
          null, "as-of date unknown: neither the file nor its name states a date (YYYY-MM[-DD])");
    }
    String note =
        dayGiven
            ? "as-of " + date + " taken from the file name (the file itself states no date)"
            : "as-of "
                + date
                + " is the last day of the month '"
                + found
                + "' in the file name: the file states no date and the name no day, so the"
                + " snapshot may be up to a month older";
    return new NameDate(date, note);
  }

  private static LocalDate nameDate(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return null;
    }
    LocalDate first = LocalDate.of(year, month, 1);
    if (m.group(3) == null) {
      return first.with(TemporalAdjusters.lastDayOfMonth());
    }
    int day = Integer.parseInt(m.group(3));
    return day >= 1 && day <= first.lengthOfMonth() ? first.withDayOfMonth(day) : null;
  }

  /**
   * Parses an English month-name date such as {@code "May 05, 2026"}, {@code "Jun 19, 2026"} or
   * {@code "June 19, 2026"} (case-insensitive).
   */
  static LocalDate monthDayYear(CsvReader r, String field, String cell) throws ImportException {
    String s = cell.trim();
    for (DateTimeFormatter f : MONTH_DAY_YEAR) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // try the next pattern
      }
    }
    throw r.error(field, "'" + cell + "' is not a date like 'May 05, 2026'");
  }

  private static DateTimeFormatter monthDayYear(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.US)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** True when the line holds only whitespace, counting the no-break space U+00A0 as whitespace. */
  static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits a table row and checks it: an odd number of {@code "} means a quoted cell is cut off,
   * and the cell count must equal the header's. Either is reported as a truncated or corrupt row.
   */
  static List<String> fields(CsvReader r, String line, int expected) throws ImportException {
    if (line.chars().filter(c -> c == '"').count() % 2 != 0) {
      throw r.error(null, "unbalanced quotes: the row is truncated or corrupt");
    }
    List<String> cells = CsvReader.split(line);
    if (cells.size() != expected) {
      throw r.error(
          null,
          "expected "
              + expected
              + " fields like the header, found "
              + cells.size()
              + ": the row is truncated or corrupt");
    }
    return cells;
  }

  /** Turns the cells of one table row into a constituent. */
  interface RowMapper {
    Constituent map(List<String> cells) throws ImportException;
  }

  /**
   * Reads the rows of a plain table that runs from after the header to the end of the file, each
   * checked by {@link #fields}. Blank lines are allowed only at the end; a blank line followed by
   * more rows fails, as does a file without rows or without a final line break ({@link
   * #requireFinalLineBreak}).
   */
  static List<Constituent> table(CsvReader r, int width, RowMapper mapper) throws ImportException {
    List<Constituent> rows = new ArrayList<>();
    long blank = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (isBlank(line)) {
        blank = blank == 0 ? r.lineNumber() : blank;
        continue;
      }
      if (blank > 0) {
        throw new ImportException(r.file(), blank, null, "blank line inside the table");
      }
      rows.add(mapper.map(fields(r, line, width)));
    }
    if (rows.isEmpty()) {
      throw r.error(null, "no rows after the header");
    }
    requireFinalLineBreak(r.file(), r.lineNumber());
    return rows;
  }

  /**
   * Column positions by trimmed header label. A label that appears twice maps to -1, so that {@link
   * #column} refuses it while unused duplicates do no harm.
   */
  static Map<String, Integer> header(List<String> cells) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String label = cells.get(i).trim();
      out.put(label, seen.merge(label, 1, Integer::sum) > 1 ? -1 : i);
    }
    return out;
  }

  /**
   * The header line of a table whose columns are found by label: its width and each label's
   * position ({@link #header}), with the reader for errors at the header line.
   */
  record Labels(CsvReader reader, Map<String, Integer> positions, int width) {

    /** Reads the header line of {@code r} ({@link CsvReader#readHeader}). */
    static Labels read(CsvReader r) throws ImportException {
      List<String> cells = CsvReader.split(r.readHeader());
      return new Labels(r, header(cells), cells.size());
    }

    /** The position of the required column {@code label} ({@link Snapshots#column}). */
    int column(String label) throws ImportException {
      return Snapshots.column(reader, positions, label);
    }
  }

  /** The position of the required column {@code label}, or an error at the header line. */
  static int column(CsvReader r, Map<String, Integer> header, String label) throws ImportException {
    Integer i = header.get(label);
    if (i == null) {
      throw r.error(label, "required column missing from the header " + header.keySet());
    }
    if (i < 0) {
      throw r.error(label, "column appears more than once in the header");
    }
    return i;
  }

  /**
   * A ticker cell: trimmed and upper-cased; blank or containing control characters is an error
   * (parsers that meet legitimately blank tickers check before calling this).
   */
  static String ticker(CsvReader r, String field, String cell) throws ImportException {
    String t = cell.trim();
    if (t.isEmpty()) {
      throw r.error(field, "ticker is blank");
    }
    if (t.chars().anyMatch(Character::isISOControl)) {
      throw r.error(field, "ticker '" + t + "' has control characters");
    }
    return t.toUpperCase(Locale.ROOT);
  }

  /**
   * Fails when {@code file} does not end with a line break: a writer that was cut off leaves a last
   * line whose final text cell cannot be told from a complete one.
   *
   * @param lastLine the physical number of the last line, for the message
   */
  static void requireFinalLineBreak(Path file, long lastLine) throws ImportException {
    int last;
    try {
      last = lastByte(file);
    } catch (IOException e) {
      throw new ImportException(file, 0, null, "read failed: " + e.getMessage());
    }
    if (last != '\n' && last != '\r') {
      throw new ImportException(
          file, lastLine, null, "the last line has no line break: the file looks truncated");
    }
  }

  private static int lastByte(Path file) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
        byte[] buf = new byte[1 << 16];
        int last = -1;
        for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
          if (k > 0) {
            last = buf[k - 1];
          }
        }
        return last;
      }
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      if (ch.size() == 0) {
        return -1;
      }
      ByteBuffer b = ByteBuffer.allocate(1);
      ch.read(b, ch.size() - 1);
      return b.get(0);
    }
  }

  /**
   * The parsed file of a snapshot dated by its file name ({@link #asOfFromFileName}). Its notes are
   * the as-of note, then {@code notes}, then the {@link #duplicateNote} if any.
   */
  static ParsedFile datedByFileName(
      Path file, FileFormat format, String title, List<Constituent> rows, List<String> notes) {
    NameDate asOf = asOfFromFileName(file);
    List<String> all = new ArrayList<>();
    all.add(asOf.note());
    all.addAll(notes);
    String dups = duplicateNote(rows);
    if (dups != null) {
      all.add(dups);
    }
    return ParsedFile.ofSnapshot(format, new CrossSection(title, asOf.date(), rows), all);
  }

  /** A note listing tickers that occur on more than one row (kept as published), or null. */
  static String duplicateNote(List<Constituent> rows) {
    Map<String, Integer> count = new LinkedHashMap<>();
    for (Constituent c : rows) {
      count.merge(c.ticker(), 1, Integer::sum);
    }
    List<String> dups = new ArrayList<>();
    count.forEach((t, k) -> dups.add(k > 1 ? t : null));
    dups.removeIf(t -> t == null);
    if (dups.isEmpty()) {
      return null;
    }
    String shown = String.join(", ", dups.subList(0, Math.min(10, dups.size())));
    return dups.size()
        + " ticker(s) appear on more than one row, kept as published: "
        + shown
        + (dups.size() > 10 ? ", ..." : "");
  }
}
