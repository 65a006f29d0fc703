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
 * End to end on RUT/SPX weekly. Oracle: statsmodels 0.13.5 MarkovRegression(k_regimes=2,
 * switching_variance=True) on weekly log RUT - log SPX (529 weeks), script and output in
 * rotor-core/src/test/resources/oracles/regime/; log-likelihood 1462.2734.
 */
class RegimesCommandTest {

  @TempDir static Path tmp;
  private static CliRunner cli;

  @BeforeAll
  static void importData() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
    CliRunner.Run r = cli.run("import", SharedData.file("market-base/indices").toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void json_weeklyRutSpx_matchesStatsmodelsLikelihood() throws Exception {
    CliRunner.Run r = cli.run("regimes", "--small", "RUT", "--large", "SPX", "--json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("frequency").asText()).isEqualTo("weekly");
    assertThat(doc.get("observations").asInt()).isEqualTo(529);
    assertThat(doc.get("log_likelihood").asDouble()).isCloseTo(1462.273408861204, within(1e-4));
    assertThat(doc.get("converged").asBoolean()).isTrue();
    double p = doc.get("small_leads_probability_filtered").asDouble();
    assertThat(p).isBetween(0.0, 1.0);
    assertThat(doc.get("probabilities")).hasSize(12);
  }

  @Test
  void badFrequency_isUsageError() {
    assertThat(
            cli.run("regimes", "--small", "RUT", "--large", "SPX", "--frequency", "daily").code())
        .isEqualTo(2);
  }
}
