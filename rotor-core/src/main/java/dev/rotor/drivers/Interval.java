package dev.rotor.drivers;

import dev.rotor.scenario.StandardErrors;
import java.util.Objects;

/**
 * A two-sided confidence interval around an estimate; NaN ends when the estimate is undefined.
 *
 * @param estimate the point estimate
 * @param lower lower end
 * @param upper upper end
 * @param errors the standard errors the interval uses
 * @param confidence the confidence level, in (0, 1)
 */
public record Interval(
    double estimate, double lower, double upper, StandardErrors errors, double confidence) {

  /** Validates the level. */
  public Interval {
    Objects.requireNonNull(errors, "errors");
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence: must be in (0, 1), was " + confidence);
    }
  }

  /** True when the whole interval lies below zero. */
  public boolean excludesZeroBelow() {
    return upper < 0;
  }

  /** True when the whole interval lies above zero. */
  public boolean excludesZeroAbove() {
    return lower > 0;
  }
}
