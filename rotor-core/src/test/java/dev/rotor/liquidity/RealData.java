package dev.rotor.liquidity;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import dev.rotor.shareddata.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Test-only readers of the shared real data for the liquidity tests (rotor-core cannot use the
 * importers): ETF bars via {@link RealSeries#column}, the wide stock panel of closes, and the
 * Nasdaq screener's market caps as a {@link CrossSection}.
 */
final class RealData {

  private RealData() {}

  /** {@code etf-seasonality/<ticker>.csv} as bars: Close, High, Low, Volume (unadjusted). */
  static BarSeries etf(String ticker) {
    String f = "etf-seasonality/" + ticker + ".csv";
    DateSeries close = RealSeries.column(f, "Close");
    Map<BarField, double[]> m = new EnumMap<>(BarField.class);
    m.put(BarField.CLOSE, close.values());
    m.put(BarField.HIGH, sameDates(close, RealSeries.column(f, "High")));
    m.put(BarField.LOW, sameDates(close, RealSeries.column(f, "Low")));
    m.put(BarField.VOLUME, sameDates(close, RealSeries.column(f, "Volume")));
    return BarSeries.of(close.dates(), m);
  }

  private static double[] sameDates(DateSeries close, DateSeries other) {
    if (!Arrays.equals(close.dates(), other.dates())) {
      throw new IllegalStateException("columns with different dates");
    }
    return other.values();
  }

  /**
   * {@code factor_attribution/stock_panel/adj_close_wide_2019-2026.csv.gz}: one series per ticker
   * column (empty cells are absent dates; a column without any value gives the empty series).
   */
  static Map<String, DateSeries> panel() {
    Path p = SharedData.file("factor_attribution/stock_panel/adj_close_wide_2019-2026.csv.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = r.readLine().split(",", -1);
      int n = header.length - 1;
      List<DateSeries.Builder> builders = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        builders.add(DateSeries.builder());
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split(",", -1);
        LocalDate d = LocalDate.parse(cells[0]);
        for (int j = 0; j < n; j++) {
          String c = cells[j + 1];
          if (!c.isEmpty()) {
            builders.get(j).put(d, Double.parseDouble(c));
          }
        }
      }
      Map<String, DateSeries> out = new TreeMap<>();
      for (int j = 0; j < n; j++) {
        out.put(header[j + 1], builders.get(j).build());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code nasdaq_screener/nasdaq_screener_2025-02.csv} (11 unquoted columns): Symbol trimmed with
   * {@code /} replaced by {@code -} (the panel's spelling, BRK/B -> BRK-B), Market Cap in dollars;
   * blank caps are NaN.
   */
  static CrossSection screener() {
    Path p = SharedData.file("nasdaq_screener/nasdaq_screener_2025-02.csv");
    try {
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split(",", -1));
      int sym = header.indexOf("Symbol");
      int cap = header.indexOf("Market Cap");
      List<Constituent> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split(",", -1);
        String t = c[sym].trim().replace('/', '-');
        double v = c[cap].isBlank() ? Double.NaN : Double.parseDouble(c[cap]);
        rows.add(Constituent.of(t).with(ConstituentField.MARKET_CAP, v));
      }
      return new CrossSection("Nasdaq screener", LocalDate.of(2025, 2, 9), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rows of a committed oracle CSV under {@code /oracles/liquidity/}: {@code #} lines skipped, the
   * header mapped to column positions.
   */
  static List<Map<String, String>> oracle(String name) {
    String path = "/oracles/liquidity/" + name;
    try (InputStream in = RealData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing oracle resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = null;
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (header == null) {
          header = cells;
          continue;
        }
        Map<String, String> row = new TreeMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double number(String cell) {
    return cell.equals("NaN") ? Double.NaN : Double.parseDouble(cell);
  }
}
