package dev.rotor.service;

import dev.rotor.crosssection.CrossSection;
import dev.rotor.imports.ImportOptions;
import dev.rotor.leadership.Leadership;
import dev.rotor.leadership.LeadershipTable;
import dev.rotor.leadership.Window;
import dev.rotor.quality.CheckThresholds;
import dev.rotor.quality.DataChecks;
import dev.rotor.quality.SeriesCheckReport;
import dev.rotor.returns.PriceBasis;
import dev.rotor.rotation.RotationGraph;
import dev.rotor.rotation.RrgChart;
import dev.rotor.rotation.RrgParameters;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesId;
import dev.rotor.store.FileOutcome;
import dev.rotor.store.ImportResult;
import dev.rotor.store.Importer;
import dev.rotor.store.Store;
import dev.rotor.store.StoreException;
import dev.rotor.store.StoredSeries;
import dev.rotor.store.StoredSnapshot;
import dev.rotor.synthetic.SyntheticMarket;
import dev.rotor.synthetic.SyntheticSpec;
import dev.rotor.time.NyseCalendar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one orchestration service behind the CLI (and, later, the server): opens the store and offers
 * each user-level operation. Holds no state but the open store.
 */
public final class RotorService implements AutoCloseable {

  private final Store store;

  private RotorService(Store store) {
    this.store = store;
  }

  /** Opens the store file (creating it when absent). */
  public static RotorService open(Path storeFile) {
    return new RotorService(Store.open(storeFile));
  }

  /** Wraps an already open store (tests). */
  public static RotorService of(Store store) {
    return new RotorService(store);
  }

  /** The store's location, for messages. */
  public String storeLocation() {
    return store.location();
  }

  /** True when nothing has been imported or generated yet. */
  public boolean isEmpty() {
    return store.isEmpty();
  }

  /** Plans an import (ids per file); throws IllegalArgumentException for bad paths or --id. */
  public List<Importer.Planned> planImport(List<Path> paths, String idOverride) {
    return Importer.plan(paths, idOverride);
  }

  /** Imports planned files, one transaction each. */
  public List<FileOutcome> runImport(
      List<Importer.Planned> plan, ImportOptions options, Importer.Listener listener) {
    return new Importer(store).run(plan, options, listener);
  }

  /** Every stored series. */
  public List<StoredSeries> listSeries() {
    return store.listSeries();
  }

  /** The series named by an id or unique tail. */
  public StoredSeries series(String query) {
    return store.resolve(query);
  }

  /** The series named by an id or unique tail, or empty when the store has none (or several). */
  public Optional<StoredSeries> findSeries(String query) {
    try {
      return Optional.of(store.resolve(query));
    } catch (StoreException e) {
      return Optional.empty();
    }
  }

  /** The snapshot named by an id or unique tail, or empty when the store has none (or several). */
  public Optional<StoredSnapshot> findSnapshot(String query) {
    try {
      return Optional.of(store.resolveSnapshot(query));
    } catch (StoreException e) {
      return Optional.empty();
    }
  }

  /** Values (or closes) of a series within optional bounds. */
  public DateSeries values(StoredSeries s, LocalDate from, LocalDate to) {
    return store.loadValues(s, from, to);
  }

  /** Bars of a bar series within optional bounds. */
  public BarSeries bars(StoredSeries s, LocalDate from, LocalDate to) {
    return store.loadBars(s, from, to);
  }

  /**
   * Values of the single-value series whose ids are {@code prefix + tail}, for the given tails,
   * dated in {@code [from, to]}, read in one query.
   */
  public Map<String, DateSeries> valuesWithPrefix(
      String prefix, java.util.Collection<String> tails, LocalDate from, LocalDate to) {
    return store.loadValuesWithPrefix(prefix, tails, from, to);
  }

  /**
   * Builds the leadership report from the store (the synthetic sample when the store holds no real
   * small-cap series).
   *
   * @throws IllegalArgumentException when the chosen series are missing
   */
  public dev.rotor.report.Report report(
      dev.rotor.report.build.ReportRequest request,
      dev.rotor.report.build.ReportBuilder.Timer timer) {
    return dev.rotor.report.build.ReportBuilder.build(new StoreReportData(this), request, timer);
  }

  /** Every stored snapshot. */
  public List<StoredSnapshot> listSnapshots() {
    return store.listSnapshots();
  }

  /** The snapshot named by an id or unique tail. */
  public StoredSnapshot snapshot(String query) {
    return store.resolveSnapshot(query);
  }

  /** The rows of a snapshot. */
  public CrossSection snapshotRows(StoredSnapshot s) {
    return store.loadSnapshot(s);
  }

  /** A stored series and its levels on the chosen price basis. */
  public record Levels(StoredSeries series, PriceBasis basis, DateSeries values) {
    /** The series id. */
    public SeriesId id() {
      return series.info().id();
    }
  }

  /**
   * The levels of the series named by {@code query} on {@code basis}: the close for {@link
   * PriceBasis#PRICE} (for single-value series, the stored value), the adjusted close for {@link
   * PriceBasis#TOTAL}.
   *
   * @throws IllegalArgumentException when a total-return basis is asked of a series without an
   *     adjusted close
   */
  public Levels levels(String query, PriceBasis basis) {
    StoredSeries s = store.resolve(query);
    if (basis == PriceBasis.TOTAL) {
      if (!s.bars()) {
        throw new IllegalArgumentException(
            "--basis total: "
                + s.info().id()
                + " holds single values, not bars with an adjusted close; use --basis price"
                + " (closes in factor_attribution/ files are already dividend-adjusted)");
      }
      var bars = store.loadBars(s, null, null);
      if (!bars.has(BarField.ADJ_CLOSE)) {
        throw new IllegalArgumentException(
            "--basis total: " + s.info().id() + " has no adjusted close; use --basis price");
      }
      return new Levels(s, basis, bars.field(BarField.ADJ_CLOSE));
    }
    return new Levels(s, basis, store.loadValues(s, null, null));
  }

  /**
   * The relative rotation graph of {@code assets} against {@code benchmark} as of {@code asOf}
   * (null: the benchmark's last date).
   */
  public RrgChart rrg(
      String benchmark, List<String> assets, LocalDate asOf, RrgParameters p, PriceBasis basis) {
    Levels b = levels(benchmark, basis);
    Map<SeriesId, DateSeries> a = new LinkedHashMap<>();
    for (String q : assets) {
      Levels l = levels(q, basis);
      a.put(l.id(), l.values());
    }
    if (b.values().isEmpty()) {
      throw new IllegalArgumentException("benchmark " + b.id() + " has no observations");
    }
    LocalDate at = asOf == null ? b.values().lastDate() : asOf;
    return RotationGraph.chart(b.id(), b.values(), a, at, p);
  }

  /** A leadership table and whether any of its inputs is SYNTHETIC. */
  public record LeadershipResult(LeadershipTable table, boolean synthetic) {}

  /**
   * Who leads over each window: returns, spreads, leader and how unusual the spread is, for small
   * vs large (and tech when given), as of {@code asOf} (null: the last common date).
   */
  public LeadershipResult leadership(
      String small,
      String large,
      String tech,
      LocalDate asOf,
      List<Window> windows,
      PriceBasis basis) {
    List<Levels> all = new ArrayList<>();
    all.add(levels(small, basis));
    all.add(levels(large, basis));
    if (tech != null) {
      all.add(levels(tech, basis));
    }
    Map<SeriesId, DateSeries> map = new LinkedHashMap<>();
    boolean synthetic = false;
    LocalDate last = null;
    for (Levels l : all) {
      if (map.put(l.id(), l.values()) != null) {
        throw new IllegalArgumentException("series: " + l.id() + " is named twice");
      }
      synthetic |= l.series().info().synthetic();
      if (l.values().isEmpty()) {
        throw new IllegalArgumentException("series: " + l.id() + " has no observations");
      }
      LocalDate end = l.values().lastDate();
      last = last == null || end.isBefore(last) ? end : last;
    }
    LeadershipTable t =
        Leadership.table(
            map,
            basis,
            all.get(0).id(),
            all.get(1).id(),
            tech == null ? Optional.empty() : Optional.of(all.get(2).id()),
            asOf == null ? last : asOf,
            windows);
    return new LeadershipResult(t, synthetic);
  }

  /**
   * The relative line of {@code small} vs {@code large} (levels or returns), or of one spread
   * return series when {@code spread} is given. See {@link RelativeLine}.
   *
   * @throws IllegalArgumentException when the choice is incomplete or mixes levels and returns
   */
  public RelativeLine relativeLine(String small, String large, String spread, PriceBasis basis) {
    if (spread != null) {
      if (small != null || large != null) {
        throw new IllegalArgumentException("give either --spread or --small and --large, not both");
      }
      StoredSeries s = store.resolve(spread);
      if (!RelativeLine.isReturns(s.info().kind())) {
        throw new IllegalArgumentException(
            "--spread: "
                + s.info().id()
                + " is a "
                + s.info().kind().label()
                + " series; a spread must be returns or a factor (e.g. SMB)");
      }
      DateSeries line =
          dev.rotor.returns.RelativeLines.growthOfOne(store.loadValues(s, null, null));
      return new RelativeLine(
          line,
          s.info().frequency(),
          "growth of one of " + s.info().id(),
          List.of(s.info().id().value()),
          s.info().synthetic());
    }
    if (small == null || large == null) {
      throw new IllegalArgumentException("give --small and --large, or --spread");
    }
    StoredSeries a = store.resolve(small);
    StoredSeries b = store.resolve(large);
    boolean ra = RelativeLine.isReturns(a.info().kind());
    boolean rb = RelativeLine.isReturns(b.info().kind());
    if (ra != rb) {
      throw new IllegalArgumentException(
          a.info().id() + " and " + b.info().id() + " mix returns and levels");
    }
    if (a.info().frequency() != b.info().frequency()) {
      throw new IllegalArgumentException(
          a.info().id()
              + " is "
              + a.info().frequency().label()
              + " but "
              + b.info().id()
              + " is "
              + b.info().frequency().label());
    }
    boolean synthetic = a.info().synthetic() || b.info().synthetic();
    List<String> ids = List.of(a.info().id().value(), b.info().id().value());
    if (ra) {
      DateSeries line =
          dev.rotor.returns.RelativeLines.fromReturns(
              store.loadValues(a, null, null), store.loadValues(b, null, null));
      return new RelativeLine(
          line,
          a.info().frequency(),
          "growth of one of " + ids.get(0) + " / growth of one of " + ids.get(1),
          ids,
          synthetic);
    }
    DateSeries line =
        dev.rotor.returns.RelativeLines.ratio(
            levels(small, basis).values(), levels(large, basis).values());
    return new RelativeLine(
        line, a.info().frequency(), ids.get(0) + " / " + ids.get(1), ids, synthetic);
  }

  /** The values of a series (closes for bars), or the empty series when {@code query} is null. */
  public DateSeries valuesOrEmpty(String query) {
    if (query == null) {
      return DateSeries.empty();
    }
    StoredSeries s = store.resolve(query);
    return store.loadValues(s, null, null);
  }

  /**
   * The bars of the series named by {@code query}; a single-value series becomes bars with only a
   * close.
   */
  public BarSeries barsOf(String query) {
    return barsOf(store.resolve(query));
  }

  /** The bars of {@code s}; a single-value series becomes bars with only a close. */
  public BarSeries barsOf(StoredSeries s) {
    if (s.bars()) {
      return store.loadBars(s, null, null);
    }
    DateSeries v = store.loadValues(s, null, null);
    return BarSeries.of(v.dates(), Map.of(BarField.CLOSE, v.values()));
  }

  /** The relative-strength line of an asset and its trend figures as of a date. */
  public record RsTrend(
      double rs, double sma50, double sma200, double slope63Annualised, boolean aboveSma200) {}

  /**
   * Relative strength of {@code asset} against {@code benchmark} (daily, rebased to 100) as of
   * {@code asOf}: its 50- and 200-day simple moving averages and the annualised OLS slope of ln RS
   * over the last 63 days (NaN where history is short).
   */
  public RsTrend rsTrend(String asset, String benchmark, LocalDate asOf, PriceBasis basis) {
    DateSeries a = levels(asset, basis).values().between(null, asOf);
    DateSeries b = levels(benchmark, basis).values().between(null, asOf);
    DateSeries rs =
        dev.rotor.rotation.RelativeStrength.line(a, b, dev.rotor.rotation.RsBase.REBASED_100);
    if (rs.isEmpty()) {
      return new RsTrend(Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
    }
    DateSeries s50 = dev.rotor.rotation.RelativeStrength.simpleAverage(rs, 50);
    DateSeries s200 = dev.rotor.rotation.RelativeStrength.simpleAverage(rs, 200);
    DateSeries slope =
        dev.rotor.rotation.RelativeStrength.annualisedSlope(
            rs, 63, dev.rotor.series.Frequency.DAILY);
    double last = rs.lastValue();
    double m200 = s200.isEmpty() ? Double.NaN : s200.lastValue();
    return new RsTrend(
        last,
        s50.isEmpty() ? Double.NaN : s50.lastValue(),
        m200,
        slope.isEmpty() ? Double.NaN : slope.lastValue(),
        last > m200);
  }

  /**
   * Every series of one imported multi-series file (e.g. the stock panel), keyed by its column (the
   * ticker). {@code fileQuery} is the file id or a unique tail of it.
   *
   * @throws IllegalArgumentException when no file or several files match
   */
  public Map<String, DateSeries> seriesOfFile(String fileQuery) {
    java.util.Set<String> files = new java.util.TreeSet<>();
    List<StoredSeries> all = store.listSeries();
    for (StoredSeries s : all) {
      if (s.fileId().equals(fileQuery) || s.fileId().endsWith("/" + fileQuery)) {
        files.add(s.fileId());
      }
    }
    if (files.size() != 1) {
      throw new IllegalArgumentException(
          "--panel: "
              + (files.isEmpty() ? "no imported file '" + fileQuery + "'" : "ambiguous: " + files));
    }
    String fileId = files.iterator().next();
    Map<String, DateSeries> out = new LinkedHashMap<>();
    for (StoredSeries s : all) {
      String id = s.info().id().value();
      if (s.fileId().equals(fileId) && id.length() > fileId.length()) {
        out.put(id.substring(fileId.length() + 1), store.loadValues(s, null, null));
      }
    }
    return out;
  }

  /** What generating the sample did. */
  public record SampleResult(long seed, int series, int snapshots, long rows, boolean unchanged) {}

  /**
   * Generates Rotor's SYNTHETIC market with {@code seed} and stores it (one transaction). The same
   * seed again changes nothing.
   */
  public SampleResult sample(long seed) {
    var data = SyntheticMarket.generate(SyntheticSpec.defaults().withSeed(seed));
    List<ImportResult> results = store.saveAll(SampleMarket.entries(data));
    long rows = 0;
    boolean unchanged = true;
    for (ImportResult r : results) {
      rows += r.rows();
      unchanged &= r.action() == ImportResult.Action.UNCHANGED;
    }
    return new SampleResult(
        seed, data.series().size(), data.crossSections().size(), rows, unchanged);
  }

  /**
   * Runs the data checks on the named series (every series when {@code queries} is empty) against
   * the NYSE calendar.
   */
  public List<SeriesCheckReport> checkData(List<String> queries, CheckThresholds thresholds) {
    List<StoredSeries> targets = new ArrayList<>();
    if (queries.isEmpty()) {
      targets.addAll(store.listSeries());
    } else {
      for (String q : queries) {
        targets.add(store.resolve(q));
      }
    }
    NyseCalendar cal = NyseCalendar.instance();
    List<SeriesCheckReport> out = new ArrayList<>();
    for (StoredSeries s : targets) {
      out.add(
          s.bars()
              ? DataChecks.check(s.info(), store.loadBars(s, null, null), cal, thresholds)
              : DataChecks.check(s.info(), store.loadValues(s, null, null), cal, thresholds));
    }
    return out;
  }

  @Override
  public void close() {
    store.close();
  }
}
