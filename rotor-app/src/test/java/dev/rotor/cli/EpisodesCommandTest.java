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
 * End to end on the real index and French files. Oracle: the pandas episode script
 * rotor-core/src/test/resources/oracles/episodes/episodes_oracle.py; SMB (prod(1+SMB)) rises 198.5
 * % from 1974-12 to 1983-07; RUT/SPX large-cap episode 2016-12-08..2020-03-18, -33.0 %.
 */
class EpisodesCommandTest {

  @TempDir static Path tmp;
  private static CliRunner cli;

  @BeforeAll
  static void importData() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
    for (String rel :
        new String[] {"market-base/indices", "ken_french/F-F_Research_Data_Factors.csv"}) {
      CliRunner.Run r = cli.run("import", SharedData.file(rel).toString());
      assertThat(r.code()).as(r.err()).isZero();
    }
  }

  @Test
  void json_smbSpread_findsThe1975to1983SmallCapEpisode() throws Exception {
    CliRunner.Run r = cli.run("episodes", "--spread", "F-F_Research_Data_Factors.SMB", "--json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("frequency").asText()).isEqualTo("monthly");
    JsonNode found = null;
    for (JsonNode e : doc.get("episodes")) {
      if (e.get("start").asText().equals("1974-12-31")) {
        found = e;
      }
    }
    assertThat(found).isNotNull();
    assertThat(found.get("end").asText()).isEqualTo("1983-07-31");
    assertThat(found.get("direction").asText()).isEqualTo("small_leads");
    assertThat(found.get("relative_move").asDouble()).isCloseTo(1.985, within(5e-4));
  }

  @Test
  void text_rutSpx_listsOngoingEpisode() {
    CliRunner.Run r = cli.run("episodes", "--small", "RUT", "--large", "SPX");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("2016-12-08", "2020-03-18", "-33.0%", "ongoing");
  }

  @Test
  void mixedInputs_areUsageErrors() {
    assertThat(cli.run("episodes", "--small", "RUT").code()).isEqualTo(2);
    assertThat(
            cli.run("episodes", "--small", "RUT", "--large", "F-F_Research_Data_Factors.SMB")
                .code())
        .isEqualTo(2);
    assertThat(cli.run("episodes", "--spread", "RUT").code()).isEqualTo(2);
  }
}
