package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.shareddata.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinvizParserTest {

  private static final String GOLDEN = "finviz_2023-08.csv";

  private final FinvizParser parser = new FinvizParser();

  @TempDir Path tmp;

  @Test
  void parse_golden_readsBothLayoutsAndFields() throws Exception {
    // exact equality: Amounts converts "312.45M" or "18.40%" to the double nearest the decimal
    // value, which is also what the Java literal 312.45e6 or 0.184 denotes
    ParsedFile out = parser.parse(golden(), ImportOptions.defaults());
    assertThat(out.format()).isEqualTo(FileFormat.FINVIZ);
    CrossSection cs = out.snapshots().get(0);
    assertThat(cs.asOf()).isEqualTo(LocalDate.of(2023, 8, 31));
    assertThat(cs.rows())
        .extracting(Constituent::ticker)
        .containsExactly("AAA", "BIGG", "LOSS", "ZETF", "ZING", "XTWO", "NAN", "NAN");
    // row 0 of the golden file: ticker, name, sector, industry under shifted labels
    Constituent aaa = cs.rows().get(0);
    assertThat(aaa.name()).isEqualTo("Alpha Analytics, Inc.");
    assertThat(aaa.sector()).isEqualTo("Healthcare");
    assertThat(aaa.industry()).isEqualTo("Medical Distribution");
    assertThat(aaa.assetClass()).isEqualTo("Equity");
    assertThat(aaa.memberships()).isEqualTo("RUT");
    assertThat(aaa.pe()).isEqualTo(16.25);
    assertThat(aaa.forwardPe()).isEqualTo(13.9);
    assertThat(aaa.marketCap()).isEqualTo(312.45e6);
    assertThat(aaa.sales()).isEqualTo(150.20e6);
    assertThat(aaa.income()).isEqualTo(12.60e6);
    assertThat(aaa.shares()).isEqualTo(40.10e6);
    assertThat(aaa.price()).isEqualTo(7.79);
    assertThat(aaa.salesGrowth()).isEqualTo(0.184);
    assertThat(aaa.earningsGrowth()).isEqualTo(0.052); // EPS Q/Q
    assertThat(aaa.profitMargin()).isEqualTo(0.084);
    assertThat(aaa.debtToEquity()).isEqualTo(0.81);
    Constituent bigg = cs.rows().get(1);
    assertThat(bigg.memberships()).isEqualTo("DJIA, NDX, S&P 500");
    assertThat(bigg.marketCap()).isEqualTo(2.45e12);
    assertThat(bigg.earningsGrowth()).isEqualTo(-0.015);
    Constituent loss = cs.rows().get(2);
    assertThat(loss.income()).isEqualTo(-36.70e6);
    assertThat(loss.pe()).isNaN();
    assertThat(loss.memberships()).isEmpty();
    assertThat(cs.rows().get(3).assetClass()).isEqualTo("ETF");
    // rows without a company name (second shift)
    Constituent zing = cs.rows().get(4);
    assertThat(zing.name()).isEmpty();
    assertThat(zing.sector()).isEqualTo("Financial");
    assertThat(zing.industry()).isEqualTo("Shell Companies");
    assertThat(zing.assetClass()).isEqualTo("Equity");
    assertThat(zing.pe()).isEqualTo(99.71);
    assertThat(zing.debtToEquity()).isEqualTo(0.0);
    Constituent xtwo = cs.rows().get(5);
    assertThat(xtwo.industry()).isEqualTo("Exchange Traded Fund");
    assertThat(xtwo.assetClass()).isEqualTo("ETF");
    assertThat(out.notes())
        .anyMatch(n -> n.contains("2 row(s) without a company name"))
        .anyMatch(n -> n.contains("NAN"))
        .anyMatch(n -> n.contains("2023-08-31"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what | text to find | replacement | line | problem
        "no sector anywhere  | ZING,Financial,     | ZING,Finance,    | 6 | is a Finviz sector",
        "bad suffix          | 312.45M            | 312.45X          | 2 | field 'Market Cap'",
        "bad percent         | 18.40%             | 18.40%%          | 2 | field 'Sales Q/Q'",
        "row index text      | <NL>3,ZETF         | <NL>x,ZETF       | 5 | field 'row index'",
        "missing Debt/Eq     | ,Debt/Eq,          | ,Debt to Eq,     | 1 | field 'Debt/Eq'",
        "index label named   | <NL>,Company       | <NL>No,Company   | 1 | row-index label",
        "short row           | ,\"612,345\",      | ,              | 2 | expected 79 fields",
        "blank ticker        | <NL>2,LOSS,        | <NL>2,,          | 4 | ticker is blank"
      })
  void parse_damaged_throwsNamingLineAndField(
      String what, String find, String replacement, long line, String problem) throws Exception {
    String text = "\n" + Files.readString(golden(), StandardCharsets.UTF_8);
    String from = find.replace("<NL>", "\n");
    assertThat(text).contains(from);
    text = text.replace(from, replacement.replace("<NL>", "\n")).substring(1);
    Path f = write(text);
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
    SnapshotCorruption.run(parser, golden(), tmp, 31L, 600);
  }

  @Test
  void parse_realFile_matchesReadme() throws Exception {
    ParsedFile out =
        parser.parse(
            SharedData.file("finviz_snapshot/finviz_2023-08.csv"), ImportOptions.defaults());
    CrossSection cs = out.snapshots().get(0);
    List<Constituent> rows = cs.rows();
    // README section 7: 8,550 rows, Index contains RUT on 1,985 and S&P 500 on 501
    assertThat(rows).hasSize(8550);
    assertThat(rows.stream().filter(c -> c.memberships().contains("RUT")).count()).isEqualTo(1985);
    assertThat(rows.stream().filter(c -> c.memberships().contains("S&P 500")).count())
        .isEqualTo(501);
    // oracle, pandas 1.5.3 on the raw file (S = FinvizParser.SECTORS):
    // d = pd.read_csv('finviz_2023-08.csv', dtype=str, keep_default_na=False)
    // (~d.Industry.isin(S)).sum() -> 140 rows without a company name;
    // (d.Country == 'Exchange Traded Fund').sum() -> 2310, (d.Industry == ...).sum() -> 29 ETFs;
    // d.Index.str.contains('RUT').sum() -> 1985, d.Index.str.contains('S&P 500').sum() -> 501
    assertThat(rows.stream().filter(c -> c.name().isEmpty()).count()).isEqualTo(140);
    assertThat(rows.stream().filter(c -> c.assetClass().equals("ETF")).count()).isEqualTo(2339);
    // line 2 (head -2): 0,ZYXI,"Zynex, Inc.",Healthcare,Medical Distribution,,RUT,17.12,...
    // Shs Outstand 36.44M, Market Cap 286.86M, Forward P/E 14.1, Income 17.20M, Sales 177.40M,
    // Sales Q/Q 22.30%, Debt/Eq 0.92, EPS Q/Q 7.90%, Profit Margin 9.70%, Price 7.82
    Constituent zyxi = rows.get(0);
    assertThat(zyxi.ticker()).isEqualTo("ZYXI");
    assertThat(zyxi.name()).isEqualTo("Zynex, Inc.");
    assertThat(zyxi.sector()).isEqualTo("Healthcare");
    assertThat(zyxi.industry()).isEqualTo("Medical Distribution");
    assertThat(zyxi.pe()).isEqualTo(17.12);
    assertThat(zyxi.forwardPe()).isEqualTo(14.1);
    assertThat(zyxi.marketCap()).isEqualTo(286.86e6);
    assertThat(zyxi.sales()).isEqualTo(177.40e6);
    assertThat(zyxi.income()).isEqualTo(17.20e6);
    assertThat(zyxi.shares()).isEqualTo(36.44e6);
    assertThat(zyxi.price()).isEqualTo(7.82);
    assertThat(zyxi.salesGrowth()).isEqualTo(0.223);
    assertThat(zyxi.earningsGrowth()).isEqualTo(0.079);
    assertThat(zyxi.profitMargin()).isEqualTo(0.097);
    assertThat(zyxi.debtToEquity()).isEqualTo(0.92);
    // line 29 (sed -n 29p): 27,ZING,Financial,Shell Companies,USA,,,99.71,...
    Constituent zing = rows.get(27);
    assertThat(zing.ticker()).isEqualTo("ZING");
    assertThat(zing.name()).isEmpty();
    assertThat(zing.sector()).isEqualTo("Financial");
    assertThat(zing.industry()).isEqualTo("Shell Companies");
    assertThat(zing.pe()).isEqualTo(99.71);
  }

  private Path golden() {
    try {
      return Path.of(getClass().getResource("xsection/" + GOLDEN).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String text) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "f");
    return Files.writeString(dir.resolve(GOLDEN), text, StandardCharsets.UTF_8);
  }

  @Test
  void missingMinusSigns_noNegativeAmongManyValues_warns_elseSilent() {
    java.util.List<dev.rotor.crosssection.Constituent> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(
          dev.rotor.crosssection.Constituent.of("T" + i)
              .with(dev.rotor.crosssection.ConstituentField.SALES_GROWTH, 0.1)
              .with(dev.rotor.crosssection.ConstituentField.EARNINGS_GROWTH, 0.2)
              .with(dev.rotor.crosssection.ConstituentField.PROFIT_MARGIN, 0.05)
              .with(dev.rotor.crosssection.ConstituentField.INCOME, 1e6));
    }
    org.assertj.core.api.Assertions.assertThat(FinvizParser.missingMinusSigns(rows))
        .contains("lost its minus signs");
    rows.add(
        dev.rotor.crosssection.Constituent.of("NEG")
            .with(dev.rotor.crosssection.ConstituentField.INCOME, -5));
    org.assertj.core.api.Assertions.assertThat(FinvizParser.missingMinusSigns(rows)).isNull();
  }
}
