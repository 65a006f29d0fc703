package dev.rotor.rotation;

import java.time.LocalDate;

/**
 * One point of a relative rotation graph: the RS-Ratio and RS-Momentum of an asset on {@code date}
 * (the date of the last observation of the period). Either coordinate is NaN while the history is
 * shorter than the windows ({@link RrgParameters#ratioWarmUp()}, {@link
 * RrgParameters#momentumWarmUp()}).
 */
public record RrgPoint(LocalDate date, double ratio, double momentum) {

  /** Requires a date; coordinates are finite or NaN. */
  public RrgPoint {
    RelativeStrength.requireNonNull("date", date);
    if (Double.isInfinite(ratio)) {
      throw new IllegalArgumentException("ratio: must be finite or NaN, got " + ratio);
    }
    if (Double.isInfinite(momentum)) {
      throw new IllegalArgumentException("momentum: must be finite or NaN, got " + momentum);
    }
  }

  /** The quadrant of this point ({@link Quadrant#NONE} when a coordinate is NaN or 100). */
  public Quadrant quadrant() {
    return Quadrant.of(ratio, momentum);
  }
}
