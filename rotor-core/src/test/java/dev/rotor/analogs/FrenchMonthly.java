package dev.rotor.analogs;

import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * Test-only reader of the first (monthly) block of a Kenneth French CSV: skips the free-text
 * preamble up to the first header line that starts with a comma and names {@code column}, then
 * reads {@code YYYYMM} rows until the first other line. Values are percent and become decimals; the
 * missing markers {@code -99.99} and {@code -999} become absent dates. Each month is dated on its
 * last calendar day.
 */
final class FrenchMonthly {

  private FrenchMonthly() {}

  /** Column {@code column} of the first block of the shared data file {@code relative}. */
  static DateSeries firstBlock(String relative, String column) {
    Path p = SharedData.file(relative);
    try {
      List<String> lines = Files.readAllLines(p, StandardCharsets.ISO_8859_1);
      int c = -1;
      DateSeries.Builder b = DateSeries.builder();
      for (String line : lines) {
        String[] cells =
            Arrays.stream(line.split(",", -1)).map(String::trim).toArray(String[]::new);
        if (c < 0) {
          if (cells.length > 1 && cells[0].isEmpty()) {
            c = Arrays.asList(cells).indexOf(column);
          }
          continue;
        }
        if (!cells[0].matches("\\d{6}")) {
          break;
        }
        double v = Double.parseDouble(cells[c]);
        if (v != -99.99 && v != -999) {
          YearMonth ym =
              YearMonth.of(
                  Integer.parseInt(cells[0].substring(0, 4)),
                  Integer.parseInt(cells[0].substring(4)));
          b.put(ym.atEndOfMonth(), v / 100.0);
        }
      }
      if (c < 0) {
        throw new IllegalArgumentException("column: " + column + " not in " + p);
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
