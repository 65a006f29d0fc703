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
 * End to end on RUT/SPX. Oracle: rotor-core/src/test/resources/oracles/analogs/analogs_oracle.py
 * (pandas): as of 2026-01-30 the threshold rule finds 2017-11-17, 2020-06-15, 2022-08-08 and
 * 2023-12-19; mean 1-month forward relative return -1.84 %.
 */
class AnalogsCommandTest {

  @TempDir static Path tmp;
  private static CliRunner cli;

  @BeforeAll
  static void importData() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
    CliRunner.Run r = cli.run("import", SharedData.file("market-base/indices").toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void json_threshold_matchesOracleDatesAndFlagsThin() throws Exception {
    CliRunner.Run r =
        cli.run("analogs", "--small", "RUT", "--large", "SPX", "--asof", "2026-01-30", "--json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("analogs"))
        .extracting(a -> a.get("date").asText())
        .containsExactly("2017-11-17", "2020-06-15", "2022-08-08", "2023-12-19");
    JsonNode m1 = doc.get("summaries").get(0);
    assertThat(m1.get("count").asInt()).isEqualTo(4);
    assertThat(m1.get("thin").asBoolean()).isTrue();
    assertThat(m1.get("mean").asDouble()).isCloseTo(-0.0184, within(5e-5));
  }

  @Test
  void text_nearest_printsCountsAndThinFlag() {
    CliRunner.Run r =
        cli.run(
            "analogs",
            "--small",
            "RUT",
            "--large",
            "SPX",
            "--asof",
            "2026-01-30",
            "--method",
            "nearest");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("nearest neighbours rule", "THIN (n < 10)", "HORIZON");
  }
}
