package dev.rotor.rotation;

/**
 * How a relative-strength line is scaled. Both lines have the same shape; the RRG measures ({@link
 * RotationGraph}) and the log slope are invariant to the choice.
 */
public enum RsBase {
  /** {@code RS[t] = P[t] / B[t]}: the plain price ratio, in units of benchmark per asset. */
  RAW,
  /**
   * {@code RS[t] = 100 (P[t] / B[t]) / (P[0] / B[0])}, with 0 the first common date: 100 on that
   * date, then the value of 100 invested in the asset per 100 invested in the benchmark.
   */
  REBASED_100
}
