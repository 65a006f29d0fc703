package dev.rotor.liquidity;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Small hand-made values shared by the record tests. */
final class Fixtures {

  static final LiquiditySpec SPEC =
      LiquiditySpec.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Position.dollars(1e6));

  private Fixtures() {}

  /** Every measure defined with value {@code v}. */
  static Map<LiquidityMeasure, Measurement> all(double v) {
    Map<LiquidityMeasure, Measurement> m = new EnumMap<>(LiquidityMeasure.class);
    for (LiquidityMeasure x : LiquidityMeasure.values()) {
      m.put(x, Measurement.of(v, 3));
    }
    return m;
  }

  static LiquidityProfile profile(String name, double v) {
    return new LiquidityProfile(
        name, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 4), 3, Double.NaN, SPEC, all(v));
  }
}
