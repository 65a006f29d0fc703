package dev.rotor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.imports.FileFormat;
import dev.rotor.imports.ImportOptions;
import dev.rotor.series.SeriesKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

  /** Seed of the random damage; a failure message names the damage, so any run is repeatable. */
  private static final long SEED = 20_260_824L;

  /** Damaged copies per golden file and kind of damage. */
  private static final int ROUNDS = 3;

  private static final ImportOptions DETECT = new ImportOptions(null, null);

  /**
   * Excerpts whose layout is not detected, with the format their parser test reads them in: the
   * classic momentum excerpt's preamble names neither Fama, French, CRSP nor Kenneth (the real
   * files' preambles do), so format detection rightly declines it.
   */
  private static final Map<String, FileFormat> FORCED =
      Map.of("french/momentum_daily_classic", FileFormat.FRENCH);

  private static final Importer.Listener QUIET = new Importer.Listener() {};

  @TempDir Path tmp;

  /** The golden excerpts of every format (the parser tests' resources). */
  private static List<Path> goldenRoots() {
    try {
      return List.of(
          Path.of(ImporterTest.class.getResource("/dev/rotor/imports").toURI()),
          Path.of(ImporterTest.class.getResource("/imports").toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void plan_directory_givesRelativeIdsWithoutExtension() throws IOException {
    Files.createDirectories(tmp.resolve("a/b"));
    Files.writeString(tmp.resolve("a/b/RUT.csv"), "x");
    Files.writeString(tmp.resolve("a/panel.csv.gz"), "x");
    Files.writeString(tmp.resolve("a/README.md"), "x");

    List<Importer.Planned> plan = Importer.plan(List.of(tmp.resolve("a")), null);

    assertThat(plan).extracting(Importer.Planned::id).containsExactly("README", "b/RUT", "panel");
  }

  @Test
  void plan_idForDirectory_isRejected() {
    assertThatThrownBy(() -> Importer.plan(List.of(tmp), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--id");
  }

  @Test
  void run_readme_isSkippedAndStoreUnchanged() throws IOException {
    Path readme = Files.writeString(tmp.resolve("README.md"), "# data\n");
    try (Store store = Store.inMemory()) {
      String before = store.contentHash();

      List<FileOutcome> out =
          new Importer(store).run(Importer.plan(List.of(readme), null), DETECT, QUIET);

      assertThat(out).singleElement().isInstanceOf(FileOutcome.Skipped.class);
      assertThat(store.contentHash()).isEqualTo(before);
    }
  }

  /**
   * Every golden excerpt, damaged at random ({@link Damage}; seeded), is imported under its own id
   * into a store that already holds all the excerpts. Nothing may escape {@link Importer#run}; a
   * failure is a {@link FileOutcome.Failed} whose one-line message names the file and a line of it
   * (the damaged line itself for text or a huge number in a cell), and leaves the store's content
   * hash unchanged. Harmless damage (BOM, switched line ends) must import; an empty file must not.
   */
  @Test
  void run_seededRandomDamageToGoldenFiles_failsCleanlyAndLeavesTheStoreUnchanged()
      throws IOException {
    try (Store store = Store.inMemory()) {
      Importer importer = new Importer(store);
      List<Importer.Planned> golden = new ArrayList<>();
      for (Path root : goldenRoots()) {
        golden.addAll(Importer.plan(List.of(root), null));
      }
      // The first root is also the class folder of the parser tests: keep the CSV excerpts only.
      golden.removeIf(p -> !p.file().getFileName().toString().endsWith(".csv"));
      for (Importer.Planned g : golden) {
        assertThat(importer.run(List.of(g), options(g), QUIET))
            .as("the golden excerpt %s imports", g.id())
            .allMatch(o -> o instanceof FileOutcome.Imported);
      }
      assertThat(golden).hasSizeGreaterThanOrEqualTo(20);

      Random rnd = new Random(SEED);
      List<String> problems = new ArrayList<>();
      String[] hash = {store.contentHash()};
      int rejected = 0;
      int total = 0;
      for (Importer.Planned g : golden) {
        String text = Files.readString(g.file(), StandardCharsets.ISO_8859_1);
        for (Damage kind : Damage.values()) {
          for (int round = 0; round < ROUNDS; round++) {
            Damage.Damaged d = kind.apply(text, rnd);
            if (d != null) {
              Path copy = tmp.resolve("d" + total++).resolve(g.file().getFileName());
              boolean failed = importDamaged(store, importer, g, copy, d, kind, hash, problems);
              rejected += failed ? 1 : 0;
            }
          }
        }
      }
      assertThat(problems).isEmpty();
      // Most damage must be caught (the rest lands in columns a format ignores, or is harmless).
      assertThat(rejected).as("rejected of %d", total).isGreaterThan(total / 2);
    }
  }

  /**
   * Writes {@code d} to {@code copy}, imports it under {@code g}'s id, and adds what is wrong to
   * {@code problems}; {@code hash[0]} holds the store's content hash before and after.
   *
   * @return true when the import failed
   */
  private static boolean importDamaged(
      Store store,
      Importer importer,
      Importer.Planned g,
      Path copy,
      Damage.Damaged d,
      Damage kind,
      String[] hash,
      List<String> problems)
      throws IOException {
    Files.createDirectories(copy.getParent());
    Files.write(copy, d.text().getBytes(StandardCharsets.ISO_8859_1));
    String what = g.id() + ": " + kind + ": " + d.what();
    FileOutcome o;
    try {
      o = importer.run(List.of(new Importer.Planned(copy, g.id())), options(g), QUIET).get(0);
    } catch (RuntimeException | Error e) {
      problems.add(what + ": escaped " + e);
      hash[0] = store.contentHash();
      return false;
    }
    String after = store.contentHash();
    boolean failed = o instanceof FileOutcome.Failed;
    if (failed) {
      checkFailure(what, copy, d, kind, ((FileOutcome.Failed) o).message(), problems);
      if (!after.equals(hash[0])) {
        problems.add(what + ": the failed import changed the store");
      }
    } else if (!(o instanceof FileOutcome.Imported)) {
      problems.add(what + ": " + o);
    }
    if (kind.mustImport() && failed) {
      problems.add(what + ": harmless, yet " + o);
    }
    if (kind == Damage.EMPTY_FILE && !failed) {
      problems.add(what + ": an empty file was accepted");
    }
    hash[0] = after;
    return failed;
  }

  private static ImportOptions options(Importer.Planned g) {
    FileFormat forced = FORCED.get(g.id());
    return forced == null ? DETECT : new ImportOptions(forced, null);
  }

  private static final String UNDETECTED = "cannot tell the format";

  private static final Pattern LOCATED = Pattern.compile(":(\\d+): ");

  private static void checkFailure(
      String what,
      Path copy,
      Damage.Damaged d,
      Damage kind,
      String message,
      List<String> problems) {
    String name = copy.getFileName().toString();
    String at = what + ": " + message;
    if (!message.contains(name) || message.contains("\n") || message.contains("\r")) {
      problems.add(at + ": not one line naming the file");
    }
    if (kind == Damage.EMPTY_FILE
        || (d.line() == 1 && message.contains(name + ": " + UNDETECTED))) {
      return; // whole-file problems: nothing to read, or a damaged header leaves no known layout
    }
    String rest = message.substring(Math.max(0, message.indexOf(name)) + name.length());
    Matcher m = LOCATED.matcher(rest);
    if (!m.lookingAt()) {
      problems.add(at + ": no line number");
      return;
    }
    long line = Long.parseLong(m.group(1));
    if (line < 1 || line > d.lines() + 1) {
      problems.add(at + ": line out of the file");
    }
    if ((kind == Damage.TEXT_IN_NUMBER || kind == Damage.HUGE_NUMBER) && line != d.line()) {
      problems.add(at + ": expected line " + d.line());
    }
  }

  private Path writeFile(String rel, String text) throws Exception {
    Path p = tmp.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void plan_nestedTree_givesRelativeIdsForEveryFileInPathOrder() throws Exception {
    writeFile("a/indices/RUT.csv", "date,close\n2024-01-02,1\n");
    writeFile("b/panel.csv.gz", "x");
    writeFile("b/UPPER.CSV", "x");
    writeFile("README.md", "x");

    List<Importer.Planned> plan = Importer.plan(List.of(tmp), null);

    assertThat(plan)
        .extracting(Importer.Planned::id)
        .containsExactly("README", "a/indices/RUT", "b/UPPER", "b/panel");
  }

  @Test
  void plan_idOverride_onlyForOneFile() throws Exception {
    Path f = writeFile("x/RUT.csv", "date,close\n2024-01-02,1\n");
    assertThat(Importer.plan(List.of(f), "my/rut"))
        .extracting(Importer.Planned::id)
        .containsExactly("my/rut");
    assertThat(Importer.plan(List.of(f), null))
        .extracting(Importer.Planned::id)
        .containsExactly("RUT");
    assertThatThrownBy(() -> Importer.plan(List.of(tmp), "x")).hasMessageContaining("--id");
    assertThatThrownBy(() -> Importer.plan(List.of(tmp.resolve("nope.csv")), null))
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> Importer.plan(List.of(f), "bad id"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void run_mixedTree_reportsEachFileAndKeepsGoingAfterAFailure() throws Exception {
    writeFile(
        "good/RUT.csv",
        "date,open,high,low,close\n2024-01-02,1,2,0.5,1.5\n2024-01-03,1.5,2,1,1.8\n");
    writeFile(
        "bad/SPX.csv",
        "date,open,high,low,close\n2024-01-02,1,2,0.5,1.5\n2024-01-02,1,2,0.5,1.5\n");
    writeFile("notes.txt", "not data");
    try (Store store = Store.inMemory()) {
      List<FileOutcome> out =
          new Importer(store)
              .run(
                  Importer.plan(List.of(tmp), null),
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
    Path f = writeFile("s.csv", "date,value\n2024-01-31,0.01\n2024-02-29,0.02\n");
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
