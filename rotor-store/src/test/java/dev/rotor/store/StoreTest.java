package dev.rotor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.imports.FileFormat;
import dev.rotor.imports.ParsedFile;
import dev.rotor.imports.ParsedSeries;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import dev.rotor.series.SeriesKind;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  private static final LocalDate D1 = LocalDate.of(2024, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 3);
  private static final LocalDate D3 = LocalDate.of(2024, 1, 4);

  private Store store;

  @BeforeEach
  void open() {
    store = Store.inMemory();
    store.setMemoryLimit("512MB");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static ParsedFile twoColumns(double smb) {
    DateSeries a = DateSeries.of(new LocalDate[] {D1, D2}, new double[] {smb, 0.02});
    DateSeries b = DateSeries.of(new LocalDate[] {D2, D3}, new double[] {0.5, 0.6});
    return ParsedFile.ofSeries(
        FileFormat.FRENCH,
        List.of(
            ParsedSeries.ofValues("SMB", "SMB", SeriesKind.FACTOR, Frequency.DAILY, "decimal", a),
            ParsedSeries.ofValues("HML", "HML", SeriesKind.FACTOR, Frequency.DAILY, "decimal", b)),
        List.of());
  }

  private static ParsedFile bars(double close3) {
    Map<BarField, double[]> cols = new EnumMap<>(BarField.class);
    cols.put(BarField.CLOSE, new double[] {10, 11, close3});
    cols.put(BarField.OPEN, new double[] {9.5, Double.NaN, 11.5});
    cols.put(BarField.VOLUME, new double[] {100, 200, 300});
    BarSeries b = BarSeries.of(new LocalDate[] {D1, D2, D3}, cols);
    return ParsedFile.ofSeries(
        FileFormat.OHLCV,
        List.of(ParsedSeries.ofBars(null, "RUT", SeriesKind.INDEX, Frequency.DAILY, "index", b)),
        List.of());
  }

  @Test
  void save_newFile_storesSeriesWithMetadataAndValues() {
    ImportResult r =
        store.save("ff/factors", new SourceInfo("ff.csv", "aa11"), twoColumns(0.01), false);

    assertThat(r.action()).isEqualTo(ImportResult.Action.ADDED);
    assertThat(r.series()).isEqualTo(2);
    assertThat(r.rows()).isEqualTo(4);
    List<StoredSeries> all = store.listSeries();
    assertThat(all)
        .extracting(s -> s.info().id().value())
        .containsExactly("ff/factors.HML", "ff/factors.SMB");
    StoredSeries smb = store.resolve("ff/factors.SMB");
    assertThat(smb.first()).isEqualTo(D1);
    assertThat(smb.last()).isEqualTo(D2);
    assertThat(smb.count()).isEqualTo(2);
    assertThat(smb.sha256()).isEqualTo("aa11");
    assertThat(smb.info().kind()).isEqualTo(SeriesKind.FACTOR);
    assertThat(store.loadValues(smb, null, null).values()).containsExactly(0.01, 0.02);
    assertThat(store.loadValues(smb, D2, null).values()).containsExactly(0.02);
  }

  @Test
  void save_bars_roundTripsAbsentFieldsAndGaps() {
    store.save("market/indices/RUT", new SourceInfo("RUT.csv", "bb"), bars(12), false);

    StoredSeries s = store.resolve("RUT");
    assertThat(s.bars()).isTrue();
    BarSeries b = store.loadBars(s, null, null);
    assertThat(b.has(BarField.ADJ_CLOSE)).isFalse();
    assertThat(b.has(BarField.HIGH)).isFalse();
    assertThat(b.column(BarField.OPEN)[1]).isNaN();
    assertThat(b.column(BarField.CLOSE)).containsExactly(10, 11, 12);
    assertThat(b.column(BarField.VOLUME)).containsExactly(100, 200, 300);
    assertThat(store.loadValues(s, null, D2).values()).containsExactly(10, 11);
  }

  @Test
  void save_identicalBytes_changesNothing() {
    store.save("ff/factors", new SourceInfo("ff.csv", "aa11"), twoColumns(0.01), false);
    String before = store.contentHash();

    ImportResult again =
        store.save("ff/factors", new SourceInfo("ff.csv", "aa11"), twoColumns(0.01), false);

    assertThat(again.action()).isEqualTo(ImportResult.Action.UNCHANGED);
    assertThat(store.contentHash()).isEqualTo(before);
  }

  @Test
  void save_newVintage_replacesAndRecordsIt() {
    store.save("ff/factors", new SourceInfo("ff.csv", "aa11aa11aa11aa"), twoColumns(0.01), false);

    ImportResult r =
        store.save(
            "ff/factors", new SourceInfo("ff.csv", "bb22bb22bb22bb"), twoColumns(0.03), false);

    assertThat(r.action()).isEqualTo(ImportResult.Action.REPLACED);
    assertThat(r.notes()).anyMatch(n -> n.contains("aa11aa11aa11"));
    StoredSeries smb = store.resolve("ff/factors.SMB");
    assertThat(store.loadValues(smb, null, null).values()).containsExactly(0.03, 0.02);
    assertThat(store.listSeries()).hasSize(2);
  }

  @Test
  void save_idOwnedByAnotherFile_isRefusedAndStoreUnchanged() {
    store.save("a/RUT", new SourceInfo("RUT.csv", "bb"), bars(12), false);
    store.save("ff/factors", new SourceInfo("ff.csv", "aa"), twoColumns(0.01), false);
    String before = store.contentHash();

    // a file "ff" whose column "factors.SMB" would collide is artificial; use a snapshot id clash
    ParsedFile clash =
        ParsedFile.ofSeries(
            FileFormat.RETURNS,
            List.of(
                ParsedSeries.ofValues(
                    "SMB",
                    "x",
                    SeriesKind.RETURNS,
                    Frequency.DAILY,
                    "",
                    DateSeries.of(new LocalDate[] {D1}, new double[] {1}))),
            List.of());
    // same series id ff/factors.SMB from a different file id is impossible by construction, so
    // check the single-series case: file id equal to an existing series id of another file
    assertThatThrownBy(
            () ->
                store.save(
                    "ff/factors.SMB",
                    new SourceInfo("x.csv", "cc"),
                    ParsedFile.ofSeries(
                        FileFormat.RETURNS,
                        List.of(
                            clash.series().get(0).withKind(SeriesKind.RETURNS).withColumn(null)),
                        List.of()),
                    false))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("already belongs to file ff/factors");
    assertThat(store.contentHash()).isEqualTo(before);
  }

  @Test
  void save_databaseFailureMidway_rollsBackEverything() throws Exception {
    store.save("ff/factors", new SourceInfo("ff.csv", "aa"), twoColumns(0.01), false);
    try (Statement s = store.connection().createStatement()) {
      s.execute("DROP TABLE bars");
      s.execute(
          "CREATE TABLE bars (key INTEGER NOT NULL, date DATE NOT NULL, open DOUBLE, high DOUBLE,"
              + " low DOUBLE, close DOUBLE NOT NULL CHECK (close < 1000000), adj_close DOUBLE,"
              + " volume DOUBLE)");
    }
    String before = store.contentHash();
    ParsedFile mixed =
        new ParsedFile(
            FileFormat.OHLCV,
            List.of(
                twoColumns(0.5).series().get(0), bars(2_000_000).series().get(0).withColumn("B")),
            List.of(),
            List.of(),
            List.of());

    assertThatThrownBy(() -> store.save("new/file", new SourceInfo("n.csv", "dd"), mixed, false))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("store unchanged");
    assertThat(store.contentHash()).isEqualTo(before);
    assertThat(store.listSeries()).hasSize(2);
  }

  @Test
  void resolve_tailAndAmbiguity() {
    store.save("x/indices/RUT", new SourceInfo("a", "1"), bars(12), false);
    store.save("y/indices/RUT", new SourceInfo("b", "2"), bars(12), false);
    store.save("y/stocks/AAPL", new SourceInfo("c", "3"), bars(12), false);

    assertThat(store.resolve("AAPL").info().id()).isEqualTo(SeriesId.of("y/stocks/AAPL"));
    assertThat(store.resolve("stocks/AAPL").info().id()).isEqualTo(SeriesId.of("y/stocks/AAPL"));
    assertThatThrownBy(() -> store.resolve("RUT"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("ambiguous")
        .hasMessageContaining("x/indices/RUT")
        .hasMessageContaining("y/indices/RUT");
    assertThatThrownBy(() -> store.resolve("NOPE")).hasMessageContaining("no series 'NOPE'");
    assertThatThrownBy(() -> store.resolve("dices/RUT")).hasMessageContaining("no series");
  }

  @Test
  void snapshots_roundTripWithNaNAsNull() {
    Constituent a =
        Constituent.of("AAA")
            .withName("Alpha")
            .withSector("Financials")
            .with(ConstituentField.WEIGHT, 0.012)
            .with(ConstituentField.MARKET_CAP, 1.5e9);
    CrossSection cs = new CrossSection("Test holdings", D1, List.of(a, Constituent.of("BBB")));
    store.save(
        "h/IWM_holdings",
        new SourceInfo("h.csv", "ee"),
        ParsedFile.ofSnapshot(FileFormat.ISHARES, cs, List.of()),
        false);

    StoredSnapshot s = store.resolveSnapshot("IWM_holdings");
    assertThat(s.asOf()).isEqualTo(D1);
    assertThat(s.rows()).isEqualTo(2);
    CrossSection back = store.loadSnapshot(s);
    assertThat(back.rows()).containsExactly(a, Constituent.of("BBB"));
  }

  @Test
  void open_file_persistsAcrossReopen(@TempDir Path dir) {
    Path file = dir.resolve("sub/rotor.duckdb");
    try (Store s = Store.open(file)) {
      s.save("ff/factors", new SourceInfo("ff.csv", "aa"), twoColumns(0.01), false);
    }
    try (Store s = Store.open(file)) {
      assertThat(s.listSeries()).hasSize(2);
      assertThat(s.isEmpty()).isFalse();
    }
  }
}
