package dev.rotor.risk;

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
 * Test-only reader of the {@code RF} column in the first (monthly) block of {@code
 * ken_french/F-F_Research_Data_Factors.csv}: the block starts after the first line whose first cell
 * is empty and ends at the first row whose first cell is not {@code YYYYMM}; percent becomes a
 * decimal and each month is dated on its last calendar day, as the store's French parser does.
 */
final class FrenchMonthlyRf {

  static final String FILE = "ken_french/F-F_Research_Data_Factors.csv";

  private FrenchMonthlyRf() {}

  static DateSeries read() {
    Path p = SharedData.file(FILE);
    try {
      List<String> lines = Files.readAllLines(p, StandardCharsets.ISO_8859_1);
      int c = -1;
      DateSeries.Builder b = DateSeries.builder();
      for (String line : lines) {
        String[] cells = line.split(",", -1);
        if (c < 0) {
          if (cells.length > 1 && cells[0].isBlank() && !cells[1].isBlank()) {
            for (int i = 0; i < cells.length; i++) {
              if (cells[i].trim().equals("RF")) {
                c = i;
              }
            }
          }
          continue;
        }
        String first = cells[0].trim();
        if (first.length() != 6 || !first.chars().allMatch(Character::isDigit)) {
          break;
        }
        YearMonth ym =
            YearMonth.of(
                Integer.parseInt(first.substring(0, 4)), Integer.parseInt(first.substring(4)));
        b.put(ym.atEndOfMonth(), Double.parseDouble(cells[c].trim()) / 100.0);
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
