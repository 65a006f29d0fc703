package dev.rotor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.shareddata.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the real index files. Oracle: pandas on market-base/indices/{RUT,SPX}.csv
 * (rotor-core/src/test/resources/oracles/leadership/leadership_oracle.py): as of 2024-01-31, ytd
 * from the 2023-12-29 close, RUT -3.9332632814851 %, SPX +1.5895744712075555 %.
 */
class LeadershipCommandTest {

  @TempDir static Path tmp;
  private static CliRunner cli;

  @BeforeAll
  static void importIndices() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
    Path dir = SharedData.file("market-base/indices");
    CliRunner.Run r = cli.run("import", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void json_jan2024_hasDocumentedFieldsAndOracleValues() throws Exception {
    CliRunner.Run r =
        cli.run(
            "leadership",
            "--small",
            "RUT",
            "--large",
            "SPX",
            "--tech",
            "IXIC",
            "--asof",
            "2024-01-31",
            "--json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("asof").asText()).isEqualTo("2024-01-31");
    JsonNode ytd = doc.get("windows").get(5);
    assertThat(ytd.get("window").asText()).isEqualTo("ytd");
    assertThat(ytd.get("start").asText()).isEqualTo("2023-12-29");
    assertThat(ytd.get("end").asText()).isEqualTo("2024-01-31");
    assertThat(ytd.get("returns").get("RUT").asDouble())
        .isCloseTo(-0.039332632814851, within(1e-12));
    assertThat(ytd.get("returns").get("SPX").asDouble())
        .isCloseTo(0.015895744712075555, within(1e-12));
    assertThat(ytd.get("leader").asText()).isEqualTo("SPX");
    assertThat(ytd.get("small_minus_large").asDouble())
        .isCloseTo(-0.039332632814851 - 0.015895744712075555, within(1e-12));
    assertThat(ytd.has("relative")).isTrue();
    assertThat(ytd.get("percentile").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void text_weekendAsOf_saysWhichDateWasUsed() {
    CliRunner.Run r =
        cli.run(
            "leadership",
            "--small",
            "RUT",
            "--large",
            "SPX",
            "--asof",
            "2026-01-31",
            "--windows",
            "ytd,10y");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("as of 2026-01-30 (asked 2026-01-31", "RUT", "n/a 10y:");
  }

  @Test
  void badWindowOrMissingOption_exitTwo() {
    assertThat(cli.run("leadership", "--small", "RUT", "--large", "SPX", "--windows", "2q").code())
        .isEqualTo(2);
    assertThat(cli.run("leadership", "--small", "RUT").code()).isEqualTo(2);
  }
}
