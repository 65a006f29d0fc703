package dev.rotor.service;

import dev.rotor.claims.MarketData;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The claim checker's {@link MarketData} over a {@link RotorService}: levels on the price basis,
 * bars and snapshots as stored; an id the store does not hold exactly gives empty. Each id is
 * loaded once per instance (one instance serves one {@code rotor check} run).
 */
public final class StoreMarketData implements MarketData {

  private final RotorService service;
  private final Map<String, Optional<DateSeries>> levels = new HashMap<>();
  private final Map<String, Optional<BarSeries>> bars = new HashMap<>();
  private final Map<String, Optional<CrossSection>> snapshots = new HashMap<>();

  /** Data from {@code service}. */
  public StoreMarketData(RotorService service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  @Override
  public Optional<DateSeries> levels(String id) {
    return levels.computeIfAbsent(
        id, k -> service.findSeries(k).map(s -> service.values(s, null, null)));
  }

  @Override
  public Optional<BarSeries> bars(String id) {
    return bars.computeIfAbsent(id, k -> service.findSeries(k).map(service::barsOf));
  }

  @Override
  public Optional<CrossSection> snapshot(String id) {
    return snapshots.computeIfAbsent(
        id, k -> service.findSnapshot(k).filter(s -> s.id().equals(k)).map(service::snapshotRows));
  }
}
