package dev.rotor.claims;

/**
 * How big a move a claim asks for, measured in period standard deviations: {@code sigma_h = s_daily
 * * sqrt(n)}, with {@code s_daily} the sample standard deviation of the series' (or, for relative
 * claims, the daily return differences') simple daily returns over the 252 observations before the
 * base date and {@code n} the number of daily returns in the period. The threshold is {@code
 * min(sigma_h, 10 pp)}: one sigma over short periods, 10 percentage points over long ones, where
 * one sigma of a multi-year period would exceed any usual sense of the word.
 */
public enum Strength {
  /** No qualifier: only the sign counts. */
  PLAIN(0.0),
  /** Substantially, significantly, surged, dominated, in the dust: at least the threshold. */
  SUBSTANTIAL(1.0),
  /** Slightly, marginally, edged: right sign and under the threshold. */
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
