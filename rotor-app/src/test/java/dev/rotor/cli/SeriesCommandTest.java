package dev.rotor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesCommandTest {

  @TempDir Path tmp;
  private CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
    assertThat(cli.run("import", CliRunner.resource("tree").toString()).code()).isZero();
  }

  @Test
  void list_json_hasStableSnakeCaseFields() throws Exception {
    CliRunner.Run r = cli.run("series", "list", "--json");

    JsonNode arr = new ObjectMapper().readTree(r.out());
    assertThat(arr.isArray()).isTrue();
    JsonNode rut = arr.get(0);
    assertThat(rut.get("id").asText()).isEqualTo("indices/RUT");
    assertThat(rut.get("kind").asText()).isEqualTo("index");
    assertThat(rut.get("frequency").asText()).isEqualTo("daily");
    assertThat(rut.get("first").asText()).isEqualTo("2024-01-02");
    assertThat(rut.get("last").asText()).isEqualTo("2024-01-05");
    assertThat(rut.get("count").asInt()).isEqualTo(4);
    assertThat(rut.get("synthetic").asBoolean()).isFalse();
    assertThat(rut.has("source_file")).isTrue();
    assertThat(rut.has("imported_at")).isTrue();
    JsonNode dgs = arr.get(1);
    assertThat(dgs.get("count").asInt()).isEqualTo(3);
  }

  @Test
  void show_tailIdWithRange_printsBarsAsCsv() {
    CliRunner.Run r =
        cli.run("series", "show", "RUT", "--from", "2024-01-03", "--to", "2024-01-04", "--csv");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "date,open,high,low,close,volume\n"
                + "2024-01-03,2000.1,2005,1960.3,1965.4,0\n"
                + "2024-01-04,1966,1980.2,1955.5,1970.2,0\n");
  }

  @Test
  void show_json_hasSeriesAndData() throws Exception {
    CliRunner.Run r = cli.run("series", "show", "DGS10", "--json");

    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("series").get("id").asText()).isEqualTo("macro/DGS10");
    assertThat(doc.get("data")).hasSize(3);
    assertThat(doc.get("data").get(2).get("date").asText()).isEqualTo("2024-01-05");
    assertThat(doc.get("data").get(2).get("value").asDouble()).isEqualTo(4.05);
  }

  @Test
  void show_unknownOrAmbiguous_exitOneWithOneLine() {
    assertThat(
            cli.run(
                    "import",
                    CliRunner.resource("tree/indices/RUT.csv").toString(),
                    "--id",
                    "other/RUT")
                .code())
        .isZero();
    CliRunner.Run amb = cli.run("series", "show", "RUT");
    assertThat(amb.code()).isEqualTo(1);
    assertThat(amb.err()).contains("ambiguous", "indices/RUT", "other/RUT");
    CliRunner.Run none = cli.run("series", "show", "NOPE");
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err().trim()).startsWith("rotor: no series 'NOPE'");
    assertThat(none.err().lines().count()).isEqualTo(1);
  }

  @Test
  void show_badDatesOrBothFormats_exitTwo() {
    assertThat(cli.run("series", "show", "RUT", "--from", "2024-13-01").code()).isEqualTo(2);
    assertThat(
            cli.run("series", "show", "RUT", "--from", "2024-02-01", "--to", "2024-01-01").code())
        .isEqualTo(2);
    assertThat(cli.run("series", "show", "RUT", "--json", "--csv").code()).isEqualTo(2);
  }

  @Test
  void help_everyCommand_exitsZero() {
    for (String[] args :
        new String[][] {
          {"--help"},
          {"import", "--help"},
          {"series", "--help"},
          {"series", "list", "--help"},
          {"series", "show", "--help"},
          {"snapshot", "list", "--help"}
        }) {
      CliRunner.Run r = CliRunner.raw(Map.of(), args);
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).contains("Usage:");
    }
  }

  @Test
  void storeOption_fallsBackToEnvironment() {
    Path other = tmp.resolve("env.duckdb");
    CliRunner.Run r = CliRunner.raw(Map.of("ROTOR_STORE", other.toString()), "series", "list");
    assertThat(r.out()).contains(other.toString());
  }
}
