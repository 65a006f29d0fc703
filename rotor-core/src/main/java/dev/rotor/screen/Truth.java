package dev.rotor.screen;

/**
 * The value of a screen condition for one row under Kleene's strong three-valued logic, the logic
 * of SQL's {@code WHERE}: a comparison that involves a missing value is {@link #UNKNOWN}, {@code
 * not} leaves {@code UNKNOWN} unknown, {@code false and x} is false and {@code true or x} is true
 * whatever {@code x} is. A row is selected only when its condition is {@link #TRUE}, so {@code not
 * (pe > 10)} selects the same rows as {@code pe <= 10}: neither selects a row without a P/E.
 */
public enum Truth {
  TRUE,
  FALSE,
  UNKNOWN;

  /** {@link #TRUE} or {@link #FALSE}. */
  public static Truth of(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** Kleene negation: swaps true and false, keeps unknown. */
  public Truth not() {
    switch (this) {
      case TRUE:
        return FALSE;
      case FALSE:
        return TRUE;
      default:
        return UNKNOWN;
    }
  }

  /** Kleene conjunction: false if either is false, else unknown if either is unknown. */
  public Truth and(Truth other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
  }

  /** Kleene disjunction: true if either is true, else unknown if either is unknown. */
  public Truth or(Truth other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
  }
}
