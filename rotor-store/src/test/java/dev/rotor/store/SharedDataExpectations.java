package dev.rotor.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What importing {@code ../shared/data} must give where the README's tables do not say it directly,
 * for {@link SharedDataImportTest}.
 *
 * <p>Every number here was computed independently of Rotor with pandas, from the data folder:
 *
 * <pre>{@code
 * cd ../shared/data && /usr/bin/python3 - <<'EOF'
 * import glob, io, re, pandas as pd
 * def fred(f):  # first, last, dates with a value, columns with a value
 *     d = pd.read_csv(f, index_col=0, dtype=str, keep_default_na=False).replace({'': None, '.': None})
 *     d = d[[c for c in d.columns if d[c].notna().any()]].dropna(how='all')
 *     return d.index[0], d.index[-1], len(d), d.shape[1]
 * for f in sorted(glob.glob('fred_macro-monitor/*.csv') + glob.glob('market-base/fred/[a-z]*.csv')):
 *     print(f, *fred(f))
 * v = pd.read_csv('silverlight/VIX.csv', na_values=['null']).dropna(subset=['Close'])
 * print('VIX', v.Date.iloc[0], v.Date.iloc[-1], len(v))
 * p = pd.read_csv('factor_attribution/stock_panel/adj_close_wide_2019-2026.csv.gz', index_col=0)
 * print('panel', len(p.dropna(how='all')), p.notna().any().sum())
 * for f in ['IWM', 'IJR', 'IJH', 'IVV']:  # rows, Equity rows, listed rows, listed equity stock rows
 *     t = open(f'ishares_holdings/{f}_holdings.csv', encoding='utf-8-sig').read().split('\n')
 *     h = next(i for i, l in enumerate(t) if l.startswith('Ticker,'))
 *     e = next((i for i in range(h + 1, len(t)) if not t[i].startswith('"')), len(t))
 *     d = pd.read_csv(io.StringIO('\n'.join(t[h:e])), dtype=str, keep_default_na=False)
 *     ok = d[d.Ticker != '-']
 *     eq = (ok['Asset Class'] == 'Equity') & (ok['Type'] == 'EQUITY' if 'Type' in ok else True)
 *     print(f, len(d), (d['Asset Class'] == 'Equity').sum(), len(ok), eq.sum())
 * for f in ['nasdaq_screener/nasdaq_screener_2025-02.csv', 'finviz_snapshot/finviz_2023-08.csv',
 *           'us-stock-monitor/fundamentals_sp500_2026-06-29.csv',
 *           'factor_attribution/stock_panel/universe.csv', 'market-base/fred/_release_dates.csv']:
 *     print(f, len(pd.read_csv(f, dtype=str, keep_default_na=False)))
 * for f in sorted(glob.glob('ken_french/*')):  # annual blocks: rows whose first cell is YYYY
 *     ys = [int(l.split(',')[0]) for l in open(f, encoding='latin-1') if re.fullmatch(r'\s*\d{4}', l.split(',')[0])]
 *     print(f, len(ys), min(ys, default=None), max(ys, default=None))
 * EOF
 * }</pre>
 */
final class SharedDataExpectations {

  private SharedDataExpectations() {}

  /** Files under the data folder other than README.md (pandas: {@code find . -type f}). */
  static final int DATA_FILES = 135;

  /** README rows with a date range (all but the 7 holdings/screener files, universe, releases). */
  static final int SERIES_FILES = 126;

  /** The stock panel: one series per ticker column (README notes: 2,860 tickers). */
  static final String PANEL = "factor_attribution/stock_panel/adj_close_wide_2019-2026.csv.gz";

  /** Rows of {@code market-base/fred/_release_dates.csv} after the header (pandas). */
  static final long RELEASE_DATES = 113;

  /** Series a file must yield, where not 1: wide FRED files' columns with data, the panel. */
  static final Map<String, Integer> SERIES_PER_FILE =
      Map.of(
          "market-base/fred/credit.csv",
          19,
          "market-base/fred/growth.csv",
          5,
          "market-base/fred/inflation.csv",
          19,
          "market-base/fred/labor.csv",
          3,
          "market-base/fred/rates.csv",
          28,
          "market-base/fred/sentiment.csv",
          2,
          "market-base/fred/volatility.csv",
          3,
          PANEL,
          2860);

  /**
   * A README row Rotor rightly does not reproduce: the README counts every dated row, Rotor stores
   * observations, and these files have dated rows without a value in {@code column}.
   *
   * @param first first date with a value (pandas)
   * @param last last date with a value (pandas)
   * @param rows dates with a value (pandas)
   * @param column the value column (0-based) whose empty cells explain the difference
   * @param why the documented reason
   */
  record Deviation(LocalDate first, LocalDate last, long rows, int column, String why) {}

  private static final String HOLIDAYS =
      "FRED daily series: empty values (FRED's '.') on market holidays; README counts those rows";
  private static final String LATE_START =
      "the file starts before the series: leading rows have empty values";
  private static final String SHUTDOWN =
      "README quirk: 2025-10-01 is empty (federal shutdown); README counts the row";

  private static Deviation fred(String first, String last, long rows, String why) {
    return new Deviation(LocalDate.parse(first), LocalDate.parse(last), rows, 1, why);
  }

  /** Every README row whose range or count differs from what Rotor must store, and why. */
  static final Map<String, Deviation> DEVIATIONS =
      Map.ofEntries(
          Map.entry(
              "fred_macro-monitor/BAMLC0A0CM.csv",
              fred("1996-12-31", "2025-12-30", 7570, HOLIDAYS)),
          Map.entry(
              "fred_macro-monitor/BAMLH0A0HYM2.csv",
              fred("1996-12-31", "2025-12-30", 7571, HOLIDAYS)),
          Map.entry(
              "fred_macro-monitor/CIVPART.csv", fred("1980-01-01", "2025-11-01", 550, SHUTDOWN)),
          Map.entry(
              "fred_macro-monitor/CPIAUCSL.csv", fred("1980-01-01", "2025-11-01", 550, SHUTDOWN)),
          Map.entry(
              "fred_macro-monitor/CPILFESL.csv", fred("1980-01-01", "2025-11-01", 550, SHUTDOWN)),
          Map.entry(
              "fred_macro-monitor/U6RATE.csv", fred("1994-01-01", "2025-11-01", 382, SHUTDOWN)),
          Map.entry(
              "fred_macro-monitor/UNRATE.csv", fred("1980-01-01", "2025-11-01", 550, SHUTDOWN)),
          Map.entry(
              "fred_macro-monitor/CSUSHPINSA.csv",
              fred("1987-01-01", "2025-10-01", 466, LATE_START + " (Case-Shiller starts 1987)")),
          Map.entry(
              "fred_macro-monitor/DGORDER.csv",
              fred("1992-02-01", "2025-10-01", 405, LATE_START + " (durable goods from 1992-02)")),
          Map.entry(
              "fred_macro-monitor/PALLFNFINDEXM.csv",
              fred("2003-01-01", "2025-06-01", 270, LATE_START + " (IMF index from 2003)")),
          Map.entry(
              "fred_macro-monitor/PCOPPUSDM.csv",
              fred("1990-01-01", "2025-06-01", 426, LATE_START + " (copper price from 1990)")),
          Map.entry(
              "fred_macro-monitor/WM2NS.csv",
              fred("1981-01-05", "2025-12-01", 2344, LATE_START + " (weekly M2 from 1981)")),
          Map.entry(
              "fred_macro-monitor/DCOILBRENTEU.csv",
              fred("1987-05-20", "2025-12-29", 9797, HOLIDAYS)),
          Map.entry(
              "fred_macro-monitor/DCOILWTICO.csv",
              fred("1986-01-02", "2025-12-29", 10067, HOLIDAYS)),
          Map.entry(
              "fred_macro-monitor/DGS10.csv",
              fred("1980-01-02", "2025-12-30", 11499, HOLIDAYS + " (first row 1980-01-01 too)")),
          Map.entry(
              "fred_macro-monitor/DGS2.csv",
              fred("1980-01-02", "2025-12-30", 11499, HOLIDAYS + " (first row 1980-01-01 too)")),
          Map.entry(
              "fred_macro-monitor/DGS30.csv",
              fred("1980-01-02", "2025-12-30", 11499, HOLIDAYS + " (first row 1980-01-01 too)")),
          Map.entry(
              "fred_macro-monitor/T10Y2Y.csv",
              fred("1980-01-02", "2025-12-31", 11500, HOLIDAYS + " (first row 1980-01-01 too)")),
          Map.entry(
              "fred_macro-monitor/SP500.csv",
              fred("2016-01-04", "2025-12-31", 2514, HOLIDAYS + " (first row 2016-01-01 too)")),
          Map.entry(
              "fred_macro-monitor/DTWEXBGS.csv", fred("2006-01-02", "2025-12-26", 5010, HOLIDAYS)),
          Map.entry(
              "fred_macro-monitor/GASREGW.csv",
              fred("1990-08-20", "2025-12-29", 1840, "weekly gas price: a few empty weeks")),
          Map.entry(
              "fred_macro-monitor/RRPONTSYD.csv",
              fred("2003-02-07", "2025-12-31", 3150, "reverse repo: no operation on many days")),
          Map.entry(
              "fred_macro-monitor/T10YIE.csv", fred("2003-01-02", "2025-12-31", 5753, HOLIDAYS)),
          Map.entry(
              "fred_macro-monitor/T5YIE.csv", fred("2003-01-02", "2025-12-31", 5753, HOLIDAYS)),
          Map.entry(
              "fred_macro-monitor/VIXCLS.csv", fred("1990-01-02", "2025-12-30", 9091, HOLIDAYS)),
          Map.entry(
              "silverlight/VIX.csv",
              new Deviation(
                  LocalDate.parse("1990-01-02"),
                  LocalDate.parse("2025-09-25"),
                  9000,
                  4,
                  "README quirk: 1,938 'null' cells = 323 rows x 6 fields without a close;"
                      + " Rotor skips those dates (with a note)")));

  private static final Pattern DATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * Counts the dated rows of {@code file} whose cell {@code d.column()} is empty, {@code .} or
   * {@code null}: the rows the README counts and Rotor cannot store.
   */
  static long explain(Path file, Deviation d) throws IOException {
    long n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cells = line.split(",", -1);
      if (DATED.matcher(cells[0].trim()).matches()) {
        String v = cells.length > d.column() ? cells[d.column()].trim() : "";
        if (v.isEmpty() || v.equals(".") || v.equals("null")) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * The annual blocks of a French file (dated December 31), which the README's "dated rows" do not
   * count (its date test accepts YYYYMM and ISO dates, not a bare YYYY): rows summed over blocks.
   */
  record Annual(long rows, Year first, Year last) {}

  static final Map<String, Annual> FRENCH_ANNUAL =
      Map.of(
          // vw_annual, ew_annual 98 rows 1927-2024; be_me_sum, be_me_vw 99 rows 1926-2024
          "ken_french/12_Industry_Portfolios.CSV",
          new Annual(394, Year.of(1926), Year.of(2024)),
          // vw_annual, ew_annual 99 rows 1927-2025; be_me_sum, be_me_vw 100 rows 1926-2025
          "ken_french/49_Industry_Portfolios.csv",
          new Annual(398, Year.of(1926), Year.of(2025)),
          "ken_french/F-F_Research_Data_5_Factors_2x3.csv",
          new Annual(62, Year.of(1964), Year.of(2025)),
          "ken_french/F-F_Research_Data_Factors.csv",
          new Annual(99, Year.of(1927), Year.of(2025)),
          // vw_annual, ew_annual 98 rows 1927-2024
          "ken_french/Portfolios_Formed_on_ME.CSV",
          new Annual(196, Year.of(1927), Year.of(2024)));

  /**
   * A cross-section file.
   *
   * @param path relative to the data folder
   * @param asOf the date Rotor must give (README prose), null when the file states none
   * @param rows rows Rotor must store (pandas; README prose gives approximate figures)
   * @param equityRows rows of asset class exactly Equity (stocks), -1 when the file has no asset
   *     class
   */
  record Snapshot(String path, LocalDate asOf, int rows, int equityRows) {}

  /**
   * The snapshots. iShares: README "as of May 05, 2026" (IWM) and "Jun 19, 2026" (others), "~1,924
   * equity rows" for IWM. pandas: IWM 1,929 table rows, 1,924 of asset class Equity, 3 with ticker
   * '-' (unlisted, all Equity) that Rotor skips with a note: 1,926 rows, 1,921 equity. IJR 665
   * rows, 2 '-' (663 kept); 657 Equity of which 51 are total-return swaps (Type SWAP, on stocks
   * also held) and 2 unlisted: 604 equity stock rows, Rotor labelling the swaps "Equity Swap"
   * (documented in its iShares parser). IJH 411 rows, 403 Equity of which 3 swaps: 400. IVV 508
   * rows, 504 Equity. Nasdaq (README "~7,000 rows", "around 2025-02-09") and Finviz ("8,550 rows",
   * "about 2023-08-11") state no date: Rotor dates them the last day of the month in the file name,
   * documented in its note. Fundamentals "~493 stocks as of 2026-06-29". Universe: README table
   * 3,358 rows, no date.
   */
  static final List<Snapshot> SNAPSHOTS =
      List.of(
          new Snapshot("ishares_holdings/IWM_holdings.csv", LocalDate.of(2026, 5, 5), 1926, 1921),
          new Snapshot("ishares_holdings/IJR_holdings.csv", LocalDate.of(2026, 6, 19), 663, 604),
          new Snapshot("ishares_holdings/IJH_holdings.csv", LocalDate.of(2026, 6, 19), 411, 400),
          new Snapshot("ishares_holdings/IVV_holdings.csv", LocalDate.of(2026, 6, 19), 508, 504),
          new Snapshot(
              "nasdaq_screener/nasdaq_screener_2025-02.csv", LocalDate.of(2025, 2, 28), 7007, -1),
          new Snapshot("finviz_snapshot/finviz_2023-08.csv", LocalDate.of(2023, 8, 31), 8550, -1),
          new Snapshot(
              "us-stock-monitor/fundamentals_sp500_2026-06-29.csv",
              LocalDate.of(2026, 6, 29),
              493,
              -1),
          new Snapshot("factor_attribution/stock_panel/universe.csv", null, 3358, -1));
}
