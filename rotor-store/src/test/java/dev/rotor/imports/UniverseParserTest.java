package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UniverseParserTest {

  private final UniverseParser parser = new UniverseParser();

  @TempDir Path tmp;

  private ParsedFile parse(Path file) throws ImportException {
    return parser.parse(file, ImportOptions.defaults());
  }

  private Path write(String content) throws IOException {
    Path f = tmp.resolve("U.csv");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  // Expected values are the cells of the excerpt file panel/universe_small.csv.
  @Test
  void parse_smallUniverse_keepsMembershipsAndCountsMissingPrices() throws Exception {
    ParsedFile f = parse(OhlcvParserTest.resource("panel/universe_small.csv"));
    assertThat(f.format()).isEqualTo(FileFormat.UNIVERSE);
    assertThat(f.series()).isEmpty();
    CrossSection cs = f.snapshots().get(0);
    assertThat(cs.name()).isEqualTo("Stock panel universe");
    assertThat(cs.asOf()).isNull();
    assertThat(cs.rows())
        .extracting(Constituent::ticker)
        .containsExactly("AAA", "BRK-B", "NEWCO", "ZZZ");
    assertThat(cs.rows().get(0).memberships()).isEqualTo("IWM_2026-05-05;R2000_finviz_2023-08");
    assertThat(cs.rows().get(2).memberships()).isEqualTo("IJR_2026-06-19");
    assertThat(cs.rows().get(3).memberships()).isEmpty();
    assertThat(cs.rows().get(0).marketCap()).isNaN();
    assertThat(f.notes())
        .contains("2 of 4 tickers are not in the price panel (in_price_panel = N)");
  }

  @Test
  void parse_crlfAndReorderedColumns_readLikePlain() throws Exception {
    assertThat(parse(OhlcvParserTest.resource("panel/universe_crlf.csv")).snapshots().get(0).rows())
        .hasSize(2);
    Path f = write("memberships,Ticker,In Price Panel,extra\nX;Y,aaa,y,1\n");
    Constituent c = parse(f).snapshots().get(0).rows().get(0);
    assertThat(c.ticker()).isEqualTo("AAA");
    assertThat(c.memberships()).isEqualTo("X;Y");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no ticker col  | symbol,in_price_panel,memberships\\nA,Y,x\\n   | 1 |                | no 'ticker'",
        "no flag col    | ticker,memberships\\nA,x\\n                      | 1 |                | no 'in_price_panel'",
        "bad flag       | ticker,in_price_panel,memberships\\nA,maybe,x\\n | 2 | in_price_panel | not Y or N",
        "empty ticker   | ticker,in_price_panel,memberships\\n ,Y,x\\n     | 2 | ticker         | empty ticker",
        "duplicate      | ticker,in_price_panel,memberships\\nA,Y,x\\na,N,y\\n | 3 | ticker | already on line 2",
        "short row      | ticker,in_price_panel,memberships\\nA,Y\\n       | 2 |                | expected 3 fields",
        "header only    | ticker,in_price_panel,memberships\\n             | 1 |                | no rows",
      })
  void parse_badInput_throwsWithLineAndField(
      String label, String content, long line, String field, String problem) throws Exception {
    Path f = write(content.replace("\\n", "\n"));
    assertThatThrownBy(() -> parse(f))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.problem()).contains(problem);
            });
  }

  @Test
  void parse_emptyFile_throwsImportException() throws Exception {
    Path f = write("");
    assertThatThrownBy(() -> parse(f)).isInstanceOf(ImportException.class);
  }

  @Test
  void parse_seededCorruption_onlyImportExceptionEscapes() throws Exception {
    String golden =
        Files.readString(
            OhlcvParserTest.resource("panel/universe_small.csv"), StandardCharsets.UTF_8);
    int rejected = Corruption.check(tmp, "C.csv", golden, 21, 600, this::parse);
    assertThat(rejected).isGreaterThan(200);
  }

  // README section 5: universe.csv has 3,358 rows, 498 of them without a price file.
  // pandas 1.5.3: u = pd.read_csv('universe.csv'); u.iloc[0].tolist() ->
  //   ['-', 'N', 'IJR_2026-06-19;IWM_2026-05-05']
  @Test
  void parse_realUniverse_matchesReadme() throws Exception {
    ParsedFile f = parse(SharedData.file("factor_attribution/stock_panel/universe.csv"));
    CrossSection cs = f.snapshots().get(0);
    assertThat(cs.rows()).hasSize(3358);
    assertThat(cs.rows().get(0).ticker()).isEqualTo("-");
    assertThat(cs.rows().get(0).memberships()).isEqualTo("IJR_2026-06-19;IWM_2026-05-05");
    assertThat(f.notes())
        .contains("498 of 3358 tickers are not in the price panel (in_price_panel = N)");
  }
}
