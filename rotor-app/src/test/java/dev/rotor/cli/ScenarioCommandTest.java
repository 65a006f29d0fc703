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
 * End to end on IWM. Oracle: statsmodels/pandas in
 * rotor-core/src/test/resources/oracles/scenario/scenario_oracle.py: weekly IWM beta to DGS2
 * +0.0628 (Newey-West), GFC window total return -53.0 %, COVID -40.7 %; recession months 28.
 */
class ScenarioCommandTest {

  @TempDir static Path tmp;
  private static CliRunner cli;

  @BeforeAll
  static void importData() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
    for (String f :
        new String[] {
          "factor_attribution/etf/IWM.csv",
          "factor_attribution/etf/SPY.csv",
          "fred_macro-monitor/DGS2.csv",
          "fred_macro-monitor/USREC.csv"
        }) {
      CliRunner.Run r = cli.run("import", SharedData.file(f).toString());
      assertThat(r.code()).as(r.err()).isZero();
    }
  }

  @Test
  void json_iwm_rateBetaStressAndRecession() throws Exception {
    CliRunner.Run r =
        cli.run(
            "scenario", "--series", "IWM", "--yield2y", "DGS2", "--recession", "USREC", "--json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("rate_beta").get("beta").asDouble()).isCloseTo(0.0628, within(5e-4));
    assertThat(d.get("rate_beta").get("shocks")).hasSize(4);
    assertThat(d.get("stress").get(0).get("total_return").asDouble())
        .isCloseTo(-0.530, within(5e-4));
    assertThat(d.get("stress").get(1).get("total_return").asDouble())
        .isCloseTo(-0.407, within(5e-4));
    assertThat(d.get("conditional").get(0).get("months_in").asInt()).isEqualTo(28);
  }

  @Test
  void portfolio_buyAndHoldStress_isTheWeightedSumOfItsLegs() throws Exception {
    ObjectMapper m = new ObjectMapper();
    double iwm =
        m.readTree(cli.run("scenario", "--series", "IWM", "--json").out())
            .get("stress")
            .get(0)
            .get("total_return")
            .asDouble();
    double spy =
        m.readTree(cli.run("scenario", "--series", "SPY", "--json").out())
            .get("stress")
            .get(0)
            .get("total_return")
            .asDouble();
    CliRunner.Run both =
        cli.run("scenario", "--series", "IWM", "--portfolio", "IWM=0.6,SPY=0.4", "--json");

    assertThat(both.code()).as(both.err()).isZero();
    JsonNode gfc = m.readTree(both.out()).get("portfolio_stress").get(0);
    assertThat(gfc.get("total_return").asDouble()).isCloseTo(0.6 * iwm + 0.4 * spy, within(1e-12));
  }
}
