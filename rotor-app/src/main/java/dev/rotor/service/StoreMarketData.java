package dev.rotor.service;

import dev.rotor.claims.MarketData;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.returns.PriceBasis;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.store.StoreException;
import dev.rotor.store.StoredSnapshot;
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
        id,
        k -> {
          try {
            return Optional.of(service.levels(k, PriceBasis.PRICE).values());
          } catch (StoreException e) {
            return Optional.empty();
          }
        });
  }

  @Override
  public Optional<BarSeries> bars(String id) {
    return bars.computeIfAbsent(
        id,
        k -> {
          try {
            return Optional.of(service.barsOf(k));
          } catch (StoreException e) {
            return Optional.empty();
          }
        });
  }

  @Override
  public Optional<CrossSection> snapshot(String id) {
    return snapshots.computeIfAbsent(
        id,
        k -> {
          try {
            StoredSnapshot s = service.snapshot(k);
            return s.id().equals(k) ? Optional.of(service.snapshotRows(s)) : Optional.empty();
          } catch (StoreException e) {
            return Optional.empty();
          }
        });
  }
}
