package dev.rotor.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-file tables of {@code ../shared/data/README.md}, parsed independently of Rotor. Two table
 * layouts exist:
 *
 * <ul>
 *   <li>{@code | file | path in source repo | last commit | first date | last date | dated rows |
 *       header / first line | sha256 |} (8 cells), and
 *   <li>{@code | file | first date | last date | rows | notes | sha256 |} (6 cells, the stock panel
 *       table).
 * </ul>
 *
 * Dates are {@code YYYY-MM-DD}, {@code YYYY-MM} (French monthly files) or {@code -}; counts may be
 * {@code -}.
 */
final class ReadmeTables {

  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|(.*)\\|\\s*$");
  private static final Pattern SHA = Pattern.compile("`?([0-9a-f]{64})`?");

  private ReadmeTables() {}

  /**
   * One README row.
   *
   * @param path the file, relative to the data folder
   * @param first the first date as written ({@code YYYY-MM-DD}, {@code YYYY-MM}), null for "-"
   * @param last the last date as written, null for "-"
   * @param rows dated rows (or rows, in the 6-cell table), -1 for "-"
   * @param sha256 lower-case hex
   */
  record Row(String path, String first, String last, long rows, String sha256) {

    /** True when the README gives months ({@code 1926-07}) rather than days. */
    boolean monthly() {
      return first != null && first.length() == 7;
    }

    LocalDate firstDate() {
      return LocalDate.parse(first);
    }

    LocalDate lastDate() {
      return LocalDate.parse(last);
    }

    YearMonth firstMonth() {
      return YearMonth.parse(first.substring(0, 7));
    }

    YearMonth lastMonth() {
      return YearMonth.parse(last.substring(0, 7));
    }

    /** The store's file id: the path without {@code .csv}/{@code .csv.gz} (any case). */
    String fileId() {
      return Importer.stripExtension(path);
    }
  }

  /** Every table row of {@code readme}, keyed by path, in README order. */
  static Map<String, Row> parse(Path readme) throws IOException {
    Map<String, Row> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (!m.matches()) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String c : m.group(2).split("\\|", -1)) {
        cells.add(c.trim());
      }
      Row row =
          switch (cells.size()) {
            case 7 -> row(m.group(1), cells.get(2), cells.get(3), cells.get(4), cells.get(6));
            case 5 -> row(m.group(1), cells.get(0), cells.get(1), cells.get(2), cells.get(4));
            default ->
                throw new IllegalStateException("README row with an unknown layout: " + line);
          };
      if (out.put(row.path(), row) != null) {
        throw new IllegalStateException("README lists " + row.path() + " twice");
      }
    }
    return out;
  }

  private static Row row(String path, String first, String last, String rows, String sha) {
    Matcher s = SHA.matcher(sha);
    if (!s.matches()) {
      throw new IllegalStateException("README row " + path + ": no sha256 in '" + sha + "'");
    }
    return new Row(
        path,
        first.equals("-") ? null : first,
        last.equals("-") ? null : last,
        rows.equals("-") ? -1 : Long.parseLong(rows.replace(",", "")),
        s.group(1));
  }
}
