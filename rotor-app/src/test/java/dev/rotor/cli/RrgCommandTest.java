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
 * End to end on factor_attribution/etf. Oracle: the pandas RRG script
 * rotor-core/src/test/resources/oracles/rrg/rrg_oracle.py, as of 2026-07-31 vs SPY: XLF ratio
 * 100.633, momentum 101.495 (leading); IWM 101.226, 98.491 (weakening).
 */
class RrgCommandTest {

  @TempDir static Path tmp;
  private static CliRunner cli;

  @BeforeAll
  static void importEtfs() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
    CliRunner.Run r = cli.run("import", SharedData.file("factor_attribution/etf").toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void json_sectorsVsSpy_matchOracleQuadrants() throws Exception {
    CliRunner.Run r =
        cli.run(
            "rrg",
            "--benchmark",
            "SPY",
            "XLF",
            "IWM",
            "--asof",
            "2026-07-31",
            "--tail",
            "4",
            "--json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("benchmark").asText()).isEqualTo("SPY");
    JsonNode xlf = doc.get("assets").get(0);
    assertThat(xlf.get("ratio").asDouble()).isCloseTo(100.633, within(5e-4));
    assertThat(xlf.get("momentum").asDouble()).isCloseTo(101.495, within(5e-4));
    assertThat(xlf.get("quadrant").asText()).isEqualTo("leading");
    assertThat(xlf.get("tail")).hasSize(4);
    JsonNode iwm = doc.get("assets").get(1);
    assertThat(iwm.get("quadrant").asText()).isEqualTo("weakening");
    assertThat(iwm.get("ratio").asDouble()).isCloseTo(101.226, within(5e-4));
  }

  @Test
  void text_listsQuadrantsAndTails() {
    CliRunner.Run r = cli.run("rrg", "--benchmark", "SPY", "XLK", "--asof", "2026-07-31");
    assertThat(r.out()).contains("Relative rotation vs SPY as of 2026-07-31", "weakening");
  }

  @Test
  void totalBasisWithoutAdjClose_isUsageError() {
    CliRunner.Run r = cli.run("rrg", "--benchmark", "SPY", "XLK", "--basis", "total");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--basis total");
  }

  /**
   * Oracle: rrg_oracle.py (pandas), IWM/SPY 63-day OLS slope of ln RS as of 2026-08-03: 0.176/yr.
   */
  @Test
  void json_rsLineSlope_matchesOracle() throws Exception {
    CliRunner.Run r = cli.run("rrg", "--benchmark", "SPY", "IWM", "--asof", "2026-08-03", "--json");
    JsonNode iwm = new ObjectMapper().readTree(r.out()).get("assets").get(0);
    assertThat(iwm.get("rs_slope").asDouble()).isCloseTo(0.176, within(5e-4));
    assertThat(iwm.get("rs_sma200").asDouble()).isPositive();
  }
}
