package dev.rotor.drivers;

import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A window's small-minus-large return split into driver contributions, an intercept part and the
 * unexplained rest, by {@link RallyDecomposition#explain}. The parts add up exactly: {@code actual
 * = interceptPart + explained + residual}, {@code explained} being the sum of the contributions.
 * Regression figures are NaN when the estimation sample is too short or the drivers collinear;
 * window figures are NaN when the window holds no period.
 *
 * @param sampling the period length
 * @param estimationFirst end date of the first estimation period (null when none)
 * @param estimationLast end date of the last estimation period (null when none)
 * @param observations number of estimation periods
 * @param neweyWestLags Bartlett lags of the Newey-West standard errors
 * @param rSquared R squared of the estimation regression
 * @param intercept the fitted intercept (mean unexplained return per period)
 * @param windowFirst end date of the first window period (null when none)
 * @param windowLast end date of the last window period (null when none)
 * @param windowPeriods number of periods in the window
 * @param drivers one row per driver, in the order the drivers were given
 * @param interceptPart {@code intercept * windowPeriods}
 * @param explained sum of the driver contributions
 * @param actual sum of the per-period simple small-minus-large returns over the window
 * @param residual {@code actual - interceptPart - explained}
 */
public record RallyExplanation(
    Frequency sampling,
    LocalDate estimationFirst,
    LocalDate estimationLast,
    int observations,
    int neweyWestLags,
    double rSquared,
    Coefficient intercept,
    LocalDate windowFirst,
    LocalDate windowLast,
    int windowPeriods,
    List<DriverContribution> drivers,
    double interceptPart,
    double explained,
    double actual,
    double residual) {

  /** Validates and copies the rows. */
  public RallyExplanation {
    Objects.requireNonNull(sampling, "sampling");
    Objects.requireNonNull(intercept, "intercept");
    Objects.requireNonNull(drivers, "drivers");
    if (drivers.isEmpty()) {
      throw new IllegalArgumentException("drivers: at least one needed");
    }
    if (observations < 0 || neweyWestLags < 0 || windowPeriods < 0) {
      throw new IllegalArgumentException(
          "observations/neweyWestLags/windowPeriods: must be at least 0, were "
              + observations
              + ", "
              + neweyWestLags
              + ", "
              + windowPeriods);
    }
    drivers = List.copyOf(drivers);
  }

  /**
   * The row of the driver named {@code name}.
   *
   * @throws IllegalArgumentException when there is no such driver
   */
  public DriverContribution driver(String name) {
    Objects.requireNonNull(name, "name");
    for (DriverContribution d : drivers) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException("name: no driver " + name);
  }
}
