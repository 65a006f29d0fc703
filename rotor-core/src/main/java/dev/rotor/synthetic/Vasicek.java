package dev.rotor.synthetic;

/**
 * A Vasicek (Ornstein-Uhlenbeck) process {@code dx = speed * (mean - x) dt + vol dW} with time in
 * years, simulated with its exact Gaussian transition over one trading day ({@code dt = 1/252}):
 *
 * <pre>
 *   x(t+1) = mean + (x(t) - mean) * exp(-speed dt) + vol * sqrt((1 - exp(-2 speed dt)) / (2 speed)) * z
 * </pre>
 *
 * <p>Like every Vasicek process it can go below zero; the default parameters make that rare.
 *
 * @param start value on the first trading day (percent)
 * @param mean long-run mean (percent)
 * @param speed mean-reversion speed a year, greater than 0
 * @param vol annualised volatility of the changes (percentage points), at least 0
 */
public record Vasicek(double start, double mean, double speed, double vol) {

  /**
   * Validates that the parameters are finite, the speed positive and the volatility not negative.
   */
  public Vasicek {
    Loadings.finite(start, "start");
    Loadings.finite(mean, "mean");
    Loadings.finite(speed, "speed");
    Loadings.finite(vol, "vol");
    if (speed <= 0) {
      throw new IllegalArgumentException("speed: must be > 0, was " + speed);
    }
    if (vol < 0) {
      throw new IllegalArgumentException("vol: must be >= 0, was " + vol);
    }
  }

  /**
   * The expected time average over {@code years} years starting from {@link #start()}: {@code mean
   * + (start - mean) * (1 - exp(-speed T)) / (speed T)}.
   */
  public double expectedAverage(double years) {
    if (!(years > 0)) {
      throw new IllegalArgumentException("years: must be > 0, was " + years);
    }
    double st = speed * years;
    return mean + (start - mean) * (1 - StrictMath.exp(-st)) / st;
  }

  /**
   * Standard deviation of the time average over {@code years} years, by the large-{@code T}
   * approximation {@code vol / (speed sqrt(T))}.
   */
  public double averageStandardError(double years) {
    if (!(years > 0)) {
      throw new IllegalArgumentException("years: must be > 0, was " + years);
    }
    return vol / (speed * Math.sqrt(years));
  }
}
