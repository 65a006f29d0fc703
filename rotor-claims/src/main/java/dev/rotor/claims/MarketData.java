package dev.rotor.claims;

import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.util.Optional;

/**
 * What the evaluator needs of a data store. Implementations return empty for an unknown id, never
 * throw for one.
 */
public interface MarketData {

  /**
   * The levels (closes on the price basis, or the values of a single-value series) of {@code id}.
   */
  Optional<DateSeries> levels(String id);

  /** The bars of {@code id} (close and, where stored, volume). */
  Optional<BarSeries> bars(String id);

  /**
   * The cross-section snapshot stored under exactly {@code id} (fundamentals with memberships and
   * its as-of date), used by valuation claims. The default holds no snapshot: valuation claims are
   * then UNVERIFIABLE.
   */
  default Optional<CrossSection> snapshot(String id) {
    return Optional.empty();
  }
}
