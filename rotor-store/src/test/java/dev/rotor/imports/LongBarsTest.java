package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The long OHLCV format ({@code date,ticker,...}) read by {@link OhlcvParser} via LongBars. */
class LongBarsTest {

  /** Parsed decimals must equal Double.parseDouble exactly. */
  private static final double EXACT = 0.0;

  /** Relative tolerance for sums of a few closes against pandas. */
  private static final double SUM_TOL = 1e-12;

  private static final String GOLDEN = "ohlcv/long/bars.csv";

  private final OhlcvParser parser = new OhlcvParser();

  @TempDir Path tmp;

  private ParsedFile parse(Path file) throws ImportException {
    return parser.parse(file, ImportOptions.defaults());
  }

  private Path write(String name, String content) throws IOException {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Map<String, ParsedSeries> byColumn(ParsedFile f) {
    Map<String, ParsedSeries> out = new LinkedHashMap<>();
    for (ParsedSeries s : f.series()) {
      out.put(s.column(), s);
    }
    return out;
  }

  // Expected cells are the excerpt's own text (read as Double.parseDouble would). Counts and close
  // sums per ticker from pandas 1.5.3:
  //   /usr/bin/python3 -c "import pandas as pd; df=pd.read_csv(f, na_values=['null']);
  //     df['Ticker']=df['Ticker'].str.replace(r'\s+','_',regex=True);
  //     d=df.dropna(subset=['Close']); print(d.groupby('Ticker',sort=False).agg(
  //     n=('Close','size'), s=('Close','sum'), v=('Volume','sum')))"
  // gives AAPL 4 732.98 275190100, SPY 4 1876.64 313328500, ^VIX 3 40.59 0, BRK_B 2 721.50 6600000.
  @Test
  void parse_goldenExcerpt_oneSeriesPerTickerInFirstAppearanceOrder() throws Exception {
    ParsedFile f = parse(OhlcvParserTest.resource(GOLDEN));
    Map<String, ParsedSeries> s = byColumn(f);
    assertThat(s.keySet()).containsExactly("AAPL", "SPY", "^VIX", "BRK_B");
    int[] counts = {4, 4, 3, 2};
    double[] closeSums = {732.98, 1876.64, 40.59, 721.50};
    int k = 0;
    for (ParsedSeries p : s.values()) {
      double sum = 0;
      for (double c : p.bars().column(BarField.CLOSE)) {
        sum += c;
      }
      assertThat(p.bars().size()).as(p.column()).isEqualTo(counts[k]);
      assertThat(sum).as(p.column()).isCloseTo(closeSums[k], within(SUM_TOL * closeSums[k]));
      assertThat(p.frequency()).isEqualTo(Frequency.DAILY);
      assertThat(p.name()).isEqualTo(p.column() + " daily bars");
      k++;
    }
    assertThat(f.format()).isEqualTo(FileFormat.OHLCV);
    assertThat(f.notes())
        .anyMatch(n -> n.startsWith("2 rows without a close"))
        .contains("1 ticker without any close skipped: GONE");
  }

  @Test
  void parse_goldenExcerpt_cellsKindsAndUnits() throws Exception {
    Map<String, ParsedSeries> s = byColumn(parse(OhlcvParserTest.resource(GOLDEN)));
    BarSeries spy = s.get("SPY").bars();
    assertThat(s.get("SPY").kind()).isEqualTo(SeriesKind.ETF);
    assertThat(s.get("SPY").units()).isEqualTo("USD");
    assertThat(spy.dateAt(2)).isEqualTo(LocalDate.of(2024, 1, 4));
    assertThat(spy.valueAt(BarField.OPEN, 2)).isEqualTo(468.30, within(EXACT));
    assertThat(spy.valueAt(BarField.ADJ_CLOSE, 2)).isEqualTo(461.67, within(EXACT));
    assertThat(spy.valueAt(BarField.VOLUME, 2)).isNaN();
    BarSeries vix = s.get("^VIX").bars();
    assertThat(s.get("^VIX").kind()).isEqualTo(SeriesKind.INDEX);
    assertThat(s.get("^VIX").units()).isEqualTo("index points");
    assertThat(vix.dates())
        .containsExactly(
            LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 5));
    assertThat(vix.valueAt(BarField.VOLUME, 1)).isNaN();
    assertThat(vix.valueAt(BarField.CLOSE, 2)).isEqualTo(13.35, within(EXACT));
    assertThat(s.get("AAPL").kind()).isEqualTo(SeriesKind.STOCK);
    assertThat(s.get("AAPL").bars().valueAt(BarField.HIGH, 3)).isEqualTo(182.76, within(EXACT));
    BarSeries brk = s.get("BRK_B").bars();
    assertThat(brk.valueAt(BarField.LOW, 1)).isEqualTo(358.10, within(EXACT));
  }

  @Test
  void parse_symbolColumnAndCloseOnly_namesClosesAndForcedKind() throws Exception {
    Path f =
        write(
            "c/x.csv",
            "Symbol , date,close\nQQQ,2020-01-02,1.5\nXYZ,2020-01-02,2\nQQQ,2020-01-03,1.75\n");
    ParsedFile parsed = parser.parse(f, new ImportOptions(null, SeriesKind.FACTOR));
    Map<String, ParsedSeries> s = byColumn(parsed);
    assertThat(s.get("QQQ").name()).isEqualTo("QQQ daily closes");
    assertThat(s.get("QQQ").kind()).isEqualTo(SeriesKind.FACTOR);
    assertThat(s.get("XYZ").bars().size()).isEqualTo(1);
    assertThat(parsed.notes()).anyMatch(n -> n.startsWith("close-only file"));
  }

  @Test
  void parse_indicesFolder_makesEveryTickerAnIndex() throws Exception {
    Path f = write("data/indices/all.csv", "date,ticker,close\n2020-01-02,SPY,1\n2020-01-02,A,2\n");
    for (ParsedSeries s : parse(f).series()) {
      assertThat(s.kind()).as(s.column()).isEqualTo(SeriesKind.INDEX);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "dup in ticker    | date,ticker,close\\n2020-01-02,A,1\\n2020-01-02,B,1\\n2020-01-02,A,2\\n | 4 | date   | duplicate date 2020-01-02 for ticker A",
        "unsorted ticker  | date,ticker,close\\n2020-01-03,A,1\\n2020-01-02,B,1\\n2020-01-02,A,1\\n | 4 | date   | dates not ascending: 2020-01-02 after 2020-01-03 for ticker A",
        "dup of null row  | date,ticker,close\\n2020-01-02,A,null\\n2020-01-02,A,2\\n              | 3 | date   | duplicate date 2020-01-02 for ticker A",
        "dup spaced name  | date,ticker,close\\n2020-01-02,B  B,1\\n2020-01-02,B B,2\\n             | 3 | date   | for ticker B_B",
        "empty ticker     | date,ticker,close\\n2020-01-02,A,1\\n2020-01-02,,1\\n                 | 3 | ticker | empty ticker",
        "blank ticker     | date,Symbol,close\\n2020-01-02,   ,1\\n                              | 2 | Symbol | empty ticker",
        "quoted empty     | date,ticker,close\\n2020-01-02,\"\",1\\n                              | 2 | ticker | empty ticker",
        "quote in ticker  | date,ticker,close\\n2020-01-02,\"A\"\"B\",1\\n                        | 2 | ticker | not allowed",
        "no close column  | date,ticker,open\\n2020-01-02,A,1\\n                                 | 1 |        | no close column",
        "no date column   | day,ticker,close\\n2020-01-02,A,1\\n                                 | 1 |        | no date column",
        "two tickers      | date,ticker,symbol,close\\n2020-01-02,A,A,1\\n                        | 1 | symbol | a second ticker column",
        "short row        | date,ticker,open,close\\n2020-01-02,A,1,2\\n2020-01-02,B,1\\n         | 3 |        | expected 4 fields",
        "bad date         | date,ticker,close\\n2020-02-30,A,1\\n                                 | 2 | date   | not a valid date",
        "text close       | date,ticker,close\\n2020-01-02,A,abc\\n                               | 2 | close  | not a number",
        "header only      | date,ticker,close\\n                                                | 1 |        | no data rows",
        "all nulls        | date,ticker,close\\n2020-01-02,A,null\\n2020-01-02,B,\\n              | 3 |        | no row has a close",
      })
  void parse_badLongInput_throwsWithLineFieldAndTicker(
      String label, String content, long line, String field, String problem) throws Exception {
    Path f = write("bad/L.csv", content.replace("\\n", "\n"));
    assertThatThrownBy(() -> parse(f))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.problem()).contains(problem);
              assertThat(e.getMessage()).contains("L.csv");
            });
  }

  @Test
  void parse_seededCorruptionOfGoldenExcerpt_onlyImportExceptionEscapes() throws Exception {
    String golden = Files.readString(OhlcvParserTest.resource(GOLDEN), StandardCharsets.UTF_8);
    int rejected = Corruption.check(tmp, "C.csv", golden, 3001, 1500, this::parse);
    rejected += Corruption.check(tmp, "G.csv.gz", golden, 3002, 200, this::parse);
    // most corruptions must be caught; a few (a deleted data row, a digit changed) stay valid
    assertThat(rejected).isGreaterThan(1000);
  }

  @Test
  void parse_tinyParallelChunks_equalOnePass() throws Exception {
    OhlcvParser onePass = new OhlcvParser(Long.MAX_VALUE, 1);
    Path golden = OhlcvParserTest.resource(GOLDEN);
    ParsedFile a = onePass.parse(golden, ImportOptions.defaults());
    for (int parts = 2; parts <= 9; parts++) {
      ParsedFile b = new OhlcvParser(1, parts).parse(golden, ImportOptions.defaults());
      assertThat(b).as(parts + " parts").isEqualTo(a);
    }
  }

  /**
   * Invariant: reading in parallel chunks gives the same series, or the same error, as one pass.
   */
  @Test
  void parse_seededCorruptionInParallelChunks_sameOutcomeAsOnePass() throws Exception {
    OhlcvParser onePass = new OhlcvParser(Long.MAX_VALUE, 1);
    OhlcvParser chunked = new OhlcvParser(1, 6);
    String golden = Files.readString(OhlcvParserTest.resource(GOLDEN), StandardCharsets.UTF_8);
    Random rnd = new Random(78);
    Path file = tmp.resolve("P.csv");
    int errors = 0;
    for (int round = 0; round < 1500; round++) {
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

  /**
   * Invariant on seeded random long files (tickers interleaved at random, dates ascending within
   * each, some rows without a close): every ticker's series equals the rows written for it, read in
   * one pass or in 2 to 7 parallel chunks.
   */
  @Test
  void parse_randomInterleavedTickers_equalPerTickerModel() throws Exception {
    Random rnd = new Random(20261124);
    for (int round = 0; round < 40; round++) {
      int tickers = 1 + rnd.nextInt(60);
      Map<String, List<double[]>> model = new LinkedHashMap<>();
      List<String> lines = new ArrayList<>();
      int[] day = new int[tickers];
      int[] left = new int[tickers];
      int total = 0;
      for (int t = 0; t < tickers; t++) {
        day[t] = 18000 + rnd.nextInt(30);
        left[t] = 1 + rnd.nextInt(40);
        total += left[t];
      }
      String[] names = new String[tickers];
      for (int t = 0; t < tickers; t++) {
        names[t] = "T" + t + (rnd.nextInt(5) == 0 ? " X" : "");
      }
      for (int r = 0; r < total; r++) {
        int t = rnd.nextInt(tickers);
        while (left[t] == 0) {
          t = (t + 1) % tickers;
        }
        left[t]--;
        day[t] += 1 + rnd.nextInt(3);
        boolean hasClose = rnd.nextInt(8) != 0;
        double close = Math.round(rnd.nextDouble() * 10000) / 100.0;
        double volume = rnd.nextInt(1000);
        String date = LocalDate.ofEpochDay(day[t]).toString();
        lines.add(date + "," + names[t] + "," + (hasClose ? close : "null") + "," + volume);
        if (hasClose) {
          model
              .computeIfAbsent(names[t].replace(' ', '_'), k -> new ArrayList<>())
              .add(new double[] {day[t], close, volume});
        }
      }
      Path f =
          write("r/R" + round + ".csv", "date,ticker,close,volume\n" + String.join("\n", lines));
      ParsedFile one = new OhlcvParser(Long.MAX_VALUE, 1).parse(f, ImportOptions.defaults());
      Map<String, ParsedSeries> got = byColumn(one);
      assertThat(got.keySet()).as("round " + round).isEqualTo(model.keySet());
      for (Map.Entry<String, List<double[]>> e : model.entrySet()) {
        BarSeries b = got.get(e.getKey()).bars();
        assertThat(b.size()).isEqualTo(e.getValue().size());
        for (int i = 0; i < b.size(); i++) {
          double[] row = e.getValue().get(i);
          assertThat(b.dateAt(i).toEpochDay()).isEqualTo((long) row[0]);
          assertThat(b.valueAt(BarField.CLOSE, i)).isEqualTo(row[1], within(EXACT));
          assertThat(b.valueAt(BarField.VOLUME, i)).isEqualTo(row[2], within(EXACT));
        }
      }
      int parts = 2 + round % 6;
      ParsedFile chunked = new OhlcvParser(1, parts).parse(f, ImportOptions.defaults());
      assertThat(chunked).as("round " + round + " in " + parts + " parts").isEqualTo(one);
    }
  }
}
