package dev.rotor.service;

import dev.rotor.report.build.ReportData;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.store.StoreException;
import dev.rotor.store.StoredSeries;
import dev.rotor.store.StoredSnapshot;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The report's data read from the store. The data count as synthetic when the store holds none of
 * the real default small-cap series but does hold the synthetic sample.
 */
final class StoreReportData implements ReportData {
  private static final String[] REAL_SMALL = {"market-base/indices/RUT", "etf-seasonality/IWM"};
  private static final String SYNTHETIC_SMALL = "synthetic/indices/SMALL";

  private final RotorService service;
  private final boolean synthetic;

  StoreReportData(RotorService service) {
    this.service = service;
    boolean real = false;
    for (String id : REAL_SMALL) {
      real |= find(id).isPresent();
    }
    this.synthetic = !real && find(SYNTHETIC_SMALL).isPresent();
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
    try {
      StoredSnapshot s = service.snapshot(query);
      return Optional.of(
          new Snapshot(
              s.id(), s.synthetic() ? "SYNTHETIC" : s.sourceFile(), service.snapshotRows(s)));
    } catch (StoreException e) {
      return Optional.empty();
    }
  }

  private Optional<StoredSeries> find(String query) {
    try {
      return Optional.of(service.series(query));
    } catch (StoreException e) {
      return Optional.empty();
    }
  }
}
