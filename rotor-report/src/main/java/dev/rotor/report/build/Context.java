package dev.rotor.report.build;

import dev.rotor.report.Source;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every section builder shares: the data (with a per-report cache), the chosen series and the
 * as-of date. Sections read data only through here, and never past {@link #asOf()}.
 */
final class Context {
  private final ReportData data;
  private final Universe universe;
  private final LocalDate asOf;

  /** Series as loaded (whole history); only the as-of probe reads these. */
  private final Map<String, Optional<ReportData.Loaded>> series = new HashMap<>();

  /** Series cut at the as-of date, made once per id. */
  private final Map<String, Optional<ReportData.Loaded>> cut = new HashMap<>();

  private final Map<String, Optional<BarSeries>> bars = new HashMap<>();
  private final Map<String, Optional<ReportData.Snapshot>> snapshots = new HashMap<>();
  private final Map<String, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Object> memoLocks = new HashMap<>();
  private final Map<Universe.Role, Optional<String>> roles = new HashMap<>();

  private ReportBuilder.Timer timer = ReportBuilder.Timer.NONE;

  private Context(ReportData data, Universe universe, LocalDate asOf) {
    this.data = data;
    this.universe = universe;
    this.asOf = asOf;
  }

  /** Sets where sub-steps report their time. */
  void timer(ReportBuilder.Timer t) {
    this.timer = t;
  }

  /** Runs {@code step} and records its time under {@code name} (e.g. "drivers/rates"). */
  void timed(String name, Runnable step) {
    long t = System.nanoTime();
    try {
      step.run();
    } finally {
      timer.record(name, System.nanoTime() - t);
    }
  }

  /** Chooses the series and the as-of date (requested, else the last date common to all). */
  static Context of(ReportData data, ReportRequest request) {
    Universe u = Universe.choose(data, request);
    Context probe = new Context(data, u, LocalDate.MAX);
    LocalDate last = probe.full(u.small()).lastDate();
    LocalDate l2 = probe.full(u.large()).lastDate();
    last = l2.isBefore(last) ? l2 : last;
    if (u.tech() != null) {
      LocalDate l3 = probe.full(u.tech()).lastDate();
      last = l3.isBefore(last) ? l3 : last;
    }
    LocalDate first = probe.full(u.small()).firstDate();
    LocalDate f2 = probe.full(u.large()).firstDate();
    first = f2.isAfter(first) ? f2 : first;
    if (u.tech() != null) {
      LocalDate f3 = probe.full(u.tech()).firstDate();
      first = f3.isAfter(first) ? f3 : first;
    }
    if (request.asOf() != null && request.asOf().isBefore(first.plusMonths(1))) {
      throw new IllegalArgumentException(
          "--asof "
              + request.asOf()
              + ": the report needs at least a month of data, and "
              + u.small()
              + ", "
              + u.large()
              + (u.tech() == null ? "" : ", " + u.tech())
              + " have common dates only from "
              + first);
    }
    LocalDate asOf = request.asOf() == null || request.asOf().isAfter(last) ? last : request.asOf();
    Context c = new Context(data, u, asOf);
    c.series.putAll(probe.series);
    return c;
  }

  /** True on the synthetic sample. */
  boolean synthetic() {
    return data.synthetic();
  }

  /** The chosen series. */
  Universe universe() {
    return universe;
  }

  /** The as-of date: no value after it is used. */
  LocalDate asOf() {
    return asOf;
  }

  /** A series up to the as-of date, or empty when absent. */
  synchronized Optional<ReportData.Loaded> series(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return cut.computeIfAbsent(
        id,
        k ->
            series
                .computeIfAbsent(k, data::series)
                .map(
                    l ->
                        new ReportData.Loaded(
                            l.id(), l.name(), l.origin(), l.values().between(null, asOf))));
  }

  /** The values of a series up to the as-of date; throws when absent (the caller checked). */
  DateSeries values(String id) {
    return series(id).orElseThrow(() -> new IllegalArgumentException("no series " + id)).values();
  }

  /** Bars up to the as-of date, or empty. */
  synchronized Optional<BarSeries> bars(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return bars.computeIfAbsent(id, k -> data.bars(k).map(b -> b.between(null, asOf)));
  }

  /**
   * Levels of panel members (ids {@code prefix + ticker}) between two dates; empty when {@code
   * prefix} is null. Unlike the other accessors this may read past the as-of date (to roll weights
   * back from a later holdings snapshot); callers that do so say so in the report.
   */
  synchronized Map<String, DateSeries> panel(
      String prefix, java.util.Collection<String> tickers, LocalDate from, LocalDate to) {
    if (prefix == null) {
      return Map.of();
    }
    return data.panel(prefix, tickers, from, to);
  }

  /** A snapshot, or empty. */
  synchronized Optional<ReportData.Snapshot> snapshot(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return snapshots.computeIfAbsent(id, data::snapshot);
  }

  /** The id filling a role, or null when no candidate is present. */
  synchronized String role(Universe.Role role) {
    return roles
        .computeIfAbsent(role, r -> Optional.ofNullable(universe.role(data, r)))
        .orElse(null);
  }

  /**
   * A value computed once per report and shared by sections (e.g. the episode table), keyed by
   * {@code key}.
   */
  @SuppressWarnings("unchecked")
  <T> T memo(String key, java.util.function.Supplier<T> compute) {
    Object lock;
    synchronized (memoLocks) {
      lock = memoLocks.computeIfAbsent(key, k -> new Object());
    }
    synchronized (lock) {
      Object v = memo.get(key);
      if (v == null) {
        v = compute.get();
        memo.put(key, v);
      }
      return (T) v;
    }
  }

  /** A source for {@code id} over {@code from..to} (origin looked up). */
  Source source(String id, LocalDate from, LocalDate to) {
    String origin =
        series(id)
            .map(ReportData.Loaded::origin)
            .or(() -> snapshot(id).map(ReportData.Snapshot::origin))
            .orElse("");
    return new Source(id, origin, from, to);
  }

  private DateSeries full(String id) {
    DateSeries v =
        series
            .computeIfAbsent(id, data::series)
            .orElseThrow(() -> new IllegalArgumentException("no series " + id))
            .values();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("series " + id + " has no observations");
    }
    return v;
  }
}
