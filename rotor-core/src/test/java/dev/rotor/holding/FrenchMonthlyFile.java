package dev.rotor.holding;

import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only reader of the first (monthly) block of a Kenneth French CSV in the shared data: finds
 * the first header line whose first cell is empty and which names {@code column}, then reads {@code
 * YYYYMM} rows until the first line that is not one. Percent becomes decimal (1.23 to 0.0123); the
 * missing markers -99.99 and -999 become absent dates; each month is dated on its last calendar
 * day. Used by the holding and scenario tests.
 */
public final class FrenchMonthlyFile {

  /** Size portfolios, value-weighted monthly block first ({@code Lo 10}, {@code Hi 10}). */
  public static final String SIZE_PORTFOLIOS = "ken_french/Portfolios_Formed_on_ME.CSV";

  /** Fama-French three factors, monthly block first ({@code SMB}). */
  public static final String FACTORS = "ken_french/F-F_Research_Data_Factors.csv";

  private FrenchMonthlyFile() {}

  /** Column {@code column} of the first block of the shared file {@code relative}. */
  public static DateSeries firstBlock(String relative, String column) {
    Path p = SharedData.file(relative);
    try {
      List<String> lines = Files.readAllLines(p, StandardCharsets.ISO_8859_1);
      int c = -1;
      DateSeries.Builder b = DateSeries.builder();
      for (String line : lines) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
          cells.add(cell.trim());
        }
        if (c < 0) {
          if (cells.size() > 1 && cells.get(0).isEmpty() && cells.contains(column)) {
            c = cells.indexOf(column);
          }
          continue;
        }
        String ym = cells.get(0);
        if (!ym.matches("\\d{6}")) {
          break;
        }
        double v = Double.parseDouble(cells.get(c));
        if (v != -99.99 && v != -999) {
          YearMonth month =
              YearMonth.of(Integer.parseInt(ym.substring(0, 4)), Integer.parseInt(ym.substring(4)));
          b.put(month.atEndOfMonth(), v / 100.0);
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
