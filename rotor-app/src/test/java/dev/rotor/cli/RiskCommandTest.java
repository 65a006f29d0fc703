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
 * End to end on RUT vs SPX 2016-06-28..2026-08-21. Oracle: numpy/pandas in
 * rotor-core/src/test/resources/oracles/risk/risk_oracle.py: RUT CAGR 10.41 %, volatility 23.32 %,
 * max drawdown -43.06 %, Sharpe (rf 0) 0.542, VaR95 historical -2.12 %, beta to SPX 1.121.
 */
class RiskCommandTest {

  @TempDir static Path tmp;
  private static CliRunner cli;

  @BeforeAll
  static void importData() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
    CliRunner.Run r = cli.run("import", SharedData.file("market-base/indices").toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void json_rutVsSpx_hasRequiredFieldsWithOracleValues() throws Exception {
    CliRunner.Run r = cli.run("risk", "--series", "RUT", "--benchmark", "SPX", "--json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("cagr").asDouble()).isCloseTo(0.1041, within(5e-5));
    assertThat(d.get("volatility").asDouble()).isCloseTo(0.2332, within(5e-5));
    assertThat(d.get("max_drawdown").asDouble()).isCloseTo(-0.4306, within(5e-5));
    assertThat(d.get("sharpe").asDouble()).isCloseTo(0.542, within(5e-4));
    assertThat(d.has("sortino")).isTrue();
    assertThat(d.get("var_95_historical").asDouble()).isCloseTo(-0.0212, within(5e-5));
    assertThat(d.get("cvar_95_historical").asDouble())
        .isLessThan(d.get("var_95_historical").asDouble());
    assertThat(d.get("beta").asDouble()).isCloseTo(1.121, within(5e-4));
    assertThat(d.get("drawdowns").get(0).get("peak").asText()).isEqualTo("2018-08-31");
  }

  @Test
  void text_constantRiskFree_andBadRate() {
    CliRunner.Run r = cli.run("risk", "--series", "SPX", "--rf", "2%");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("risk-free 2%", "sharpe", "var_99_cornish_fisher");
    assertThat(cli.run("risk", "--series", "SPX", "--rf", "NOPE").code()).isEqualTo(1);
  }

  /** Hand-worked: monthly returns 0.012, -0.004, 0.021 compound to 1.012*0.996*1.021-1. */
  @Test
  void json_usersOwnReturnsFile_isMeasuredAsReturns() throws Exception {
    CliRunner.Run imp =
        cli.run(
            "import",
            CliRunner.resource("returns.csv").toString(),
            "--id",
            "my/strategy",
            "--kind",
            "returns");
    assertThat(imp.code()).as(imp.err()).isZero();

    CliRunner.Run r = cli.run("risk", "--series", "strategy", "--json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("frequency").asText()).isEqualTo("monthly");
    assertThat(d.get("figures").get("total_return").asDouble())
        .isCloseTo(1.012 * 0.996 * 1.021 - 1, within(1e-12));
    assertThat(d.get("max_drawdown").asDouble()).isCloseTo(-0.004, within(1e-12));
  }
}
