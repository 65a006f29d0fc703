package dev.rotor.analogs;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One analog date with its state and what followed it.
 *
 * @param date the analog date (an observation of the series, before the as-of date)
 * @param distance standardised Euclidean distance to the as-of state for {@link
 *     AnalogMethod#NEAREST_NEIGHBOURS}; NaN for {@link AnalogMethod#THRESHOLD}
 * @param state the state features on {@code date}, in the order of {@link AnalogResult#asOfState()}
 * @param forward forward relative returns from {@code date}, one per {@link
 *     AnalogSpec#horizonMonths()}, in that order
 */
public record Analog(LocalDate date, double distance, double[] state, double[] forward) {

  /** Validates and copies the arrays. */
  public Analog {
    Objects.requireNonNull(date, "date");
    state = Objects.requireNonNull(state, "state").clone();
    forward = Objects.requireNonNull(forward, "forward").clone();
    if (!(Double.isNaN(distance) || distance >= 0)) {
      throw new IllegalArgumentException("distance: " + distance + " is negative");
    }
  }

  /** A copy of the state features. */
  @Override
  public double[] state() {
    return state.clone();
  }

  /** A copy of the forward returns. */
  @Override
  public double[] forward() {
    return forward.clone();
  }

  /** The forward return at horizon position {@code i}. */
  public double forward(int i) {
    return forward[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Analog a
        && date.equals(a.date)
        && Double.compare(distance, a.distance) == 0
        && Arrays.equals(state, a.state)
        && Arrays.equals(forward, a.forward);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, distance, Arrays.hashCode(state), Arrays.hashCode(forward));
  }

  @Override
  public String toString() {
    return "Analog["
        + date
        + ", distance="
        + distance
        + ", state="
        + Arrays.toString(state)
        + ", forward="
        + Arrays.toString(forward)
        + "]";
  }
}
