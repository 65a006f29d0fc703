package dev.rotor.analogs;

import java.util.Objects;

/**
 * One named number describing the state of the pair on a date, such as {@code recent_3m} (a
 * relative return) or {@code vol_6m} (an annualised relative volatility). NaN when the series is
 * too short to measure it.
 *
 * @param name feature name, not blank
 * @param value the value, or NaN for too little history
 */
public record StateFeature(String name, double value) {

  /** Validates the name. */
  public StateFeature {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
  }
}
