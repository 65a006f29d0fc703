package dev.rotor.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.imports.FileFormat;
import dev.rotor.imports.ImportOptions;
import dev.rotor.imports.Parsers;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.SharedData;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the whole real data tree {@code ../shared/data} once and checks every file against the
 * tables of its README (counts, date ranges, sha256); then imports a corrupted copy of every file
 * into that store and checks that it fails at the corrupted line and changes nothing.
 *
 * <p>Where Rotor rightly stores something other than the README's figure, the difference is listed
 * in {@link SharedDataExpectations} with the value Rotor must give, computed independently with
 * pandas (script in that class), and with a check that explains it from the file's bytes.
 */
class SharedDataImportTest {

  @TempDir static Path tmp;

  private static Path root;
  private static Store store;
  private static List<Importer.Planned> plan;
  private static List<FileOutcome> outcomes;
  private static Map<String, ReadmeTables.Row> readme;

  @BeforeAll
  static void importTree() throws Exception {
    Path readmeFile = SharedData.file("README.md");
    root = readmeFile.getParent();
    readme = ReadmeTables.parse(readmeFile);
    store = Store.open(tmp.resolve("store.duckdb"));
    store.setMemoryLimit("1GB");
    plan = Importer.plan(List.of(root), null);
    outcomes =
        new Importer(store).run(plan, new ImportOptions(null, null), new Importer.Listener() {});
  }

  @AfterAll
  static void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void run_wholeTree_importsEveryDataFileTheReadmeListsAndSkipsOnlyTheReadme() {
    SoftAssertions soft = new SoftAssertions();
    List<String> imported = new ArrayList<>();
    for (FileOutcome o : outcomes) {
      String rel = root.relativize(o.file()).toString().replace('\\', '/');
      if (rel.equals("README.md")) {
        soft.assertThat(o).as(rel).isInstanceOf(FileOutcome.Skipped.class);
      } else {
        soft.assertThat(o).as(rel).isInstanceOf(FileOutcome.Imported.class);
        imported.add(rel);
      }
    }
    soft.assertAll();
    assertThat(imported).containsExactlyInAnyOrderElementsOf(readme.keySet());
    assertThat(imported).hasSize(SharedDataExpectations.DATA_FILES);
  }

  @Test
  void run_wholeTree_storesTheReadmeSha256ForEveryFile() throws SQLException {
    Map<String, String> files = new HashMap<>();
    query("SELECT file_id, sha256 FROM files", rs -> files.put(rs.getString(1), rs.getString(2)));
    SoftAssertions soft = new SoftAssertions();
    for (ReadmeTables.Row r : readme.values()) {
      soft.assertThat(files.get(r.fileId())).as(r.path()).isEqualTo(r.sha256());
    }
    for (StoredSeries s : store.listSeries()) {
      soft.assertThat(s.sha256()).as(s.info().id().value()).isEqualTo(files.get(s.fileId()));
    }
    for (StoredSnapshot s : store.listSnapshots()) {
      soft.assertThat(s.sha256()).as(s.id()).isEqualTo(files.get(s.id()));
    }
    soft.assertAll();
    assertThat(files).hasSameSizeAs(readme);
  }

  @Test
  void run_seriesFiles_matchReadmeRangesAndCountsOrADocumentedDeviation() throws Exception {
    Map<String, Span> union = spans("s.file_id", "");
    SoftAssertions soft = new SoftAssertions();
    int checked = 0;
    for (ReadmeTables.Row r : readme.values()) {
      if (r.first() == null || r.path().startsWith("ken_french/")) {
        continue;
      }
      Span got = union.get(r.fileId());
      soft.assertThat(got).as(r.path()).isNotNull();
      if (got == null) {
        continue;
      }
      soft.assertThat(got.metaFirst()).as(r.path() + " first (series list)").isEqualTo(got.first);
      soft.assertThat(got.metaLast()).as(r.path() + " last (series list)").isEqualTo(got.last);
      SharedDataExpectations.Deviation d = SharedDataExpectations.DEVIATIONS.get(r.path());
      LocalDate first = d == null ? r.firstDate() : d.first();
      LocalDate last = d == null ? r.lastDate() : d.last();
      long rows = d == null ? r.rows() : d.rows();
      if (d != null) {
        soft.assertThat(List.of(d.first(), d.last(), d.rows()))
            .as(r.path() + ": a deviation must differ from the README (else remove it)")
            .isNotEqualTo(List.of(r.firstDate(), r.lastDate(), r.rows()));
        soft.assertThat(SharedDataExpectations.explain(root.resolve(r.path()), d))
            .as(r.path() + ": " + d.why())
            .isEqualTo(r.rows() - d.rows());
      }
      soft.assertThat(got.first).as(r.path() + " first").isEqualTo(first);
      soft.assertThat(got.last).as(r.path() + " last").isEqualTo(last);
      soft.assertThat(got.dates).as(r.path() + " dated rows").isEqualTo(rows);
      Integer series = SharedDataExpectations.SERIES_PER_FILE.get(r.path());
      soft.assertThat(got.series).as(r.path() + " series").isEqualTo(series == null ? 1 : series);
      checked++;
    }
    soft.assertAll();
    assertThat(checked).isEqualTo(SharedDataExpectations.SERIES_FILES - 8);
    assertThat(readme.keySet())
        .containsAll(SharedDataExpectations.DEVIATIONS.keySet())
        .containsAll(SharedDataExpectations.SERIES_PER_FILE.keySet())
        .containsAll(SharedDataExpectations.FRENCH_ANNUAL.keySet());
  }

  @Test
  void run_frenchFiles_monthlyAndDailyBlocksMatchReadmeAnnualBlocksMatchPandas() throws Exception {
    // Block key = the part of the column suffix before the first '.', '' for the plain block.
    String block =
        "CASE WHEN strpos(substr(s.id, length(s.file_id) + 2), '.') > 0"
            + " THEN split_part(substr(s.id, length(s.file_id) + 2), '.', 1) ELSE '' END";
    Map<String, Span> blocks =
        spans("s.file_id || '|' || " + block, "WHERE s.file_id LIKE 'ken_french/%'");
    SoftAssertions soft = new SoftAssertions();
    int checked = 0;
    for (ReadmeTables.Row r : readme.values()) {
      if (!r.path().startsWith("ken_french/")) {
        continue;
      }
      long rows = 0;
      long annualRows = 0;
      LocalDate first = null;
      LocalDate last = null;
      Year firstYear = null;
      Year lastYear = null;
      for (Map.Entry<String, Span> e : blocks.entrySet()) {
        if (!e.getKey().startsWith(r.fileId() + "|")) {
          continue;
        }
        Span b = e.getValue();
        soft.assertThat(b.frequencies).as(e.getKey() + " frequencies").hasSize(1);
        if (b.frequencies.contains(Frequency.ANNUAL)) {
          annualRows += b.dates;
          firstYear = min(firstYear, Year.from(b.first));
          lastYear = max(lastYear, Year.from(b.last));
          soft.assertThat(b.first.getDayOfYear()).as(e.getKey()).isEqualTo(b.first.lengthOfYear());
        } else {
          rows += b.dates;
          first = first == null || b.first.isBefore(first) ? b.first : first;
          last = last == null || b.last.isAfter(last) ? b.last : last;
        }
      }
      soft.assertThat(rows).as(r.path() + " dated rows (monthly/daily blocks)").isEqualTo(r.rows());
      if (r.monthly()) {
        soft.assertThat(first).as(r.path() + " first").isEqualTo(r.firstMonth().atEndOfMonth());
        soft.assertThat(last).as(r.path() + " last").isEqualTo(r.lastMonth().atEndOfMonth());
      } else {
        soft.assertThat(first).as(r.path() + " first").isEqualTo(r.firstDate());
        soft.assertThat(last).as(r.path() + " last").isEqualTo(r.lastDate());
      }
      SharedDataExpectations.Annual a = SharedDataExpectations.FRENCH_ANNUAL.get(r.path());
      soft.assertThat(annualRows).as(r.path() + " annual rows").isEqualTo(a == null ? 0 : a.rows());
      soft.assertThat(firstYear)
          .as(r.path() + " first year")
          .isEqualTo(a == null ? null : a.first());
      soft.assertThat(lastYear).as(r.path() + " last year").isEqualTo(a == null ? null : a.last());
      checked++;
    }
    soft.assertAll();
    assertThat(checked).isEqualTo(8);
  }

  @Test
  void run_snapshotFiles_matchReadmeRowsAndAsOfDates() {
    Map<String, StoredSnapshot> byId = new HashMap<>();
    for (StoredSnapshot s : store.listSnapshots()) {
      byId.put(s.id(), s);
    }
    SoftAssertions soft = new SoftAssertions();
    for (SharedDataExpectations.Snapshot e : SharedDataExpectations.SNAPSHOTS) {
      StoredSnapshot s = byId.get(Importer.stripExtension(e.path()));
      soft.assertThat(s).as(e.path()).isNotNull();
      if (s == null) {
        continue;
      }
      soft.assertThat(s.asOf()).as(e.path() + " as of").isEqualTo(e.asOf());
      soft.assertThat(s.rows()).as(e.path() + " rows").isEqualTo(e.rows());
      if (e.equityRows() >= 0) {
        CrossSection cs = store.loadSnapshot(s);
        long equity = cs.rows().stream().filter(c -> "Equity".equals(c.assetClass())).count();
        soft.assertThat(equity).as(e.path() + " equity rows").isEqualTo(e.equityRows());
        soft.assertThat(cs.rows()).extracting(Constituent::ticker).doesNotContain("-");
      }
    }
    soft.assertAll();
    assertThat(byId).hasSize(SharedDataExpectations.SNAPSHOTS.size());
  }

  @Test
  void run_releaseDates_storesEveryRow() throws SQLException {
    long[] n = new long[1];
    query(
        "SELECT count(*) FROM release_dates WHERE file_id = 'market-base/fred/_release_dates'",
        rs -> n[0] = rs.getLong(1));

    assertThat(n[0]).isEqualTo(SharedDataExpectations.RELEASE_DATES);
  }

  /**
   * The full {@link Store#contentHash()} takes ~0.1 s on this store, so it is compared after the
   * first corrupted file of each format and after the last file; after every other file the
   * metadata tables (files, import log, series, snapshots, release dates: what any write touches)
   * are compared. A change left by any file would still show in the final full hash, since failed
   * imports never restore anything.
   */
  @Test
  void run_corruptedCopyOfEveryFile_failsAtThatLineAndLeavesTheStoreUntouched() throws Exception {
    String before = store.contentHash();
    String metaBefore = metadataHash();
    Set<FileFormat> fullyChecked = EnumSet.noneOf(FileFormat.class);
    Importer importer = new Importer(store);
    SoftAssertions soft = new SoftAssertions();
    int n = 0;
    for (Importer.Planned p : plan) {
      if (p.file().getFileName().toString().equals("README.md")) {
        continue;
      }
      Path copyRoot = tmp.resolve("corrupt" + n++);
      Path copy = copyRoot.resolve(root.relativize(p.file()).toString());
      FileFormat format = Parsers.detect(p.file());
      CellCorruption.Corrupted c = CellCorruption.write(p.file(), format, copy);
      String what = p.id() + " (" + format + ", line " + c.line() + " " + c.column() + ")";
      soft.assertThat(Parsers.detect(copy)).as(what + " detected").isEqualTo(format);
      List<Importer.Planned> one = Importer.plan(List.of(copyRoot), null);
      soft.assertThat(one).as(what).containsExactly(new Importer.Planned(copy, p.id()));

      FileOutcome o =
          importer.run(one, new ImportOptions(null, null), new Importer.Listener() {}).get(0);

      soft.assertThat(o).as(what).isInstanceOf(FileOutcome.Failed.class);
      if (o instanceof FileOutcome.Failed f) {
        soft.assertThat(f.message())
            .as(what)
            .contains(copy.getFileName() + ":" + c.line() + ":")
            .contains(CellCorruption.BAD)
            .doesNotContain("\n");
      }
      soft.assertThat(metadataHash()).as(what + " metadata").isEqualTo(metaBefore);
      if (fullyChecked.add(format)) {
        soft.assertThat(store.contentHash()).as(what + " content").isEqualTo(before);
      }
    }
    soft.assertAll();
    assertThat(n).isEqualTo(SharedDataExpectations.DATA_FILES);
    assertThat(store.contentHash()).isEqualTo(before);
  }

  /** Dates over a group of series: distinct dates, range, series and their frequencies. */
  private static final class Span {
    long dates;
    LocalDate first;
    LocalDate last;
    int series;
    List<Frequency> frequencies = new ArrayList<>();
    LocalDate metaFirst;
    LocalDate metaLast;

    LocalDate metaFirst() {
      return metaFirst;
    }

    LocalDate metaLast() {
      return metaLast;
    }
  }

  /**
   * Per group ({@code groupBy} over the series table {@code s}): the distinct dates of every
   * observation and bar, their range, the number of series and their frequencies, and the range the
   * series list reports.
   */
  private static Map<String, Span> spans(String groupBy, String where) throws SQLException {
    Map<String, Span> out = new HashMap<>();
    query(
        "WITH d AS (SELECT key, date FROM observations UNION ALL SELECT key, date FROM bars)"
            + " SELECT "
            + groupBy
            + ", count(DISTINCT d.date), min(d.date), max(d.date) FROM d JOIN series s"
            + " ON s.key = d.key "
            + where
            + " GROUP BY 1",
        rs -> {
          Span sp = new Span();
          sp.dates = rs.getLong(2);
          sp.first = rs.getObject(3, LocalDate.class);
          sp.last = rs.getObject(4, LocalDate.class);
          out.put(rs.getString(1), sp);
        });
    query(
        "SELECT "
            + groupBy
            + ", count(*), list(DISTINCT frequency), min(first_date), max(last_date) FROM series s "
            + where
            + " GROUP BY 1",
        rs -> {
          Span sp = out.computeIfAbsent(rs.getString(1), k -> new Span());
          sp.series = rs.getInt(2);
          for (Object f : (Object[]) rs.getArray(3).getArray()) {
            sp.frequencies.add(Frequency.parse(f.toString()));
          }
          sp.metaFirst = rs.getObject(4, LocalDate.class);
          sp.metaLast = rs.getObject(5, LocalDate.class);
        });
    return out;
  }

  private static String metadataHash() throws SQLException {
    StringBuilder sb = new StringBuilder();
    for (String t : List.of("files", "import_log", "series", "snapshots", "release_dates")) {
      query(
          "SELECT count(*) || '/' || coalesce(bit_xor(hash(t)), 0) FROM " + t + " t",
          rs -> sb.append(t).append(':').append(rs.getString(1)).append(';'));
    }
    return sb.toString();
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private static void query(String sql, RowReader reader) throws SQLException {
    try (PreparedStatement ps = store.connection().prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        reader.read(rs);
      }
    }
  }

  private static Year min(Year a, Year b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static Year max(Year a, Year b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
