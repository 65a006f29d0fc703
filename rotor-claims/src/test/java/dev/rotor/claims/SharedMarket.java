package dev.rotor.claims;

import dev.rotor.crosssection.CrossSection;
import dev.rotor.imports.ImportException;
import dev.rotor.imports.ImportOptions;
import dev.rotor.imports.Parsers;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import dev.rotor.shareddata.SharedData;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Test {@link MarketData} over the shared CSV files, named by their store ids (file path without
 * extension; {@code file.COLUMN} for a column of a wide file). Reads each file once per instance.
 * Snapshots ({@code finviz_snapshot/...}) are read with the store's own importer ({@link
 * Parsers#parse}), so they are the cross-sections {@code rotor import} stores.
 */
final class SharedMarket implements MarketData {

  private final Map<String, Optional<DateSeries>> cache = new HashMap<>();
  private final Map<String, Optional<CrossSection>> snapshots = new HashMap<>();

  @Override
  public Optional<CrossSection> snapshot(String id) {
    return snapshots.computeIfAbsent(
        id,
        k -> {
          if (!k.startsWith("finviz_snapshot/")) {
            return Optional.empty();
          }
          try {
            return Optional.of(
                Parsers.parse(SharedData.file(k + ".csv"), ImportOptions.defaults())
                    .snapshots()
                    .get(0));
          } catch (ImportException e) {
            throw new IllegalStateException("cannot read " + k, e);
          }
        });
  }

  @Override
  public Optional<DateSeries> levels(String id) {
    return cache.computeIfAbsent(id, SharedMarket::load);
  }

  @Override
  public Optional<BarSeries> bars(String id) {
    if (!id.startsWith("etf-seasonality/")) {
      return levels(id).map(s -> BarSeries.of(s.dates(), Map.of(BarField.CLOSE, s.values())));
    }
    DateSeries c = RealSeries.column(id + ".csv", "Close");
    DateSeries v = RealSeries.column(id + ".csv", "Volume");
    DateSeries vv = v.forwardFillTo(c.dates());
    return Optional.of(
        BarSeries.of(c.dates(), Map.of(BarField.CLOSE, c.values(), BarField.VOLUME, vv.values())));
  }

  private static Optional<DateSeries> load(String id) {
    if (id.startsWith("market-base/fred/")) {
      int dot = id.lastIndexOf('.');
      return Optional.of(RealSeries.column(id.substring(0, dot) + ".csv", id.substring(dot + 1)));
    }
    if (id.startsWith("market-base/")) {
      return Optional.of(RealSeries.column(id + ".csv", "close"));
    }
    if (id.startsWith("factor_attribution/etf/")
        || id.startsWith("etf-seasonality/")
        || id.startsWith("silverlight/")) {
      return Optional.of(RealSeries.column(id + ".csv", "Close"));
    }
    return Optional.empty();
  }
}
