package dev.rotor.report.build;

import dev.rotor.series.BarSeries;
import dev.rotor.series.SeriesId;
import dev.rotor.synthetic.SyntheticData;
import dev.rotor.synthetic.SyntheticMarket;
import dev.rotor.synthetic.SyntheticSpec;
import java.util.Optional;

/** Report data from Rotor's synthetic market, in memory (ids as in the store sample). */
final class SyntheticReportData implements ReportData {
  static final String SNAPSHOT = "synthetic/snapshots/stocks";

  private static SyntheticData shared;

  private final SyntheticData market;

  SyntheticReportData(SyntheticData market) {
    this.market = market;
  }

  /** The default sample, generated once per test JVM. */
  static synchronized SyntheticReportData defaults() {
    if (shared == null) {
      shared = SyntheticMarket.generate(SyntheticSpec.defaults());
    }
    return new SyntheticReportData(shared);
  }

  SyntheticData market() {
    return market;
  }

  @Override
  public boolean synthetic() {
    return true;
  }

  @Override
  public Optional<Loaded> series(String query) {
    if (query.endsWith("/") || query.endsWith("*")) {
      return Optional.empty();
    }
    return market
        .find(SeriesId.of(query))
        .map(
            s ->
                new Loaded(
                    s.info().id().value(), s.info().name(), "SYNTHETIC", s.closesOrValues()));
  }

  @Override
  public Optional<BarSeries> bars(String query) {
    return market.find(SeriesId.of(query)).filter(s -> s.hasBars()).map(s -> s.bars());
  }

  @Override
  public java.util.Map<String, dev.rotor.series.DateSeries> panel(
      String prefix,
      java.util.Collection<String> tickers,
      java.time.LocalDate from,
      java.time.LocalDate to) {
    java.util.Map<String, dev.rotor.series.DateSeries> out = new java.util.LinkedHashMap<>();
    for (String t : tickers) {
      series(prefix + t).ifPresent(l -> out.put(t, l.values().between(from, to)));
    }
    return out;
  }

  @Override
  public Optional<Snapshot> snapshot(String query) {
    if (!SNAPSHOT.equals(query) || market.crossSections().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Snapshot(SNAPSHOT, "SYNTHETIC", market.crossSections().get(0)));
  }
}
