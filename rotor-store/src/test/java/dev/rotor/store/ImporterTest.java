package dev.rotor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.imports.ImportOptions;
import dev.rotor.series.SeriesKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

  @TempDir Path dir;

  private Path write(String rel, String text) throws Exception {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void plan_directory_givesRelativeIdsWithoutExtensions() throws Exception {
    write("a/indices/RUT.csv", "date,close\n2024-01-02,1\n");
    write("b/panel.csv.gz", "x");
    write("b/UPPER.CSV", "x");
    write("README.md", "x");

    List<Importer.Planned> plan = Importer.plan(List.of(dir), null);

    assertThat(plan)
        .extracting(Importer.Planned::id)
        .containsExactly("README", "a/indices/RUT", "b/UPPER", "b/panel");
  }

  @Test
  void plan_idOverride_onlyForOneFile() throws Exception {
    Path f = write("x/RUT.csv", "date,close\n2024-01-02,1\n");
    assertThat(Importer.plan(List.of(f), "my/rut"))
        .extracting(Importer.Planned::id)
        .containsExactly("my/rut");
    assertThat(Importer.plan(List.of(f), null))
        .extracting(Importer.Planned::id)
        .containsExactly("RUT");
    assertThatThrownBy(() -> Importer.plan(List.of(dir), "x")).hasMessageContaining("--id");
    assertThatThrownBy(() -> Importer.plan(List.of(dir.resolve("nope.csv")), null))
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> Importer.plan(List.of(f), "bad id"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void run_mixedTree_reportsEachFileAndKeepsGoingAfterAFailure() throws Exception {
    write(
        "good/RUT.csv",
        "date,open,high,low,close\n2024-01-02,1,2,0.5,1.5\n2024-01-03,1.5,2,1,1.8\n");
    write(
        "bad/SPX.csv",
        "date,open,high,low,close\n2024-01-02,1,2,0.5,1.5\n2024-01-02,1,2,0.5,1.5\n");
    write("notes.txt", "not data");
    try (Store store = Store.inMemory()) {
      List<FileOutcome> out =
          new Importer(store)
              .run(
                  Importer.plan(List.of(dir), null),
                  ImportOptions.defaults(),
                  new Importer.Listener() {});

      assertThat(out).hasSize(3);
      assertThat(out.get(0)).isInstanceOf(FileOutcome.Failed.class);
      assertThat(((FileOutcome.Failed) out.get(0)).message()).contains("SPX.csv:3");
      assertThat(out.get(1)).isInstanceOf(FileOutcome.Imported.class);
      assertThat(out.get(2)).isInstanceOf(FileOutcome.Skipped.class);
      assertThat(store.listSeries())
          .extracting(s -> s.info().id().value())
          .containsExactly("good/RUT");
    }
  }

  @Test
  void run_kindReturns_readsDateValueAsReturns() throws Exception {
    Path f = write("s.csv", "date,value\n2024-01-31,0.01\n2024-02-29,0.02\n");
    try (Store store = Store.inMemory()) {
      new Importer(store)
          .run(
              Importer.plan(List.of(f), null),
              new ImportOptions(null, SeriesKind.RETURNS),
              new Importer.Listener() {});
      StoredSeries s = store.resolve("s");
      assertThat(s.info().kind()).isEqualTo(SeriesKind.RETURNS);
      assertThat(s.info().units()).isEqualTo("decimal return");
    }
  }
}
