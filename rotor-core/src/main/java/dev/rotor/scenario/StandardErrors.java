package dev.rotor.scenario;

/**
 * How the standard error of a rate beta is estimated, and which distribution gives its interval.
 * Both follow the defaults of statsmodels 0.13.5 {@code OLS.fit()}, the oracle of the tests.
 */
public enum StandardErrors {
  /**
   * Classical OLS (homoskedastic, uncorrelated errors): {@code se(b) = sqrt(s^2 / Sxx)}, {@code s^2
   * = SSE / (n - 2)}; intervals from Student's t with {@code n - 2} degrees of freedom (statsmodels
   * {@code cov_type='nonrobust'}).
   */
  CLASSICAL,

  /**
   * Newey and West (1987) heteroskedasticity and autocorrelation consistent: Bartlett weights
   * {@code 1 - l / (L + 1)} for lags {@code l = 1..L}, with {@code L = floor(4 (n / 100)^(2/9))}
   * (Newey and West 1994), no small-sample correction; intervals from the standard normal
   * (statsmodels {@code cov_type='HAC', cov_kwds={'maxlags': L}}).
   */
  NEWEY_WEST;

  /** The Newey-West lag count for {@code n} observations: {@code floor(4 (n / 100)^(2/9))}. */
  public static int neweyWestLags(int n) {
    if (n < 1) {
      return 0;
    }
    return (int) Math.floor(4.0 * Math.pow(n / 100.0, 2.0 / 9.0));
  }
}
