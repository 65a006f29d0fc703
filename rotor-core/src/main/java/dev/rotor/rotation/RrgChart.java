package dev.rotor.rotation;

import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.List;

/**
 * A relative rotation graph: many assets against one benchmark as of a date.
 *
 * @param benchmark the benchmark's id
 * @param asOf no observation after this date was used
 * @param parameters the parameters used
 * @param assets one entry per asset, in the order given
 */
public record RrgChart(
    SeriesId benchmark, LocalDate asOf, RrgParameters parameters, List<RrgAsset> assets) {

  /** Requires every component; copies the list. */
  public RrgChart {
    RelativeStrength.requireNonNull("benchmark", benchmark);
    RelativeStrength.requireNonNull("asOf", asOf);
    RelativeStrength.requireNonNull("parameters", parameters);
    RelativeStrength.requireNonNull("assets", assets);
    assets = List.copyOf(assets);
  }
}
