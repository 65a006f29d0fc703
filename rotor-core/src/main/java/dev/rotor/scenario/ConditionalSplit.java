package dev.rotor.scenario;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Monthly returns of a series split by a {@link MonthlyStates}: in the state against out of it.
 *
 * @param state the name of the state
 * @param firstMonth first month with both a return and a state; null when none
 * @param lastMonth last month with both a return and a state; null when none
 * @param inState returns in months in the state
 * @param outOfState returns in months out of the state
 * @param difference {@code inState.meanMonthly - outOfState.meanMonthly}
 * @param welchT Welch's t of the difference, {@code difference / sqrt(s1^2 / n1 + s2^2 / n2)}; NaN
 *     when either side has fewer than 2 months
 * @param unmatchedMonths returns left out because their month has no state
 */
public record ConditionalSplit(
    String state,
    YearMonth firstMonth,
    YearMonth lastMonth,
    StateStats inState,
    StateStats outOfState,
    double difference,
    double welchT,
    int unmatchedMonths) {

  /** Validates that no statistics are null. */
  public ConditionalSplit {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(inState, "inState");
    Objects.requireNonNull(outOfState, "outOfState");
    if (unmatchedMonths < 0) {
      throw new IllegalArgumentException(
          "unmatchedMonths: must be at least 0, was " + unmatchedMonths);
    }
    if ((firstMonth == null) != (lastMonth == null)) {
      throw new IllegalArgumentException("firstMonth/lastMonth: both or neither");
    }
  }
}
