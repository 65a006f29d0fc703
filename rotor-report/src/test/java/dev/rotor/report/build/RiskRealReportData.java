package dev.rotor.report.build;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.holding.FrenchMonthlyFile;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Report data for the risk and investor sections read from the shared real CSVs, in memory, with
 * the store's ids (rotor-report cannot depend on rotor-store). Loaded once per test JVM. The Finviz
 * snapshot is read by a test-only reader following the rules of the store's FinvizParser (shifted
 * label columns read by position, suffixes K/M/B/T, percents to fractions), and dated 2023-08-31.
 */
final class RiskRealReportData implements ReportData {
  static final String FINVIZ = "finviz_snapshot/finviz_2023-08";

  private static final Map<String, String[]> FILES =
      Map.ofEntries(
          Map.entry(
              "market-base/indices/RUT", new String[] {"market-base/indices/RUT.csv", "close"}),
          Map.entry(
              "market-base/indices/SPX", new String[] {"market-base/indices/SPX.csv", "close"}),
          Map.entry(
              "market-base/indices/IXIC", new String[] {"market-base/indices/IXIC.csv", "close"}),
          Map.entry(
              "fred_macro-monitor/DGS2", new String[] {"fred_macro-monitor/DGS2.csv", "value"}),
          Map.entry(
              "fred_macro-monitor/USREC", new String[] {"fred_macro-monitor/USREC.csv", "value"}),
          Map.entry("etf-seasonality/IWM", new String[] {"etf-seasonality/IWM.csv", "Close"}),
          Map.entry("etf-seasonality/SPY", new String[] {"etf-seasonality/SPY.csv", "Close"}),
          Map.entry(
              "factor_attribution/etf/IWM",
              new String[] {"factor_attribution/etf/IWM.csv", "Close"}),
          Map.entry(
              "factor_attribution/etf/IJR",
              new String[] {"factor_attribution/etf/IJR.csv", "Close"}),
          Map.entry(
              "factor_attribution/etf/VB",
              new String[] {"factor_attribution/etf/VB.csv", "Close"}));

  private static final Map<String, String> FRENCH =
      Map.of(
          "ken_french/Portfolios_Formed_on_ME.vw_monthly.Lo_10", "Lo 10",
          "ken_french/Portfolios_Formed_on_ME.vw_monthly.Hi_10", "Hi 10");

  private static final Map<String, Optional<Loaded>> SERIES = new HashMap<>();
  private static final Map<String, Optional<BarSeries>> BARS = new HashMap<>();
  private static Optional<Snapshot> finviz;

  @Override
  public boolean synthetic() {
    return false;
  }

  @Override
  public synchronized Optional<Loaded> series(String q) {
    return SERIES.computeIfAbsent(q, RiskRealReportData::load);
  }

  private static Optional<Loaded> load(String q) {
    String[] f = FILES.get(q);
    if (f != null) {
      return Optional.of(new Loaded(q, q, f[0], RealSeries.column(f[0], f[1])));
    }
    String col = FRENCH.get(q);
    if (col != null) {
      return Optional.of(
          new Loaded(
              q,
              q,
              FrenchMonthlyFile.SIZE_PORTFOLIOS,
              FrenchMonthlyFile.firstBlock(FrenchMonthlyFile.SIZE_PORTFOLIOS, col)));
    }
    return Optional.empty();
  }

  @Override
  public synchronized Optional<BarSeries> bars(String q) {
    return BARS.computeIfAbsent(
        q,
        id -> {
          if (!id.startsWith("etf-seasonality/")) {
            return Optional.empty();
          }
          String file = FILES.get(id)[0];
          DateSeries close = RealSeries.column(file, "Close");
          Map<BarField, double[]> cols = new EnumMap<>(BarField.class);
          cols.put(BarField.CLOSE, close.values());
          cols.put(BarField.OPEN, on(close, RealSeries.column(file, "Open")));
          cols.put(BarField.HIGH, on(close, RealSeries.column(file, "High")));
          cols.put(BarField.LOW, on(close, RealSeries.column(file, "Low")));
          cols.put(BarField.VOLUME, on(close, RealSeries.column(file, "Volume")));
          return Optional.of(BarSeries.of(close.dates(), cols));
        });
  }

  private static double[] on(DateSeries dates, DateSeries v) {
    double[] out = new double[dates.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.get(dates.dateAt(i)).orElse(Double.NaN);
    }
    return out;
  }

  @Override
  public synchronized Optional<Snapshot> snapshot(String q) {
    if (!FINVIZ.equals(q)) {
      return Optional.empty();
    }
    if (finviz == null) {
      finviz =
          Optional.of(
              new Snapshot(
                  FINVIZ,
                  "finviz_snapshot/finviz_2023-08.csv",
                  new CrossSection("Finviz screener", LocalDate.of(2023, 8, 31), readFinviz())));
    }
    return finviz;
  }

  private static final Set<String> SECTORS =
      Set.of(
          "Basic Materials",
          "Communication Services",
          "Consumer Cyclical",
          "Consumer Defensive",
          "Energy",
          "Financial",
          "Healthcare",
          "Industrials",
          "Real Estate",
          "Technology",
          "Utilities");

  private static List<Constituent> readFinviz() {
    try {
      List<String> lines =
          Files.readAllLines(
              SharedData.file("finviz_snapshot/finviz_2023-08.csv"), StandardCharsets.UTF_8);
      List<String> h = RealReportData.split(lines.get(0));
      int index = h.indexOf("Index");
      Map<ConstituentField, Integer> cols = new EnumMap<>(ConstituentField.class);
      cols.put(ConstituentField.MARKET_CAP, h.indexOf("Market Cap"));
      cols.put(ConstituentField.PE, h.indexOf("P/E"));
      cols.put(ConstituentField.DEBT_TO_EQUITY, h.indexOf("Debt/Eq"));
      cols.put(ConstituentField.SALES_GROWTH, h.indexOf("Sales Q/Q"));
      cols.put(ConstituentField.EARNINGS_GROWTH, h.indexOf("EPS Q/Q"));
      cols.put(ConstituentField.PROFIT_MARGIN, h.indexOf("Profit Margin"));
      cols.put(ConstituentField.INCOME, h.indexOf("Income"));
      List<Constituent> out = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        List<String> c = RealReportData.split(line);
        boolean named = SECTORS.contains(c.get(3));
        Constituent k =
            Constituent.of(c.get(1))
                .withName(named ? c.get(2) : "")
                .withSector(named ? c.get(3) : c.get(2))
                .withIndustry(named ? c.get(4) : c.get(3))
                .withMemberships(c.get(index));
        for (Map.Entry<ConstituentField, Integer> e : cols.entrySet()) {
          k = k.with(e.getKey(), number(c.get(e.getValue())));
        }
        out.add(k);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double number(String s) {
    String t = s.trim().replace(",", "");
    if (t.isEmpty() || t.equals("-")) {
      return Double.NaN;
    }
    double k = 1;
    char last = Character.toUpperCase(t.charAt(t.length() - 1));
    switch (last) {
      case '%' -> k = 0.01;
      case 'K' -> k = 1e3;
      case 'M' -> k = 1e6;
      case 'B' -> k = 1e9;
      case 'T' -> k = 1e12;
      default -> k = 1;
    }
    if (k != 1) {
      t = t.substring(0, t.length() - 1);
    }
    try {
      return Double.parseDouble(t) * k;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
