package dev.rotor.scenario;

import dev.rotor.series.DateSeries;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A monthly on/off state of the economy (in recession, in a slowdown), keyed by calendar month. A
 * month absent from the map has no state (no data) and is left out of conditional statistics.
 *
 * @param name what the state means, e.g. {@code USREC = 1}
 * @param states {@code true} in the state, {@code false} out of it; copied, unmodifiable
 */
public record MonthlyStates(String name, NavigableMap<YearMonth, Boolean> states) {

  /** Chicago Fed's recession-signal threshold for the CFNAI three-month moving average. */
  public static final double CFNAI_MA3_THRESHOLD = -0.70;

  /**
   * How far below the threshold a moving average must be to count as below it. Absorbs the
   * floating-point error of averaging values published to a few decimals: CFNAI -1.12, -0.18, -0.80
   * (2001-09..11) average exactly -0.70, which is not below -0.70, but the double sum gives
   * -0.7000000000000001.
   */
  public static final double BELOW_TOL = 1e-9;

  /** Validates and copies the map. */
  public MonthlyStates {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(states, "states");
    TreeMap<YearMonth, Boolean> copy = new TreeMap<>();
    for (Map.Entry<YearMonth, Boolean> e : states.entrySet()) {
      copy.put(
          Objects.requireNonNull(e.getKey(), "states"),
          Objects.requireNonNull(e.getValue(), "states"));
    }
    states = Collections.unmodifiableNavigableMap(copy);
  }

  /**
   * States from a monthly 0/1 indicator such as FRED {@code USREC} (dated on the first of each
   * month): 1 is in the state, 0 out of it; each date stands for its calendar month.
   *
   * @throws IllegalArgumentException when a value is neither 0 nor 1, or two dates fall in the same
   *     month
   */
  public static MonthlyStates fromIndicator(String name, DateSeries indicator) {
    Objects.requireNonNull(indicator, "indicator");
    TreeMap<YearMonth, Boolean> m = new TreeMap<>();
    for (int i = 0; i < indicator.size(); i++) {
      double v = indicator.valueAt(i);
      if (v != 0.0 && v != 1.0) {
        throw new IllegalArgumentException(
            "indicator: value " + v + " on " + indicator.dateAt(i) + " is neither 0 nor 1");
      }
      put(m, YearMonth.from(indicator.dateAt(i)), v == 1.0, "indicator");
    }
    return new MonthlyStates(name, m);
  }

  /**
   * Slowdown months by the Chicago Fed's rule: the three-month moving average of the Chicago Fed
   * National Activity Index (CFNAI-MA3) below {@value #CFNAI_MA3_THRESHOLD}. The average of month
   * {@code m} uses months {@code m - 2}, {@code m - 1} and {@code m}; a month lacking any of them
   * has no state.
   */
  public static MonthlyStates cfnaiSlowdown(DateSeries cfnai) {
    return movingAverageBelow("CFNAI-MA3 < " + CFNAI_MA3_THRESHOLD, cfnai, 3, CFNAI_MA3_THRESHOLD);
  }

  /**
   * In the state when the trailing {@code months}-month mean of {@code monthly} is strictly below
   * {@code threshold}, by more than {@value #BELOW_TOL} (so an exact tie is not below). A month
   * lacking any of the values has no state.
   *
   * @throws IllegalArgumentException when {@code months} is below 1, {@code threshold} is not
   *     finite, or two dates fall in the same month
   */
  public static MonthlyStates movingAverageBelow(
      String name, DateSeries monthly, int months, double threshold) {
    Objects.requireNonNull(monthly, "monthly");
    if (months < 1) {
      throw new IllegalArgumentException("months: must be at least 1, was " + months);
    }
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("threshold: must be finite, was " + threshold);
    }
    TreeMap<YearMonth, Double> values = byMonth(monthly, "monthly");
    TreeMap<YearMonth, Boolean> m = new TreeMap<>();
    for (YearMonth ym : values.keySet()) {
      double sum = 0;
      boolean complete = true;
      for (int k = 0; k < months && complete; k++) {
        Double v = values.get(ym.minusMonths(k));
        complete = v != null;
        sum += complete ? v : 0;
      }
      if (complete) {
        m.put(ym, sum / months < threshold - BELOW_TOL);
      }
    }
    return new MonthlyStates(name, m);
  }

  /**
   * In the state when a monthly level (e.g. FRED {@code INDPRO}) is below its value 12 months
   * earlier (year-on-year change below 0). A month without a value 12 months earlier has no state.
   *
   * @throws IllegalArgumentException when two dates fall in the same month
   */
  public static MonthlyStates yearOnYearContraction(String name, DateSeries monthlyLevels) {
    Objects.requireNonNull(monthlyLevels, "monthlyLevels");
    TreeMap<YearMonth, Double> values = byMonth(monthlyLevels, "monthlyLevels");
    TreeMap<YearMonth, Boolean> m = new TreeMap<>();
    for (Map.Entry<YearMonth, Double> e : values.entrySet()) {
      Double before = values.get(e.getKey().minusMonths(12));
      if (before != null) {
        m.put(e.getKey(), e.getValue() < before);
      }
    }
    return new MonthlyStates(name, m);
  }

  /** The state of {@code month}, or null when it has none. */
  public Boolean stateOf(YearMonth month) {
    return states.get(month);
  }

  /** Number of months in the state. */
  public int monthsInState() {
    int n = 0;
    for (boolean b : states.values()) {
      n += b ? 1 : 0;
    }
    return n;
  }

  private static TreeMap<YearMonth, Double> byMonth(DateSeries s, String arg) {
    TreeMap<YearMonth, Double> m = new TreeMap<>();
    for (int i = 0; i < s.size(); i++) {
      put(m, YearMonth.from(s.dateAt(i)), s.valueAt(i), arg);
    }
    return m;
  }

  private static <V> void put(TreeMap<YearMonth, V> m, YearMonth ym, V v, String arg) {
    if (m.put(ym, v) != null) {
      throw new IllegalArgumentException(arg + ": two observations in month " + ym);
    }
  }
}
