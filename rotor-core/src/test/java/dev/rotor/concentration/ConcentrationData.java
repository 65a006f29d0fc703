package dev.rotor.concentration;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

/**
 * Test-only readers for the concentration tests: the pandas oracle output, a minimal reader of
 * iShares IVV holdings (9 preamble lines, quoted cells, a footer after the table; tickers with
 * {@code .} mapped to {@code -} like the stock panel) and of the wide stock panel (gzip, one column
 * per ticker, empty = no price). Core tests cannot use rotor-store's importers.
 */
final class ConcentrationData {

  static final Properties ORACLE = loadOracle();

  private ConcentrationData() {}

  static double oracle(String key) {
    String v = ORACLE.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("key: " + key + " not in oracle");
    }
    return Double.parseDouble(v);
  }

  static String oracleText(String key) {
    return ORACLE.getProperty(key);
  }

  private static Properties loadOracle() {
    Properties p = new Properties();
    try (InputStream in =
        ConcentrationData.class.getResourceAsStream(
            "/oracles/concentration/concentration_oracle.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** IVV holdings as of 2026-06-19 as a cross-section (ticker, asset class, weight as fraction). */
  static CrossSection ivv() {
    try {
      List<String> lines = Files.readAllLines(SharedData.file("ishares_holdings/IVV_holdings.csv"));
      List<String> header = split(lines.get(9));
      int ticker = header.indexOf("Ticker");
      int asset = header.indexOf("Asset Class");
      int weight = header.indexOf("Weight (%)");
      List<Constituent> rows = new ArrayList<>();
      for (String line : lines.subList(10, lines.size())) {
        List<String> c = split(line);
        if (c.size() != header.size()) {
          break; // footer
        }
        String w = c.get(weight).replace(",", "");
        double wv = w.equals("-") ? Double.NaN : Double.parseDouble(w) / 100.0;
        rows.add(
            Constituent.of(c.get(ticker).replace('.', '-'))
                .withAssetClass(c.get(asset))
                .with(ConstituentField.WEIGHT, wv));
      }
      return new CrossSection("IVV", LocalDate.of(2026, 6, 19), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The wide panel rows on or before {@code to}, as one series per ticker. */
  static Map<String, DateSeries> panel(LocalDate to) {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    Files.newInputStream(
                        SharedData.file(
                            "factor_attribution/stock_panel/adj_close_wide_2019-2026.csv.gz"))),
                StandardCharsets.UTF_8))) {
      String[] header = r.readLine().split(",", -1);
      List<DateSeries.Builder> b = new ArrayList<>();
      for (int i = 1; i < header.length; i++) {
        b.add(DateSeries.builder());
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split(",", -1);
        LocalDate d = LocalDate.parse(c[0]);
        if (d.isAfter(to)) {
          break;
        }
        for (int i = 1; i < c.length; i++) {
          if (!c[i].isEmpty()) {
            b.get(i - 1).put(d, Double.parseDouble(c[i]));
          }
        }
      }
      Map<String, DateSeries> out = new LinkedHashMap<>();
      for (int i = 1; i < header.length; i++) {
        out.put(header[i], b.get(i - 1).build());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString());
    return out;
  }
}
