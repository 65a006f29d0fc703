package dev.rotor.episodes;

import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * Test-only reader for the first block of a Kenneth French monthly CSV: the first line whose first
 * cell is empty is the header; the rows after it whose first cell is {@code YYYYMM} are the block.
 * Values are percent and become decimals ({@code v / 100.0}); each month is dated on its last
 * calendar day; the missing markers -99.99 and -999 become absent dates. (The store has a full
 * parser in rotor-store; core tests cannot use it.)
 */
final class FrenchMonthly {

  private FrenchMonthly() {}

  /** Column {@code column} of the first block of the shared data file {@code relative}. */
  static DateSeries column(String relative, String column) {
    Path p = SharedData.file(relative);
    try {
      List<String> lines = Files.readAllLines(p, StandardCharsets.ISO_8859_1);
      int c = -1;
      DateSeries.Builder b = DateSeries.builder();
      for (String line : lines) {
        String[] cells = line.split(",", -1);
        if (c < 0) {
          if (cells.length > 1 && cells[0].isBlank() && !cells[1].isBlank()) {
            for (int i = 0; i < cells.length; i++) {
              if (cells[i].trim().equals(column)) {
                c = i;
              }
            }
            if (c < 0) {
              throw new IllegalArgumentException("column: " + column + " not in " + p);
            }
          }
          continue;
        }
        String first = cells[0].trim();
        if (first.length() != 6 || !first.chars().allMatch(Character::isDigit)) {
          break;
        }
        double v = Double.parseDouble(cells[c].trim());
        if (v != -99.99 && v != -999) {
          YearMonth ym =
              YearMonth.of(
                  Integer.parseInt(first.substring(0, 4)), Integer.parseInt(first.substring(4)));
          b.put(ym.atEndOfMonth(), v / 100.0);
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
