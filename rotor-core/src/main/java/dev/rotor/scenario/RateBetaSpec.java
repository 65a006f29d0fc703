package dev.rotor.scenario;

import dev.rotor.returns.ReturnKind;
import dev.rotor.series.Frequency;
import java.util.Objects;

/**
 * How a rate beta is estimated: the sampling frequency of asset returns and yield changes, and the
 * kind of asset return.
 *
 * @param sampling {@link Frequency#DAILY}, {@link Frequency#WEEKLY} or {@link Frequency#MONTHLY};
 *     levels are sampled by the last common observation of each period
 * @param kind simple or log asset returns
 */
public record RateBetaSpec(Frequency sampling, ReturnKind kind) {

  /** Validates the sampling frequency. */
  public RateBetaSpec {
    Objects.requireNonNull(sampling, "sampling");
    Objects.requireNonNull(kind, "kind");
    if (sampling == Frequency.QUARTERLY || sampling == Frequency.ANNUAL) {
      throw new IllegalArgumentException(
          "sampling: must be daily, weekly or monthly, was " + sampling.label());
    }
  }

  /** Weekly simple returns: Rotor's default for rate betas. */
  public static RateBetaSpec defaults() {
    return new RateBetaSpec(Frequency.WEEKLY, ReturnKind.SIMPLE);
  }
}
