package dev.rotor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  @TempDir Path tmp;
  private CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
  }

  private String hash() {
    try (Store s = Store.open(tmp.resolve("store.duckdb"))) {
      return s.contentHash();
    }
  }

  @Test
  void call_directory_importsEveryCsvWithRelativeIdsAndSkipsOthers() {
    CliRunner.Run r = cli.run("import", CliRunner.resource("tree").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("added", "indices/RUT", "macro/DGS10");
    assertThat(r.out()).contains("2 file(s) imported, 0 failed, 1 skipped");
    CliRunner.Run list = cli.run("series", "list");
    assertThat(list.out()).contains("indices/RUT", "2024-01-02", "2024-01-05", "macro/DGS10");
  }

  @Test
  void call_sameFileTwice_secondIsUnchanged() {
    String f = CliRunner.resource("tree/indices/RUT.csv").toString();
    assertThat(cli.run("import", f).code()).isZero();
    String before = hash();

    CliRunner.Run again = cli.run("import", f);

    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("unchanged  RUT");
    assertThat(hash()).isEqualTo(before);
  }

  @Test
  void call_badFile_exitsOneNamingLineAndFieldAndLeavesStoreUnchanged() {
    assertThat(cli.run("import", CliRunner.resource("tree").toString()).code()).isZero();
    String before = hash();

    CliRunner.Run r = cli.run("import", CliRunner.resource("bad_RUT.csv").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad_RUT.csv:4", "close", "abc");
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(hash()).isEqualTo(before);
  }

  @Test
  void call_idOverrideAndKindReturns_storesUserReturns() {
    CliRunner.Run r =
        cli.run(
            "import",
            CliRunner.resource("returns.csv").toString(),
            "--id",
            "my/strategy",
            "--kind",
            "returns");

    assertThat(r.code()).as(r.err()).isZero();
    CliRunner.Run show = cli.run("series", "show", "strategy", "--csv");
    assertThat(show.out())
        .isEqualTo("date,value\n2024-01-31,0.012\n2024-02-29,-0.004\n2024-03-31,0.021\n");
    assertThat(cli.run("series", "list", "--kind", "returns").out()).contains("my/strategy");
  }

  @Test
  void call_usageMistakes_exitTwo() {
    String dir = CliRunner.resource("tree").toString();
    assertThat(cli.run("import", dir, "--id", "x").code()).isEqualTo(2);
    assertThat(cli.run("import", tmp.resolve("missing.csv").toString()).code()).isEqualTo(2);
    assertThat(cli.run("import", dir, "--format", "nonsense").code()).isEqualTo(2);
    assertThat(cli.run("import", dir, "--kind", "bond").err()).contains("kind: unknown");
    assertThat(cli.run("import").code()).isEqualTo(2);
  }
}
