package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {

  @TempDir Path tmp;

  private static FileFormat detect(String name, String text) throws ImportException {
    return FormatDetector.detect(Path.of(name), List.of(text.split("\n", -1)));
  }

  /** The format every data file of a shared-data folder has (README sections 1 to 7). */
  private static FileFormat expected(String relative) {
    String name = relative.substring(relative.lastIndexOf('/') + 1);
    if (relative.startsWith("ken_french/")) {
      return FileFormat.FRENCH;
    } else if (relative.startsWith("fred_macro-monitor/")) {
      return FileFormat.FRED;
    } else if (relative.startsWith("market-base/fred/")) {
      return name.equals("_release_dates.csv") ? FileFormat.FRED_RELEASE_DATES : FileFormat.FRED;
    } else if (relative.startsWith("ishares_holdings/")) {
      return FileFormat.ISHARES;
    } else if (relative.startsWith("nasdaq_screener/")) {
      return FileFormat.NASDAQ_SCREENER;
    } else if (relative.startsWith("finviz_snapshot/")) {
      return FileFormat.FINVIZ;
    } else if (relative.startsWith("us-stock-monitor/")) {
      return FileFormat.FUNDAMENTALS;
    } else if (relative.startsWith("factor_attribution/stock_panel/")) {
      return name.equals("universe.csv") ? FileFormat.UNIVERSE : FileFormat.STOCK_PANEL;
    }
    // market-base/indices, market-base/stocks, etf-seasonality, silverlight, factor_attribution/etf
    return FileFormat.OHLCV;
  }

  @Test
  void detect_everySharedDataFile_givesItsFolderFormat() throws Exception {
    Path root = SharedData.file("README.md").getParent();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
              .sorted()
              .collect(Collectors.toList());
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(135);
    List<String> wrong = new ArrayList<>();
    for (Path p : files) {
      String rel = root.relativize(p).toString().replace('\\', '/');
      FileFormat got = FormatDetector.detect(p);
      if (got != expected(rel)) {
        wrong.add(rel + ": " + got + " instead of " + expected(rel));
      }
    }
    assertThat(wrong).isEmpty();
  }

  // Excerpts written for these tests in the shape of each source (first lines only).
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "yahoo       | X.csv | Date,Open,High,Low,Close,Adj Close,Volume\\n2020-01-02,1,2,0.5,1.5,1.4,10 | OHLCV",
        "yfinance    | X.csv | Date,Close,High,Low,Open,Volume\\n2020-01-02,1,2,0.5,1.5,10 | OHLCV",
        "lowercase   | X.csv | date,open,high,low,close,volume,wap,count\\n2020-01-02,1,2,0.5,1.5,0,, | OHLCV",
        "close only  | X.csv | Date,Close\\n2020-01-02,1.5 | OHLCV",
        "timestamp   | X.csv | timestamp,close\\n2020-01-02,1.5 | OHLCV",
        "no date ohlc| X.csv | Open,High,Low,Close\\n1,2,0.5,1.5 | OHLCV",
        "fred single | X.csv | DATE,UNRATE\\n1948-01-01,3.4 | FRED",
        "fred obs    | X.csv | observation_date,DGS10\\n1962-01-02,4.06 | FRED",
        "date value  | X.csv | date,value\\n2020-01-01,0.01 | FRED",
        "fred wide   | X.csv | date,VIX,HY_OAS,IG_OAS\\n1990-01-02,17.24,, | FRED",
        "release     | X.csv | series_id,last_updated\\nVIXCLS,2026-08-14 08:38:21-05 | FRED_RELEASE_DATES",
        "universe    | X.csv | ticker,in_price_panel,memberships\\nA,Y,IVV | UNIVERSE",
        "fundamental | X.csv | ticker,shortName,sector,marketCap,trailingPE\\nA,Agilent,Healthcare,1,2 | FUNDAMENTALS",
        "nasdaq      | X.csv | Symbol,Name,Last Sale,Net Change,% Change,Market Cap\\nA,Agilent,$1,0,0%,1 | NASDAQ_SCREENER",
        "finviz      | X.csv | ,Company,Sector,Industry,Country\\n0,A,Agilent,Healthcare,Diagnostics | FINVIZ",
        "finviz cols | X.csv | No.,Ticker,Company,P/E,Market Cap\\n1,A,Agilent,20,1B | FINVIZ",
        "ishares     | X.csv | iShares Core S&P Small-Cap ETF\\nFund Holdings as of,\"Jun 19, 2026\" | ISHARES",
        "ishares dt  | X.csv | Some fund\\nFund Holdings as of,\"Jun 19, 2026\" | ISHARES",
        "french pre  | X.csv | This file was created using the 202602 CRSP database.\\n\\n,Mkt-RF,SMB,HML,RF\\n192607,2.89,-2.55,-2.39,0.22 | FRENCH",
        "french blank| X.csv | ,Lo 30,Med 40,Hi 30\\n192607,   0.14,    1.54,    3.42 | FRENCH",
        "french daily| X.csv | Date,Mkt-RF,SMB,HML,RF\\n1926-07-01,0.09,-0.25,-0.27,0.01 | FRENCH",
        "blank lines | X.csv | \\n\\nDate,Close\\n2020-01-02,1.5 | OHLCV",
        "panel gz    | p.csv.gz | date,A,AA,AAL\\n2019-01-02,1,2, | STOCK_PANEL",
        "ohlcv gz    | X.csv.gz | Date,Close\\n2019-01-02,1 | OHLCV",
        "long ticker | X.csv | date,ticker,open,high,low,close,volume\\n2020-01-02,A,1,2,0.5,1.5,10 | OHLCV",
        "long symbol | X.csv | Symbol,Date,Close\\nA,2020-01-02,1.5 | OHLCV",
        "long gz     | X.csv.gz | date,ticker,open,high,low,close,volume\\n2020-01-02,A,1,2,0.5,1.5,10 | OHLCV",
      })
  void detect_excerpt_givesFormat(String label, String name, String text, FileFormat expected)
      throws Exception {
    assertThat(detect(name, text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @Test
  void detect_wideDateHeader_isStockPanel() throws Exception {
    StringBuilder h = new StringBuilder("date");
    for (int i = 0; i < 51; i++) {
      h.append(",T").append(i);
    }
    assertThat(detect("x.csv", h + "\n2020-01-02" + ",1".repeat(51)))
        .isEqualTo(FileFormat.STOCK_PANEL);
    // a ticker named like a French keyword must not matter
    assertThat(detect("x.csv", h.toString().replace("T7", "CRSP")))
        .isEqualTo(FileFormat.STOCK_PANEL);
  }

  @Test
  void detect_returnsShapedFile_isNeverReturns() throws Exception {
    assertThat(detect("my_strategy.csv", "date,return\n2020-01-31,0.012"))
        .isEqualTo(FileFormat.FRED);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"a;b;c\\n1;2;3", "hello world", "name,age\\nbob,3", ",,\\n1,2,3"})
  void detect_unknown_throwsWithFormatList(String text) {
    assertThatThrownBy(() -> detect("x.csv", text.replace("\\n", "\n")))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.problem()).startsWith("cannot tell the format; use --format (one of ");
              assertThat(e.problem()).contains("ohlcv", "nasdaq-screener", "returns");
            });
  }

  @Test
  void detect_emptyOrBlank_throws() {
    assertThatThrownBy(() -> FormatDetector.detect(Path.of("x.csv"), List.of()))
        .isInstanceOf(ImportException.class);
    assertThatThrownBy(() -> detect("x.csv", "\n  \n")).isInstanceOf(ImportException.class);
  }

  @Test
  void detect_fromFile_readsBomAndCrlf() throws IOException, ImportException {
    Path f = tmp.resolve("h.csv");
    Files.write(
        f, "\uFEFFticker,in_price_panel,memberships\r\nA,Y,x\r\n".getBytes(StandardCharsets.UTF_8));
    assertThat(FormatDetector.detect(f)).isEqualTo(FileFormat.UNIVERSE);
  }
}
