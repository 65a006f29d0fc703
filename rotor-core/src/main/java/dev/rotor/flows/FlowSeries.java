package dev.rotor.flows;

import dev.rotor.series.DateSeries;
import java.util.Objects;

/**
 * Daily volume measures of a small-cap vs a large-cap ETF on their common dates. The z-score series
 * lack the first {@code window} dates and any date whose trailing standard deviation is 0.
 *
 * @param window trailing window of the z-scores, in common trading days
 * @param smallDollarVolume close x volume of the small ETF, USD
 * @param largeDollarVolume close x volume of the large ETF, USD
 * @param smallShare {@code dv_small / (dv_small + dv_large)} (absent when both are 0)
 * @param smallShareZ z-score of {@code smallShare} against its previous {@code window} values
 * @param smallVolumeZ z-score of the small ETF's share volume against its previous {@code window}
 *     volumes
 * @param largeVolumeZ the same for the large ETF
 */
public record FlowSeries(
    int window,
    DateSeries smallDollarVolume,
    DateSeries largeDollarVolume,
    DateSeries smallShare,
    DateSeries smallShareZ,
    DateSeries smallVolumeZ,
    DateSeries largeVolumeZ) {

  /** Validates non-null series. */
  public FlowSeries {
    if (window < 2) {
      throw new IllegalArgumentException("window: must be at least 2");
    }
    Objects.requireNonNull(smallDollarVolume, "smallDollarVolume");
    Objects.requireNonNull(largeDollarVolume, "largeDollarVolume");
    Objects.requireNonNull(smallShare, "smallShare");
    Objects.requireNonNull(smallShareZ, "smallShareZ");
    Objects.requireNonNull(smallVolumeZ, "smallVolumeZ");
    Objects.requireNonNull(largeVolumeZ, "largeVolumeZ");
  }
}
