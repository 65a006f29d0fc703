package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OhlcvParserTest {

  /** Parsed decimals must equal Double.parseDouble exactly. */
  private static final double EXACT = 0.0;

  /** Relative tolerance for sums of thousands of closes against pandas. */
  private static final double SUM_TOL = 1e-9;

  private final OhlcvParser parser = new OhlcvParser();

  @TempDir Path tmp;

  static Path resource(String name) {
    try {
      return Path.of(OhlcvParserTest.class.getResource("/imports/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private ParsedFile parse(Path file) throws ImportException {
    return parser.parse(file, ImportOptions.defaults());
  }

  private Path write(String name, String content) throws IOException {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  // The expected values below are the cells of the excerpt files themselves (the oracle is the
  // file text, read as Double.parseDouble would).

  @Test
  void parse_yahooWithNullRow_skipsRowAndKeepsPartialNulls() throws Exception {
    ParsedFile f = parse(resource("ohlcv/yahoo/VIX.csv"));
    ParsedSeries s = f.series().get(0);
    BarSeries bars = s.bars();
    assertThat(s.column()).isNull();
    assertThat(s.kind()).isEqualTo(SeriesKind.INDEX);
    assertThat(s.units()).isEqualTo("index points");
    assertThat(s.frequency()).isEqualTo(Frequency.DAILY);
    assertThat(bars.size()).isEqualTo(5);
    assertThat(bars.dates()).doesNotContain(LocalDate.of(2024, 1, 5));
    assertThat(bars.valueAt(BarField.CLOSE, 0)).isEqualTo(13.2, within(EXACT));
    assertThat(bars.valueAt(BarField.HIGH, 2)).isNaN();
    assertThat(bars.valueAt(BarField.LOW, 2)).isEqualTo(13.75, within(EXACT));
    assertThat(bars.valueAt(BarField.VOLUME, 3)).isNaN();
    assertThat(bars.valueAt(BarField.ADJ_CLOSE, 4)).isEqualTo(12.76, within(EXACT));
    assertThat(f.notes()).anyMatch(n -> n.startsWith("1 row without a close"));
  }

  @Test
  void parse_yfinanceColumnOrder_mapsByName() throws Exception {
    ParsedSeries s = parse(resource("ohlcv/yfinance/IWM.csv")).series().get(0);
    BarSeries bars = s.bars();
    assertThat(s.kind()).isEqualTo(SeriesKind.ETF);
    assertThat(s.units()).isEqualTo("USD");
    assertThat(bars.has(BarField.ADJ_CLOSE)).isFalse();
    assertThat(bars.dateAt(1)).isEqualTo(LocalDate.of(2023, 3, 2));
    assertThat(bars.valueAt(BarField.CLOSE, 1)).isEqualTo(188.4375, within(EXACT));
    assertThat(bars.valueAt(BarField.HIGH, 1)).isEqualTo(189.0, within(EXACT));
    assertThat(bars.valueAt(BarField.LOW, 1)).isEqualTo(185.75, within(EXACT));
    assertThat(bars.valueAt(BarField.OPEN, 1)).isEqualTo(186.0, within(EXACT));
    assertThat(bars.valueAt(BarField.VOLUME, 1)).isEqualTo(23750000.0, within(EXACT));
  }

  @Test
  void parse_lowercaseWithWapAndCount_ignoresThemAndNotes() throws Exception {
    ParsedFile f = parse(resource("ohlcv/indices/RUT.csv"));
    BarSeries bars = f.series().get(0).bars();
    assertThat(f.series().get(0).kind()).isEqualTo(SeriesKind.INDEX);
    assertThat(bars.size()).isEqualTo(4);
    assertThat(bars.valueAt(BarField.CLOSE, 3)).isEqualTo(1866.49, within(EXACT));
    assertThat(bars.valueAt(BarField.VOLUME, 3)).isEqualTo(5123400000.0, within(EXACT));
    assertThat(f.notes()).contains("ignored columns: wap, count");
  }

  @Test
  void parse_closeOnly_storesCloseAndNotesBasis() throws Exception {
    ParsedFile f = parse(resource("ohlcv/closes/XLK.csv"));
    ParsedSeries s = f.series().get(0);
    assertThat(s.bars().has(BarField.CLOSE)).isTrue();
    assertThat(s.bars().has(BarField.OPEN)).isFalse();
    assertThat(s.bars().valueAt(BarField.CLOSE, 4)).isEqualTo(173.2578887939453, within(EXACT));
    assertThat(s.name()).isEqualTo("XLK daily closes");
    assertThat(f.notes()).anyMatch(n -> n.contains("dividend-adjusted"));
  }

  @Test
  void parse_bomAndCrlf_readLikePlainFile() throws Exception {
    ParsedSeries s = parse(resource("ohlcv/stocks/AAPL.csv")).series().get(0);
    assertThat(s.kind()).isEqualTo(SeriesKind.STOCK);
    assertThat(s.bars().size()).isEqualTo(3);
    assertThat(s.bars().valueAt(BarField.VOLUME, 2)).isEqualTo(83241144.0, within(EXACT));
  }

  @Test
  void parse_adjCloseHeaderVariants_allMapToAdjClose() throws Exception {
    for (String h : new String[] {"Adj Close", "adj_close", "adjclose", " ADJ CLOSE "}) {
      Path f = write("v/X.csv", "Date,Close," + h + "\n2020-01-02,1.5,1.25\n");
      assertThat(parse(f).series().get(0).bars().valueAt(BarField.ADJ_CLOSE, 0))
          .as(h)
          .isEqualTo(1.25, within(EXACT));
    }
  }

  @Test
  void parse_timestampHeaderAndQuotedCells_areAccepted() throws Exception {
    Path f =
        write("q/X.csv", "timestamp,\"close\"\n\"2020-01-02\",\"1.5\"\n2020-01-03 16:00:00,2\n");
    BarSeries bars = parse(f).series().get(0).bars();
    assertThat(bars.dateAt(1)).isEqualTo(LocalDate.of(2020, 1, 3));
    assertThat(bars.valueAt(BarField.CLOSE, 0)).isEqualTo(1.5, within(EXACT));
  }

  @Test
  void parse_forcedKind_replacesInference() throws Exception {
    ParsedSeries s =
        parser
            .parse(resource("ohlcv/indices/RUT.csv"), new ImportOptions(null, SeriesKind.ETF))
            .series()
            .get(0);
    assertThat(s.kind()).isEqualTo(SeriesKind.ETF);
    assertThat(s.units()).isEqualTo("USD");
  }

  @ParameterizedTest
  @CsvSource({
    "data/indices/FOO.csv, INDEX",
    "data/stocks/^FOO.csv, INDEX",
    "x/spx.csv, INDEX",
    "x/GSPC.csv, INDEX",
    "x/VIX.csv, INDEX",
    "x/NDX.csv, INDEX",
    "x/DJI.csv, INDEX",
    "x/IXIC.csv, INDEX",
    "x/RUT.csv, INDEX",
    "x/SPY.csv, ETF",
    "x/xlre.csv, ETF",
    "x/MDY.csv, ETF",
    "x/VB.csv, ETF",
    "x/AAPL.csv, STOCK",
    "x/BRK-B.csv, STOCK",
  })
  void inferKind_pathAndName_givesDocumentedKind(String path, SeriesKind expected) {
    assertThat(OhlcvParser.inferKind(Path.of(path))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text in number   | Date,Close\\n2020-01-02,abc\\n                  | 2 | Close | not a number",
        "huge number      | Date,Close\\n2020-01-02,1e400\\n                | 2 | Close | not a finite",
        "NaN              | Date,Close,Open\\n2020-01-02,1,NaN\\n           | 2 | Open  | not a number",
        "bad date         | Date,Close\\n2020-01-02,1\\n2020-02-30,1\\n     | 3 | Date  | not a valid date",
        "text date        | Date,Close\\n2020-01-02,1\\nyesterday,1\\n      | 3 | Date  | not a valid date",
        "unsorted         | Date,Close\\n2020-01-03,1\\n2020-01-02,1\\n     | 3 | Date  | not ascending",
        "duplicate        | Date,Close\\n2020-01-02,1\\n2020-01-02,2\\n     | 3 | Date  | duplicate",
        "dup of null row  | Date,Close\\n2020-01-02,null\\n2020-01-02,2\\n  | 3 | Date  | duplicate",
        "short row        | Date,Open,Close\\n2020-01-02,1,2\\n2020-01-03,1\\n | 3 |   | expected 3 fields",
        "long row         | Date,Close\\n2020-01-02,1,2\\n                  | 2 |       | expected 2 fields",
        "truncated last   | Date,Open,Close\\n2020-01-02,1,2\\n2020-01-0      | 3 |   | expected 3 fields",
        "no close column  | Date,Open\\n2020-01-02,1\\n                     | 1 |       | no close column",
        "no date column   | Day,Close\\n2020-01-02,1\\n                     | 1 |       | no date column",
        "two closes       | Date,Close,close\\n2020-01-02,1,2\\n            | 1 | close | twice",
        "header only      | Date,Close\\n                                   | 1 |       | no data rows",
        "all nulls        | Date,Close\\n2020-01-02,null\\n                 | 2 |       | no row has a close",
        "hex number       | Date,Close\\n2020-01-02,0x1p3\\n                | 2 | Close | not a number",
        "java suffix      | Date,Close\\n2020-01-02,1.5d\\n                 | 2 | Close | not a number",
      })
  void parse_badInput_throwsWithLineAndField(
      String label, String content, long line, String field, String problem) throws Exception {
    Path f = write("bad/X.csv", content.replace("\\n", "\n"));
    assertThatThrownBy(() -> parse(f))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.problem()).contains(problem);
              assertThat(e.getMessage()).contains("X.csv");
            });
  }

  @Test
  void parse_emptyFile_throwsImportException() throws Exception {
    Path f = write("e/X.csv", "");
    assertThatThrownBy(() -> parse(f))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("empty file");
  }

  @Test
  void parse_missingFile_throwsImportException() {
    assertThatThrownBy(() -> parse(tmp.resolve("nope.csv"))).isInstanceOf(ImportException.class);
  }

  @Test
  void parse_gzipFile_readsLikePlain() throws Exception {
    Path f = tmp.resolve("SPY.csv.gz");
    Corruption.write(
        f, "Date,Close\n2020-01-02,1.5\n2020-01-03,1.75\n".getBytes(StandardCharsets.UTF_8));
    ParsedSeries s = parse(f).series().get(0);
    assertThat(s.kind()).isEqualTo(SeriesKind.ETF);
    assertThat(s.bars().valueAt(BarField.CLOSE, 1)).isEqualTo(1.75, within(EXACT));
  }

  @Test
  void parse_seededCorruptionOfGoldenExcerpts_onlyImportExceptionEscapes() throws Exception {
    String[] excerpts = {
      "ohlcv/yahoo/VIX.csv",
      "ohlcv/yfinance/IWM.csv",
      "ohlcv/indices/RUT.csv",
      "ohlcv/closes/XLK.csv",
      "ohlcv/stocks/AAPL.csv"
    };
    int rejected = 0;
    for (int k = 0; k < excerpts.length; k++) {
      String golden = Files.readString(resource(excerpts[k]), StandardCharsets.UTF_8);
      rejected += Corruption.check(tmp, "C" + k + ".csv", golden, 1000 + k, 400, this::parse);
      rejected += Corruption.check(tmp, "G" + k + ".csv.gz", golden, 2000 + k, 100, this::parse);
    }
    // most corruptions must be caught; a few (a deleted data row, a digit changed) stay valid
    assertThat(rejected).isGreaterThan(excerpts.length * 250);
  }

  private static final String[] EXCERPTS = {
    "ohlcv/yahoo/VIX.csv",
    "ohlcv/yfinance/IWM.csv",
    "ohlcv/indices/RUT.csv",
    "ohlcv/closes/XLK.csv",
    "ohlcv/stocks/AAPL.csv"
  };

  @Test
  void parse_tinyParallelChunks_equalOnePass() throws Exception {
    OhlcvParser onePass = new OhlcvParser(Long.MAX_VALUE, 1);
    for (int parts = 2; parts <= 7; parts++) {
      OhlcvParser chunked = new OhlcvParser(1, parts);
      for (String name : EXCERPTS) {
        ParsedFile a = onePass.parse(resource(name), ImportOptions.defaults());
        ParsedFile b = chunked.parse(resource(name), ImportOptions.defaults());
        assertThat(b).as(name + " in " + parts + " parts").isEqualTo(a);
      }
    }
  }

  /**
   * Invariant: reading in parallel chunks gives the same series, or the same error, as one pass.
   */
  @Test
  void parse_seededCorruptionInParallelChunks_sameOutcomeAsOnePass() throws Exception {
    OhlcvParser onePass = new OhlcvParser(Long.MAX_VALUE, 1);
    OhlcvParser chunked = new OhlcvParser(1, 6);
    Random rnd = new Random(77);
    Path file = tmp.resolve("P.csv");
    int errors = 0;
    for (int round = 0; round < 1500; round++) {
      String golden =
          Files.readString(resource(EXCERPTS[round % EXCERPTS.length]), StandardCharsets.UTF_8);
      byte[] bytes = Corruption.corrupt(golden, rnd);
      Files.write(file, bytes);
      Object a;
      Object b;
      try {
        a = onePass.parse(file, ImportOptions.defaults());
      } catch (ImportException e) {
        a = e.getMessage();
        errors++;
      }
      try {
        b = chunked.parse(file, ImportOptions.defaults());
      } catch (ImportException e) {
        b = e.getMessage();
      }
      assertThat(b).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(a);
    }
    assertThat(errors).isGreaterThan(750);
  }

  @Test
  void inferFrequency_randomDates_matchesFrequencyInfer() {
    Random rnd = new Random(7);
    for (int round = 0; round < 300; round++) {
      int n = rnd.nextInt(40);
      int[] gaps = {1, 1, 3, 7, 7, 14, 30, 31, 91, 92, 365, 366, 500, 1000};
      int spread = 1 + rnd.nextInt(gaps.length);
      int[] days = new int[n];
      LocalDate[] dates = new LocalDate[n];
      int day = rnd.nextInt(20000) - 10000;
      for (int i = 0; i < n; i++) {
        day += rnd.nextBoolean() ? gaps[rnd.nextInt(spread)] : 1 + rnd.nextInt(600);
        days[i] = day;
        dates[i] = LocalDate.ofEpochDay(day);
      }
      assertThat(OhlcvParser.inferFrequency(days, n)).isEqualTo(Frequency.infer(dates));
    }
  }

  // Real data: expected row counts, first and last dates from /work/shared/data/README.md
  // (VIX: 9323 dated rows minus 323 all-null rows); close sums from pandas 1.5.3, computed with
  //   /usr/bin/python3 -c "import pandas as pd; df=pd.read_csv(f, na_values=['null']);
  //     df=df.dropna(subset=[close]); print(len(df), df[date].iloc[0], df[date].iloc[-1],
  //     repr(df[close].sum()))"
  // for each file f (close = the column named close in any case).
  @ParameterizedTest
  @CsvSource({
    "market-base/indices/IXIC.csv,2552,2016-06-28,2026-08-21,32017108.11,INDEX",
    "market-base/indices/RUT.csv,2552,2016-06-28,2026-08-21,4736081.0600000005,INDEX",
    "market-base/indices/SPX.csv,2552,2016-06-28,2026-08-21,10380363.75,INDEX",
    "market-base/stocks/AAPL.csv,2553,2016-06-27,2026-08-21,335262.37,STOCK",
    "market-base/stocks/AMZN.csv,2552,2016-06-28,2026-08-21,337693.32,STOCK",
    "market-base/stocks/GOOG.csv,2552,2016-06-28,2026-08-21,303585.04000000004,STOCK",
    "market-base/stocks/META.csv,2552,2016-06-28,2026-08-21,790005.9900000001,STOCK",
    "market-base/stocks/MSFT.csv,2553,2016-06-27,2026-08-21,636965.4199999999,STOCK",
    "market-base/stocks/NVDA.csv,2552,2016-06-28,2026-08-21,122281.69,STOCK",
    "market-base/stocks/QQQ.csv,2552,2016-06-28,2026-08-21,817142.9199999999,ETF",
    "market-base/stocks/SPY.csv,2552,2016-06-28,2026-08-21,1035803.11,ETF",
    "market-base/stocks/TSLA.csv,2552,2016-06-28,2026-08-21,437609.64,STOCK",
    "etf-seasonality/DIA.csv,7192,1998-01-20,2026-08-21,1368029.8609848022,ETF",
    "etf-seasonality/IWM.csv,6598,2000-05-26,2026-08-21,764553.5250434875,ETF",
    "etf-seasonality/QQQ.csv,6906,1999-03-10,2026-08-21,1064332.94115448,ETF",
    "etf-seasonality/SPY.csv,8448,1993-01-29,2026-08-21,1732996.6197357178,ETF",
    "silverlight/IWB.csv,6377,2000-05-19,2025-09-26,785270.4787339999,ETF",
    "silverlight/IWD.csv,6372,2000-05-26,2025-09-26,616198.118165,ETF",
    "silverlight/IWF.csv,6372,2000-05-26,2025-09-26,771904.208317,ETF",
    "silverlight/IWM.csv,6372,2000-05-26,2025-09-26,704186.284975,ETF",
    "silverlight/IWN.csv,6329,2000-07-28,2025-09-26,581447.08239,ETF",
    "silverlight/IWR.csv,6057,2001-08-27,2025-09-26,244649.83510899998,ETF",
    "silverlight/SPX.csv,24551,1927-12-30,2025-09-26,17150126.717578,INDEX",
    "silverlight/SPY.csv,8222,1993-01-29,2025-09-26,1574030.579693,ETF",
    "silverlight/VIX.csv,9000,1990-01-02,2025-09-25,175220.440026,INDEX",
    "silverlight/XLB.csv,6731,1998-12-22,2025-09-25,305705.141635,ETF",
    "silverlight/XLC.csv,1828,2018-06-19,2025-09-25,123445.037027,ETF",
    "silverlight/XLE.csv,6731,1998-12-22,2025-09-25,396019.78629799996,ETF",
    "silverlight/XLF.csv,6731,1998-12-22,2025-09-25,159447.975214,ETF",
    "silverlight/XLI.csv,6731,1998-12-22,2025-09-25,365033.221337,ETF",
    "silverlight/XLK.csv,6731,1998-12-22,2025-09-25,417942.459912,ETF",
    "silverlight/XLP.csv,6731,1998-12-22,2025-09-25,283734.85060999996,ETF",
    "silverlight/XLRE.csv,2506,2015-10-08,2025-09-25,93015.78298999999,ETF",
    "silverlight/XLU.csv,6731,1998-12-22,2025-09-25,290958.282549,ETF",
    "silverlight/XLV.csv,6731,1998-12-22,2025-09-25,421837.16525799996,ETF",
    "silverlight/XLY.csv,6731,1998-12-22,2025-09-25,506075.345202,ETF",
    "factor_attribution/etf/DIA.csv,7178,1998-01-20,2026-08-03,1127852.1121635437,ETF",
    "factor_attribution/etf/IJH.csv,6584,2000-05-26,2026-08-03,167601.92722082138,ETF",
    "factor_attribution/etf/IJR.csv,6584,2000-05-26,2026-08-03,326309.59589481354,ETF",
    "factor_attribution/etf/IWB.csv,6589,2000-05-19,2026-08-03,763281.1046237946,ETF",
    "factor_attribution/etf/IWD.csv,6584,2000-05-26,2026-08-03,542673.3382148743,ETF",
    "factor_attribution/etf/IWF.csv,6584,2000-05-26,2026-08-03,204437.6917104721,ETF",
    "factor_attribution/etf/IWM.csv,6584,2000-05-26,2026-08-03,677448.8333587646,ETF",
    "factor_attribution/etf/IWN.csv,6541,2000-07-28,2026-08-03,520850.7646141052,ETF",
    "factor_attribution/etf/IWO.csv,6541,2000-07-28,2026-08-03,876141.6678314209,ETF",
    "factor_attribution/etf/QQQ.csv,6892,1999-03-10,2026-08-03,1006104.5766658783,ETF",
    "factor_attribution/etf/RSP.csv,5851,2003-05-01,2026-08-03,446146.7995328903,ETF",
    "factor_attribution/etf/SPY.csv,8434,1993-01-29,2026-08-03,1463280.2222805023,ETF",
    "factor_attribution/etf/VB.csv,5662,2004-01-30,2026-08-03,636108.613861084,ETF",
    "factor_attribution/etf/XLB.csv,6944,1998-12-22,2026-08-03,133754.63242387772,ETF",
    "factor_attribution/etf/XLC.csv,2041,2018-06-19,2026-08-03,142640.80528640747,ETF",
    "factor_attribution/etf/XLE.csv,6944,1998-12-22,2026-08-03,145599.33996391296,ETF",
    "factor_attribution/etf/XLF.csv,6944,1998-12-22,2026-08-03,138448.86873412132,ETF",
    "factor_attribution/etf/XLI.csv,6944,1998-12-22,2026-08-03,343580.3659391403,ETF",
    "factor_attribution/etf/XLK.csv,6944,1998-12-22,2026-08-03,224605.5458931923,ETF",
    "factor_attribution/etf/XLP.csv,6944,1998-12-22,2026-08-03,234614.46994876862,ETF",
    "factor_attribution/etf/XLRE.csv,2719,2015-10-08,2026-08-03,86332.23798561096,ETF",
    "factor_attribution/etf/XLU.csv,6944,1998-12-22,2026-08-03,112004.02634692192,ETF",
    "factor_attribution/etf/XLV.csv,6944,1998-12-22,2026-08-03,393605.1679058075,ETF",
    "factor_attribution/etf/XLY.csv,6944,1998-12-22,2026-08-03,255534.24925279617,ETF",
  })
  void parse_realFile_matchesReadmeAndPandas(
      String path, int rows, LocalDate first, LocalDate last, double closeSum, SeriesKind kind)
      throws Exception {
    ParsedFile f = parse(SharedData.file(path));
    ParsedSeries s = f.series().get(0);
    BarSeries bars = s.bars();
    assertThat(bars.size()).isEqualTo(rows);
    assertThat(bars.dateAt(0)).isEqualTo(first);
    assertThat(bars.dateAt(rows - 1)).isEqualTo(last);
    assertThat(s.kind()).isEqualTo(kind);
    assertThat(s.frequency()).isEqualTo(Frequency.DAILY);
    double sum = 0;
    for (double c : bars.column(BarField.CLOSE)) {
      sum += c;
    }
    assertThat(sum).isCloseTo(closeSum, within(SUM_TOL * closeSum));
    if (path.equals("silverlight/VIX.csv")) {
      assertThat(f.notes()).anyMatch(n -> n.startsWith("323 rows without a close"));
    }
    if (path.startsWith("silverlight/")) {
      assertThat(bars.has(BarField.ADJ_CLOSE)).isTrue();
    }
  }
}
