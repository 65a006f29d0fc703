package dev.rotor.valuation;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only minimal readers of the two fundamentals snapshots (rotor-core cannot use the store's
 * importers). Same arithmetic as {@code oracles/valuation/valuation_oracle.py}.
 */
final class RealSnapshots {

  private RealSnapshots() {}

  /**
   * yfinance S&P 500 fundamentals of 2026-06-29. The source has no net income: income is
   * approximated as {@code marketCap / trailingPE} where trailingPE is positive (yfinance omits
   * trailingPE for loss makers, so they have no income here).
   */
  static CrossSection sp500() {
    List<String[]> rows = read("us-stock-monitor/fundamentals_sp500_2026-06-29.csv");
    List<String> h = List.of(rows.get(0));
    int t = h.indexOf("ticker");
    int cap = h.indexOf("marketCap");
    int pe = h.indexOf("trailingPE");
    List<Constituent> out = new ArrayList<>();
    for (String[] r : rows.subList(1, rows.size())) {
      double c = num(r[cap]);
      double p = num(r[pe]);
      p = p > 0 ? p : Double.NaN;
      out.add(
          Constituent.of(r[t])
              .withMemberships("S&P 500")
              .with(ConstituentField.MARKET_CAP, c)
              .with(ConstituentField.PE, p)
              .with(ConstituentField.INCOME, c / p));
    }
    return new CrossSection("yfinance S&P 500 fundamentals", LocalDate.of(2026, 6, 29), out);
  }

  /**
   * Finviz screener export of about 2023-08-11 (README). Market Cap, Income, P/E and Index; the
   * source lost its minus signs, so every income is non-negative.
   */
  static CrossSection finviz() {
    List<String[]> rows = read("finviz_snapshot/finviz_2023-08.csv");
    List<String> h = List.of(rows.get(0));
    int idx = h.indexOf("Index");
    int cap = h.indexOf("Market Cap");
    int inc = h.indexOf("Income");
    int pe = h.indexOf("P/E");
    int ticker = h.indexOf("Company"); // header shifted by one in the source: holds the ticker
    List<Constituent> out = new ArrayList<>();
    for (String[] r : rows.subList(1, rows.size())) {
      out.add(
          Constituent.of(r[ticker].isBlank() ? "?" : r[ticker])
              .withMemberships(r[idx])
              .with(ConstituentField.MARKET_CAP, money(r[cap]))
              .with(ConstituentField.INCOME, money(r[inc]))
              .with(ConstituentField.PE, num(r[pe])));
    }
    return new CrossSection("Finviz screener", LocalDate.of(2023, 8, 11), out);
  }

  private static double num(String s) {
    return s.isBlank() ? Double.NaN : Double.parseDouble(s);
  }

  private static double money(String s) {
    if (s.isBlank()) {
      return Double.NaN;
    }
    char u = s.charAt(s.length() - 1);
    double m =
        switch (u) {
          case 'K' -> 1e3;
          case 'M' -> 1e6;
          case 'B' -> 1e9;
          case 'T' -> 1e12;
          default -> 1;
        };
    return m == 1 ? Double.parseDouble(s) : Double.parseDouble(s.substring(0, s.length() - 1)) * m;
  }

  private static List<String[]> read(String relative) {
    try {
      List<String[]> out = new ArrayList<>();
      for (String line : Files.readAllLines(SharedData.file(relative))) {
        out.add(split(line));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180 split (quoted cells, doubled quotes); no multi-line cells in these files. */
  static String[] split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (q) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (c == '"') {
          q = false;
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        q = true;
      } else if (c == ',') {
        cells.add(b.toString().trim());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    cells.add(b.toString().trim());
    return cells.toArray(new String[0]);
  }
}
