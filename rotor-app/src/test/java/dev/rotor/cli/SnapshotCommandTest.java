package dev.rotor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCommandTest {

  @TempDir Path tmp;
  private CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
    CliRunner.Run r = cli.run("import", CliRunner.resource("snap").toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void list_showsAsOfFromFileNameAndRowCount() {
    CliRunner.Run r = cli.run("snapshot", "list");
    assertThat(r.out()).contains("fundamentals_2026-06-29", "2026-06-29", "2", "no");
  }

  @Test
  void show_json_convertsUnitsAndNullsMissingNumbers() throws Exception {
    JsonNode doc =
        new ObjectMapper()
            .readTree(cli.run("snapshot", "show", "fundamentals_2026-06-29", "--json").out());

    assertThat(doc.get("snapshot").get("as_of").asText()).isEqualTo("2026-06-29");
    JsonNode a = doc.get("rows").get(0);
    assertThat(a.get("ticker").asText()).isEqualTo("AAA");
    assertThat(a.get("market_cap").asDouble()).isEqualTo(2.5e9);
    // yfinance debtToEquity is in percent: 45.5 -> 0.455
    assertThat(a.get("debt_to_equity").asDouble()).isCloseTo(0.455, within(1e-12));
    JsonNode b = doc.get("rows").get(1);
    assertThat(b.get("pe").isNull()).isTrue();
    assertThat(b.get("debt_to_equity").isNull()).isTrue();
  }

  @Test
  void show_unknown_exitsOne() {
    assertThat(cli.run("snapshot", "show", "nope").code()).isEqualTo(1);
  }
}
