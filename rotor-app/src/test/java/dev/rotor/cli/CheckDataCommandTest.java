package dev.rotor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckDataCommandTest {

  @TempDir Path tmp;
  private CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
  }

  @Test
  void call_cleanSeries_exitsZeroAndReportsNotCheckedMacro() {
    assertThat(cli.run("import", CliRunner.resource("tree").toString()).code()).isZero();

    CliRunner.Run r = cli.run("check-data");

    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("2 series: 1 clean, 0 with findings, 1 not checked");
  }

  @Test
  void call_errorsInData_exitOneAndListThem() throws Exception {
    // 2024-01-03 is missing (a gap warning) and 2024-01-05 has a close above its high (an error).
    Path f = tmp.resolve("BAD.csv");
    Files.writeString(
        f,
        "date,open,high,low,close,volume\n"
            + "2024-01-02,10,11,9,10.5,100\n"
            + "2024-01-04,10.5,11,10,10.8,100\n"
            + "2024-01-05,10.8,11,10.5,12.5,100\n");
    assertThat(cli.run("import", f.toString()).code()).isZero();

    CliRunner.Run r = cli.run("check-data", "BAD");
    CliRunner.Run json = cli.run("check-data", "BAD", "--json");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("BAD: 1 error(s), 1 warning(s)", "ohlc-inconsistent", "gap");
    JsonNode arr = new ObjectMapper().readTree(json.out());
    assertThat(arr.get(0).get("id").asText()).isEqualTo("BAD");
    assertThat(arr.get(0).get("errors").asInt()).isEqualTo(1);
    assertThat(arr.get(0).get("findings").get(0).get("check").asText()).isEqualTo("gap");
    assertThat(arr.get(0).get("findings").get(0).get("from").asText()).isEqualTo("2024-01-03");
  }

  @Test
  void call_unknownIdOrBadOption_exitCodes() {
    assertThat(cli.run("check-data", "NOPE").code()).isEqualTo(1);
    assertThat(cli.run("check-data", "--long-gap", "0").code()).isEqualTo(2);
  }
}
