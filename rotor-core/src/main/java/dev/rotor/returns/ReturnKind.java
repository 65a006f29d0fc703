package dev.rotor.returns;

/**
 * How a one-period return is measured from two prices {@code p0} (start) and {@code p1} (end).
 * Stated in {@code docs/conventions.md}.
 */
public enum ReturnKind {
  /** Arithmetic return {@code p1 / p0 - 1}. Compounds by product: {@code prod(1 + r) - 1}. */
  SIMPLE,
  /** Continuously compounded return {@code ln(p1 / p0)}. Compounds by sum. */
  LOG
}
