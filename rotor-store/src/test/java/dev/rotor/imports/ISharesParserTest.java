package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.shareddata.SharedData;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ISharesParserTest {

  private static final double TOL = 1e-12;

  /** Weights are published to 0.01 %, so hundreds of rows sum to 1 only within rounding. */
  private static final double WEIGHT_SUM_TOL = 0.005;

  private final ISharesParser parser = new ISharesParser();

  @TempDir Path tmp;

  @Test
  void parse_weightPercentVariant_readsHoldings() throws Exception {
    ParsedFile out = parser.parse(golden("IWX_holdings.csv"), ImportOptions.defaults());
    assertThat(out.format()).isEqualTo(FileFormat.ISHARES);
    CrossSection cs = out.snapshots().get(0);
    assertThat(cs.name()).isEqualTo("iShares Example Small-Cap ETF holdings");
    assertThat(cs.asOf()).isEqualTo(LocalDate.of(2026, 5, 5));
    assertThat(cs.rows())
        .extracting(Constituent::ticker)
        .containsExactly("AAA", "BBB", "CCC", "XTSLA", "USD", "RTYM6");
    Constituent bbb = cs.rows().get(1);
    // expected values are the cells of the golden file's BBB row
    assertThat(bbb.name()).isEqualTo("BETA BANCORP, INC.");
    assertThat(bbb.sector()).isEqualTo("Financials");
    assertThat(bbb.assetClass()).isEqualTo("Equity");
    assertThat(bbb.marketValue()).isEqualTo(9_876_543.21);
    assertThat(bbb.weight()).isCloseTo(0.02, within(TOL));
    assertThat(bbb.shares()).isEqualTo(98_765.0);
    assertThat(bbb.price()).isEqualTo(100.0);
    assertThat(bbb.marketCap()).isNaN();
    assertThat(bbb.industry()).isEmpty();
    Constituent cash = cs.rows().get(4);
    assertThat(cash.assetClass()).isEqualTo("Cash");
    assertThat(cash.marketValue()).isEqualTo(-1_250.50);
    assertThat(cs.rows().get(5).assetClass()).isEqualTo("Futures");
    assertThat(out.notes()).anyMatch(n -> n.contains("1 row(s) with ticker '-'"));
  }

  @Test
  void parse_typeVariant_marksSwapsAndUsesMarketWeight() throws Exception {
    ParsedFile out = parser.parse(golden("IJX_holdings.csv"), ImportOptions.defaults());
    CrossSection cs = out.snapshots().get(0);
    assertThat(cs.asOf()).isEqualTo(LocalDate.of(2026, 6, 19));
    assertThat(cs.rows())
        .extracting(Constituent::assetClass)
        .containsExactly(
            "Equity",
            "Equity",
            "Equity Swap",
            "Cash Collateral and Margins",
            "Equity Warrant",
            "Futures",
            "Money Market");
    assertThat(cs.rows().get(0).weight()).isCloseTo(0.006, within(TOL));
    assertThat(cs.rows().get(2).weight()).isNaN(); // Market Weight "-"
    assertThat(cs.rows().get(3).marketValue()).isEqualTo(-5_100_000.0);
    assertThat(out.notes()).anyMatch(n -> n.contains("DDD"));
    assertThat(out.notes()).noneMatch(n -> n.contains("footer"));
  }

  @Test
  void parse_noFooter_readsWithNote() throws Exception {
    String text = read("IJX_holdings.csv");
    Path f = write("IJX_holdings.csv", text.substring(0, text.lastIndexOf("\n\n") + 1));
    ParsedFile out = parser.parse(f, ImportOptions.defaults());
    assertThat(out.snapshots().get(0).rows()).hasSize(7);
    assertThat(out.notes()).anyMatch(n -> n.contains("no blank line and legal footer"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what is damaged | text to find | replacement | expected line | expected problem
        "row cut mid-cell         | \"USD\",\"-\",\"0.30\",\"0.30\" | \"USD\",\"-\",\"0.30\",\" | 12 |"
            + " unbalanced",
        "row cut at a cell end    | \"USD\",\"-\",\"0.30\",\"0.30\" | \"USD\",\"-\",  | 12 |"
            + " not fully quoted",
        "row cut before last cell | ,\"0.30\",\"0.30\"           | ,\"0.30\"       | 12 |"
            + " expected 17 fields",
        "stray blank line         | <NL>\"EEE\"                | <NL><NL>\"EEE\" | 13 |"
            + " holdings row after the blank line",
        "text in a number         | \"3,000,000.00\",\"100.00\"  | \"3,000,000.00\",\"1OO\" | 12"
            + " | '1OO' is not a number",
        "bad as-of date           | Jun 19, 2026               | Jun 31, 2026    | 2  |"
            + " is not a date",
        "blank ticker             | \"EEE\"                      | \"\"            | 12 |"
            + " ticker is blank",
        "header renamed           | Ticker,Name,Type           | Symbol,Name,Type | 21 |"
            + " no holdings header",
        "no weight column         | Market Weight,Notional     | Mkt Weight,Notional | 10 |"
            + " neither 'Weight (%)'",
        "huge number              | \"600.00\",\"United         | \"6e400\",\"United | 11 |"
            + " out of range"
      })
  void parse_damagedFile_throwsNamingLine(
      String what, String find, String replacement, long line, String problem) throws Exception {
    String text = read("IJX_holdings.csv");
    String from = find.replace("<NL>", "\n");
    assertThat(text).contains(from);
    text = text.replace(from, replacement.replace("<NL>", "\n"));
    Path f = write("IJX_holdings.csv", text);
    assertThatThrownBy(() -> parser.parse(f, ImportOptions.defaults()))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
              assertThat(e.getMessage()).contains(problem.trim());
              assertThat(e.file()).isEqualTo(f);
            });
  }

  @Test
  void parse_emptyOrHeaderOnly_throws() throws Exception {
    Path empty = write("a.csv", "");
    assertThatThrownBy(() -> parser.parse(empty, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("empty");
    String text = read("IWX_holdings.csv");
    Path headerOnly = write("b.csv", text.substring(0, text.indexOf("\"AAA\"")));
    assertThatThrownBy(() -> parser.parse(headerOnly, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no holdings rows");
  }

  @Test
  void parse_seededCorruption_onlyImportException() throws Exception {
    SnapshotCorruption.run(parser, golden("IWX_holdings.csv"), tmp.resolve("w"), 11L, 400);
    SnapshotCorruption.run(parser, golden("IJX_holdings.csv"), tmp.resolve("j"), 12L, 400);
  }

  // --- real data (shared/data/ishares_holdings, README section 7) ---

  @Test
  void parse_realIwm_matchesReadme() throws Exception {
    ParsedFile out =
        parser.parse(
            SharedData.file("ishares_holdings/IWM_holdings.csv"), ImportOptions.defaults());
    CrossSection cs = out.snapshots().get(0);
    assertThat(cs.name()).isEqualTo("iShares Russell 2000 ETF holdings");
    assertThat(cs.asOf()).isEqualTo(LocalDate.of(2026, 5, 5));
    // 1,929 table rows (lines 11-1939) = 1,924 "Equity" (3 of them with ticker '-', skipped)
    // + 2 Cash + Money Market + Cash Collateral + Futures; count with
    // awk -F'","' 'NR>10 && NR<1940 {print $4}' IWM_holdings.csv | sort | uniq -c
    assertThat(cs.rows()).hasSize(1926);
    assertThat(equity(cs)).hasSize(1921);
    // the Weight (%) cells of all table rows add to 99.90:
    // awk -F'","' 'NR>10 && NR<1940 {s+=$6} END {print s}' IWM_holdings.csv
    assertThat(weightSum(cs)).isCloseTo(1.0, within(WEIGHT_SUM_TOL));
    // line 11 of the file (grep -n '^"BE"' IWM_holdings.csv):
    // "BE","BLOOM ENERGY CLASS A CORP","Industrials","Equity","1,532,594,919.50","1.93",...,
    // "5,190,838.00","295.25"
    Constituent be = byTicker(cs).get("BE");
    assertThat(be.name()).isEqualTo("BLOOM ENERGY CLASS A CORP");
    assertThat(be.sector()).isEqualTo("Industrials");
    assertThat(be.marketValue()).isEqualTo(1_532_594_919.50);
    assertThat(be.weight()).isCloseTo(0.0193, within(TOL));
    assertThat(be.shares()).isEqualTo(5_190_838.0);
    assertThat(be.price()).isEqualTo(295.25);
    assertThat(out.notes()).anyMatch(n -> n.startsWith("3 row(s) with ticker '-'"));
  }

  @ParameterizedTest
  @CsvSource({
    // file, name, rows kept, Equity rows, a ticker, its Market Value, its weight %
    // Equity = Asset Class Equity and Type EQUITY (IJR: 604 EQUITY, 51 SWAP, 2 WARRANT from
    // awk -F'","' 'NR>10 && NR<676 && $5=="Equity" {print $3}' IJR_holdings.csv | sort | uniq -c);
    // rows kept = table rows less those with ticker '-' (IJR 665 - 2); cells: grep -n '^"FORM"'
    // IJR_holdings.csv, '^"CRS"' IJH_holdings.csv, '^"NVDA"' IVV_holdings.csv (line 11 each)
    "IJR_holdings.csv, iShares Core S&P Small-Cap ETF holdings, 663, 604, FORM, 703025277.90, 0.66",
    "IJH_holdings.csv, iShares Core S&P Mid-Cap ETF holdings, 411, 400, CRS, 998431159.74, 0.81",
    "IVV_holdings.csv, iShares Core S&P 500 ETF holdings, 508, 504, NVDA, 66485993542.11, 7.90"
  })
  void parse_realSp_matchesReadme(
      String file, String name, int rows, int equity, String ticker, double mv, double weightPct)
      throws Exception {
    CrossSection cs =
        parser
            .parse(SharedData.file("ishares_holdings/" + file), ImportOptions.defaults())
            .snapshots()
            .get(0);
    assertThat(cs.name()).isEqualTo(name);
    assertThat(cs.asOf()).isEqualTo(LocalDate.of(2026, 6, 19));
    assertThat(cs.rows()).hasSize(rows);
    assertThat(equity(cs)).hasSize(equity);
    assertThat(weightSum(cs)).isCloseTo(1.0, within(WEIGHT_SUM_TOL));
    Constituent c = byTicker(cs).get(ticker);
    assertThat(c.marketValue()).isEqualTo(mv);
    assertThat(c.weight()).isCloseTo(weightPct / 100, within(TOL));
  }

  private static List<Constituent> equity(CrossSection cs) {
    return cs.rows().stream().filter(c -> c.assetClass().equals("Equity")).toList();
  }

  private static double weightSum(CrossSection cs) {
    return cs.rows().stream()
        .mapToDouble(c -> c.get(ConstituentField.WEIGHT))
        .filter(w -> !Double.isNaN(w))
        .sum();
  }

  private static Map<String, Constituent> byTicker(CrossSection cs) {
    return cs.rows().stream()
        .collect(Collectors.toMap(Constituent::ticker, Function.identity(), (a, b) -> a));
  }

  private Path golden(String name) throws URISyntaxException {
    return Path.of(getClass().getResource("xsection/" + name).toURI());
  }

  private String read(String name) throws Exception {
    return Files.readString(golden(name), StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "f");
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
