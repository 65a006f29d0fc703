package dev.rotor.drivers;

/** The dependent variable of a rate regression. */
public enum Target {
  /** The small-cap segment's period return. */
  SMALL,
  /** The large-cap segment's period return. */
  LARGE,
  /**
   * Small minus large: the difference of the two period returns. By linearity of OLS its slopes are
   * exactly the small slopes minus the large slopes, and its own residuals give the standard error
   * of that difference (the covariance of the two estimates is accounted for).
   */
  SMALL_MINUS_LARGE
}
