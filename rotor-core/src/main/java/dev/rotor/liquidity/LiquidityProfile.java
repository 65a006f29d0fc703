package dev.rotor.liquidity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The liquidity of one series over one window: every {@link LiquidityMeasure}, each a {@link
 * Measurement} (NaN with a reason when the data cannot give it).
 *
 * @param name the series name, e.g. {@code "IWM"}
 * @param first the first bar dated in the window, or null when there is none
 * @param last the last bar dated in the window, or null when there is none
 * @param bars the number of bars dated in the window
 * @param sharesOutstanding the share count used for turnover, or NaN when not known
 * @param spec what was measured
 * @param measures one measurement per {@link LiquidityMeasure}
 */
public record LiquidityProfile(
    String name,
    LocalDate first,
    LocalDate last,
    int bars,
    double sharesOutstanding,
    LiquiditySpec spec,
    Map<LiquidityMeasure, Measurement> measures) {

  /** Validates and copies the measures, which must cover every {@link LiquidityMeasure}. */
  public LiquidityProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(measures, "measures");
    if (bars < 0) {
      throw new IllegalArgumentException("bars: must be >= 0, got " + bars);
    }
    if ((first == null) != (bars == 0) || (last == null) != (bars == 0)) {
      throw new IllegalArgumentException("first, last: must be null exactly when bars is 0");
    }
    EnumMap<LiquidityMeasure, Measurement> copy = new EnumMap<>(LiquidityMeasure.class);
    copy.putAll(measures);
    for (LiquidityMeasure m : LiquidityMeasure.values()) {
      if (copy.get(m) == null) {
        throw new IllegalArgumentException("measures: " + m.label() + " is missing");
      }
    }
    measures = Collections.unmodifiableMap(copy);
  }

  /** The measurement of {@code measure}. */
  public Measurement measurement(LiquidityMeasure measure) {
    return measures.get(Objects.requireNonNull(measure, "measure"));
  }

  /** The value of {@code measure}, NaN when it could not be computed. */
  public double value(LiquidityMeasure measure) {
    return measurement(measure).value();
  }
}
