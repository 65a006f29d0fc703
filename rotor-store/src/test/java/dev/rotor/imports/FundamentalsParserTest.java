package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.shareddata.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FundamentalsParserTest {

  private static final String GOLDEN = "fundamentals_sp500_2026-06-29.csv";
  private static final double TOL = 1e-12;

  private final FundamentalsParser parser = new FundamentalsParser();

  @TempDir Path tmp;

  @Test
  void parse_golden_readsFieldsAndConvertsDebtToEquity() throws Exception {
    ParsedFile out = parser.parse(golden(), ImportOptions.defaults());
    assertThat(out.format()).isEqualTo(FileFormat.FUNDAMENTALS);
    CrossSection cs = out.snapshots().get(0);
    assertThat(cs.asOf()).isEqualTo(LocalDate.of(2026, 6, 29));
    assertThat(cs.rows()).extracting(Constituent::ticker).containsExactly("AAA", "BRK-B", "CCC");
    // expected values are the golden file's AAA cells
    Constituent aaa = cs.rows().get(0);
    assertThat(aaa.name()).isEqualTo("Alpha Analytics, Inc.");
    assertThat(aaa.sector()).isEqualTo("Healthcare");
    assertThat(aaa.industry()).isEqualTo("Diagnostics & Research");
    assertThat(aaa.marketCap()).isEqualTo(40_000_000_000.0);
    assertThat(aaa.price()).isEqualTo(125.5);
    assertThat(aaa.pe()).isEqualTo(25.25);
    assertThat(aaa.forwardPe()).isEqualTo(20.5);
    assertThat(aaa.salesGrowth()).isEqualTo(0.12);
    assertThat(aaa.earningsGrowth()).isEqualTo(0.45);
    assertThat(aaa.profitMargin()).isEqualTo(0.18);
    assertThat(aaa.debtToEquity()).isCloseTo(0.525, within(TOL)); // 52.5 percent
    assertThat(aaa.assetClass()).isEmpty();
    assertThat(aaa.shares()).isNaN();
    Constituent brk = cs.rows().get(1);
    assertThat(brk.pe()).isNaN();
    assertThat(brk.earningsGrowth()).isNaN();
    assertThat(brk.debtToEquity()).isNaN();
    assertThat(brk.salesGrowth()).isEqualTo(-0.05);
    Constituent ccc = cs.rows().get(2);
    assertThat(ccc.marketCap()).isEqualTo(5.5e10);
    assertThat(ccc.pe()).isEqualTo(1.5e-05);
    assertThat(ccc.profitMargin()).isEqualTo(-0.125);
    assertThat(ccc.debtToEquity()).isCloseTo(122.2963, within(TOL));
    assertThat(out.notes()).anyMatch(n -> n.contains("2026-06-29 taken from the file name"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text in number   | 40000000000,125.5 | 40000000000,12S.5 | 2 | field 'currentPrice'",
        "overflow         | ,5.5e10,          | ,5.5e999,        | 4 | field 'marketCap'",
        "missing column   | ,debtToEquity,    | ,debt,           | 1 | field 'debtToEquity'",
        "short row        | ,1787774400<NL>BRK | <NL>BRK         | 2 | expected 32 fields",
        "blank ticker     | <NL>CCC,          | <NL>,            | 4 | ticker is blank",
        "cut last line    | 1787774400<NL>    | 17877            | 4 | no line break"
      })
  void parse_damaged_throwsNamingLineAndField(
      String what, String find, String replacement, long line, String problem) throws Exception {
    String text = Files.readString(golden(), StandardCharsets.UTF_8);
    String from = find.replace("<NL>", "\n");
    assertThat(text).contains(from);
    String damaged;
    if (what.startsWith("cut last line")) {
      int at = text.lastIndexOf(from);
      damaged = text.substring(0, at) + replacement;
    } else {
      damaged =
          text.replaceFirst(java.util.regex.Pattern.quote(from), replacement.replace("<NL>", "\n"));
    }
    Path dir = Files.createTempDirectory(tmp, "f");
    Path f = Files.writeString(dir.resolve(GOLDEN), damaged, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.parse(f, ImportOptions.defaults()))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
              assertThat(e.getMessage()).contains(problem);
            });
  }

  @Test
  void parse_seededCorruption_onlyImportException() {
    SnapshotCorruption.run(parser, golden(), tmp, 41L, 600);
  }

  @Test
  void parse_realFile_matchesReadme() throws Exception {
    ParsedFile out =
        parser.parse(
            SharedData.file("us-stock-monitor/fundamentals_sp500_2026-06-29.csv"),
            ImportOptions.defaults());
    CrossSection cs = out.snapshots().get(0);
    // 494 lines = header + 493 companies (wc -l); 49 empty debtToEquity cells (python3 csv)
    assertThat(cs.rows()).hasSize(493);
    assertThat(cs.asOf()).isEqualTo(LocalDate.of(2026, 6, 29));
    assertThat(cs.rows().stream().filter(c -> Double.isNaN(c.debtToEquity())).count())
        .isEqualTo(49);
    // line 3 (sed -n 3p): AAPL,Apple Inc.,Technology,Consumer Electronics,4167977926656,283.78,
    // 34.35593,29.532974,...,0.27152002 (profitMargins),...,0.166,0.218,79.548,...
    Constituent aapl = cs.rows().get(1);
    assertThat(aapl.ticker()).isEqualTo("AAPL");
    assertThat(aapl.name()).isEqualTo("Apple Inc.");
    assertThat(aapl.marketCap()).isEqualTo(4_167_977_926_656.0);
    assertThat(aapl.price()).isEqualTo(283.78);
    assertThat(aapl.pe()).isEqualTo(34.35593);
    assertThat(aapl.forwardPe()).isEqualTo(29.532974);
    assertThat(aapl.profitMargin()).isEqualTo(0.27152002);
    assertThat(aapl.salesGrowth()).isEqualTo(0.166);
    assertThat(aapl.earningsGrowth()).isEqualTo(0.218);
    assertThat(aapl.debtToEquity()).isCloseTo(0.79548, within(TOL));
    assertThat(cs.rows()).anyMatch(c -> c.ticker().equals("BRK-B"));
  }

  private Path golden() {
    try {
      return Path.of(getClass().getResource("xsection/" + GOLDEN).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
