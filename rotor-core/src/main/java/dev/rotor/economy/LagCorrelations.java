package dev.rotor.economy;

import java.util.List;
import java.util.Objects;

/**
 * Correlations of monthly returns with an indicator at lags {@code -maxLag..+maxLag}, ascending by
 * lag, with a fixed note on the data's timing.
 *
 * @param correlations one entry per lag, ascending; copied, unmodifiable
 * @param note always {@link #REVISED_DATA_NOTE}
 */
public record LagCorrelations(List<LagCorrelation> correlations, String note) {

  /**
   * The shared data's FRED release file ({@code fred/_release_dates.csv}) holds only each series'
   * latest update time, not real-time vintages, so point-in-time alignment is impossible here.
   */
  public static final String REVISED_DATA_NOTE =
      "Correlations use revised (latest-vintage) indicator data aligned by reference month, not by"
          + " release date; point-in-time alignment is not possible because only FRED's latest"
          + " update time per series is available, not real-time vintages.";

  /** Validates and copies. */
  public LagCorrelations {
    correlations = List.copyOf(Objects.requireNonNull(correlations, "correlations"));
    Objects.requireNonNull(note, "note");
  }

  /** The entry at {@code lag}. @throws IllegalArgumentException when the lag is not present */
  public LagCorrelation at(int lag) {
    for (LagCorrelation c : correlations) {
      if (c.lag() == lag) {
        return c;
      }
    }
    throw new IllegalArgumentException("lag: not computed, was " + lag);
  }
}
