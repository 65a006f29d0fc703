package dev.rotor.report.build;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Report data read from the shared real CSVs (ids as the store names them), for tests: the series
 * the drivers section reads, the two ETF bar series, the iShares IWM/IVV holdings and the Finviz
 * 2023-08 export (only the fields the valuation needs: Index, Market Cap, Income, P/E). Loaded
 * lazily and cached, so a second report on the same instance does no I/O.
 */
final class RealReportData implements ReportData {

  /** Store id to {file, column}. */
  static final Map<String, String[]> SERIES = new HashMap<>();

  static {
    for (String t : List.of("RUT", "SPX", "IXIC")) {
      SERIES.put(
          "market-base/indices/" + t, new String[] {"market-base/indices/" + t + ".csv", "close"});
    }
    for (String c : List.of("DGS2", "DGS10", "FEDFUNDS")) {
      SERIES.put("market-base/fred/rates." + c, new String[] {"market-base/fred/rates.csv", c});
    }
    SERIES.put(
        "market-base/fred/sentiment.UMCSENT",
        new String[] {"market-base/fred/sentiment.csv", "UMCSENT"});
    for (String c : List.of("RSXFS", "USREC")) {
      SERIES.put(
          "fred_macro-monitor/" + c, new String[] {"fred_macro-monitor/" + c + ".csv", "value"});
    }
    for (String t : List.of("IWM", "SPY")) {
      SERIES.put("etf-seasonality/" + t, new String[] {"etf-seasonality/" + t + ".csv", "Close"});
    }
    for (String id : Universe.REAL_SECTORS.keySet()) {
      SERIES.put(id, new String[] {id + ".csv", "Close"});
    }
  }

  private final Map<String, Optional<Loaded>> series = new HashMap<>();
  private final Map<String, Optional<BarSeries>> bars = new HashMap<>();
  private final Map<String, Optional<Snapshot>> snapshots = new HashMap<>();

  @Override
  public boolean synthetic() {
    return false;
  }

  @Override
  public Optional<Loaded> series(String query) {
    return series.computeIfAbsent(
        query,
        q -> {
          String[] f = SERIES.get(q);
          if (f == null) {
            return Optional.empty();
          }
          return Optional.of(new Loaded(q, q, f[0], RealSeries.column(f[0], f[1])));
        });
  }

  @Override
  public Optional<BarSeries> bars(String query) {
    return bars.computeIfAbsent(
        query,
        q -> {
          if (!q.startsWith("etf-seasonality/")) {
            return Optional.empty();
          }
          DateSeries c = RealSeries.column(q + ".csv", "Close");
          DateSeries v = RealSeries.column(q + ".csv", "Volume");
          LocalDate[] d = c.dates();
          double[] vol = new double[d.length];
          for (int i = 0; i < d.length; i++) {
            vol[i] = v.get(d[i]).orElse(Double.NaN);
          }
          return Optional.of(
              BarSeries.of(d, Map.of(BarField.CLOSE, c.values(), BarField.VOLUME, vol)));
        });
  }

  @Override
  public Optional<Snapshot> snapshot(String query) {
    return snapshots.computeIfAbsent(
        query,
        q ->
            switch (q) {
              case "ishares_holdings/IWM_holdings", "ishares_holdings/IVV_holdings" ->
                  Optional.of(new Snapshot(q, q + ".csv", ishares(q + ".csv")));
              case EconomyDrivers.FINVIZ ->
                  Optional.of(new Snapshot(q, q + ".csv", finviz(q + ".csv")));
              default -> Optional.empty();
            });
  }

  /** iShares holdings: preamble with "Fund Holdings as of", then the table; weight in percent. */
  static CrossSection ishares(String relative) {
    List<String> lines = lines(relative);
    LocalDate asOf = null;
    int h = -1;
    for (int i = 0; i < lines.size(); i++) {
      List<String> c = split(lines.get(i));
      if (c.get(0).replace("\uFEFF", "").startsWith("Fund Holdings as of")) {
        asOf =
            LocalDate.parse(
                c.get(1),
                java.time.format.DateTimeFormatter.ofPattern("MMM dd, yyyy", Locale.ENGLISH));
      }
      if (c.get(0).equals("Ticker")) {
        h = i;
        break;
      }
    }
    List<String> head = split(lines.get(h));
    int sector = head.indexOf("Sector");
    int ac = head.indexOf("Asset Class");
    int wt = head.indexOf("Weight (%)");
    List<Constituent> rows = new ArrayList<>();
    for (String line : lines.subList(h + 1, lines.size())) {
      List<String> c = split(line);
      if (c.size() != head.size() || c.get(0).isBlank()) {
        continue;
      }
      rows.add(
          Constituent.of(c.get(0))
              .withSector(c.get(sector))
              .withAssetClass(c.get(ac))
              .with(ConstituentField.WEIGHT, number(c.get(wt)) / 100));
    }
    return new CrossSection(relative, asOf, rows);
  }

  /** Finviz export: Index, Market Cap, Income (suffixes K/M/B/T), P/E; as-of 2023-08-31. */
  static CrossSection finviz(String relative) {
    List<String> lines = lines(relative);
    List<String> head = split(lines.get(0));
    int idx = head.indexOf("Index");
    int cap = head.indexOf("Market Cap");
    int inc = head.indexOf("Income");
    int pe = head.indexOf("P/E");
    List<Constituent> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> c = split(line);
      if (c.size() < head.size()) {
        continue;
      }
      rows.add(
          Constituent.of("R" + rows.size())
              .withMemberships(c.get(idx).trim())
              .with(ConstituentField.MARKET_CAP, amount(c.get(cap)))
              .with(ConstituentField.INCOME, amount(c.get(inc)))
              .with(ConstituentField.PE, amount(c.get(pe))));
    }
    return new CrossSection("Finviz screener", LocalDate.of(2023, 8, 31), rows);
  }

  private static double amount(String s) {
    String t = s.trim();
    if (t.isEmpty() || t.equals("-")) {
      return Double.NaN;
    }
    double k =
        switch (t.charAt(t.length() - 1)) {
          case 'K' -> 1e3;
          case 'M' -> 1e6;
          case 'B' -> 1e9;
          case 'T' -> 1e12;
          default -> 1;
        };
    return Double.parseDouble(k == 1 ? t : t.substring(0, t.length() - 1)) * k;
  }

  private static double number(String s) {
    String t = s.replace(",", "").trim();
    return t.isEmpty() || t.equals("-") ? Double.NaN : Double.parseDouble(t);
  }

  private static List<String> lines(String relative) {
    try {
      return Files.readAllLines(SharedData.file(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180 split of one line (quotes, doubled quotes). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (q) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (ch == '"') {
          q = false;
        } else {
          b.append(ch);
        }
      } else if (ch == '"') {
        q = true;
      } else if (ch == ',') {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(ch);
      }
    }
    out.add(b.toString());
    return out;
  }
}
