package dev.rotor.service;

import dev.rotor.report.build.ReportBuilder;
import dev.rotor.report.build.ReportData;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.store.StoredSeries;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The report's data read from the store. The data count as synthetic as {@link
 * ReportBuilder#isSyntheticSample} decides.
 */
final class StoreReportData implements ReportData {
  private final RotorService service;
  private final boolean synthetic;

  StoreReportData(RotorService service) {
    this.service = service;
    this.synthetic = ReportBuilder.isSyntheticSample(id -> find(id).isPresent());
  }

  @Override
  public boolean synthetic() {
    return synthetic;
  }

  @Override
  public synchronized Optional<Loaded> series(String query) {
    return find(query)
        .map(
            s ->
                new Loaded(
                    s.info().id().value(),
                    s.info().name(),
                    s.info().synthetic() ? "SYNTHETIC" : s.sourceFile(),
                    service.values(s, null, null)));
  }

  @Override
  public synchronized boolean has(String query) {
    return find(query).isPresent();
  }

  @Override
  public synchronized Optional<BarSeries> bars(String query) {
    return find(query).filter(StoredSeries::bars).map(s -> service.bars(s, null, null));
  }

  @Override
  public synchronized Map<String, DateSeries> panel(
      String prefix, Collection<String> tickers, LocalDate from, LocalDate to) {
    return service.valuesWithPrefix(prefix, tickers, from, to);
  }

  @Override
  public synchronized Optional<Snapshot> snapshot(String query) {
    return service
        .findSnapshot(query)
        .map(
            s ->
                new Snapshot(
                    s.id(), s.synthetic() ? "SYNTHETIC" : s.sourceFile(), service.snapshotRows(s)));
  }

  private Optional<StoredSeries> find(String query) {
    return service.findSeries(query);
  }
}
