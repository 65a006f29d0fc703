package dev.rotor.claims;

/**
 * How big a move a claim asks for, measured in period standard deviations: {@code sigma_h = s_daily
 * * sqrt(n)}, with {@code s_daily} the sample standard deviation of the series' (or, for relative
 * claims, the daily return differences') simple daily returns over the 252 observations before the
 * base date and {@code n} the number of daily returns in the period.
 */
public enum Strength {
  /** No qualifier: only the sign counts. */
  PLAIN(0.0),
  /** Substantially, significantly, surged, dominated, in the dust: at least 1.0 sigma_h. */
  SUBSTANTIAL(1.0),
  /** Slightly, marginally, edged: right sign and less than 1.0 sigma_h. */
  SLIGHT(1.0);

  private final double sigmas;

  Strength(double sigmas) {
    this.sigmas = sigmas;
  }

  /** The threshold in period standard deviations. */
  public double sigmas() {
    return sigmas;
  }
}
