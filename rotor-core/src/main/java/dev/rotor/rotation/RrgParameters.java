package dev.rotor.rotation;

import dev.rotor.series.Frequency;

/**
 * Every parameter of Rotor's relative rotation graph ({@link RotationGraph}); formulas in {@code
 * docs/conventions-rrg.md}. Rotor's RS-Ratio and RS-Momentum are its own documented measures, not
 * the proprietary JdK RS-Ratio.
 *
 * @param frequency the RS line is resampled to this frequency by last observation ({@code WEEKLY}
 *     by default; {@code DAILY} keeps every common date); windows and lags count these periods
 * @param smoothingSpan span of the exponential moving average applied to the log RS line before
 *     normalisation ({@code alpha = 2 / (span + 1)}; 1 = no smoothing); default 5
 * @param ratioWindow trailing window W of the mean and standard deviation that normalise the
 *     smoothed log RS into the RS-Ratio; at least 2; default 26 (half a year of weeks)
 * @param momentumLag M: the RS-Momentum measures the change of the RS-Ratio over M periods; default
 *     4
 * @param momentumWindow trailing window of the root mean square that normalises that change;
 *     default 26
 * @param scale points of ratio or momentum per unit of normalised deviation (one standard
 *     deviation, or one root mean square); default 1, so 101.5 reads "1.5 deviations above"
 * @param tailLength number of periods in each asset's tail, the latest included; default 10
 */
public record RrgParameters(
    Frequency frequency,
    int smoothingSpan,
    int ratioWindow,
    int momentumLag,
    int momentumWindow,
    double scale,
    int tailLength) {

  /** Validates every parameter, naming the first bad one. */
  public RrgParameters {
    RelativeStrength.requireNonNull("frequency", frequency);
    RelativeStrength.requireAtLeast("smoothingSpan", smoothingSpan, 1);
    RelativeStrength.requireAtLeast("ratioWindow", ratioWindow, 2);
    RelativeStrength.requireAtLeast("momentumLag", momentumLag, 1);
    RelativeStrength.requireAtLeast("momentumWindow", momentumWindow, 1);
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale: must be positive and finite, got " + scale);
    }
    RelativeStrength.requireAtLeast("tailLength", tailLength, 1);
  }

  /**
   * Weekly, smoothing span 5, ratio window 26, momentum lag 4, momentum window 26, scale 1, tail
   * 10.
   */
  public static RrgParameters defaults() {
    return new RrgParameters(Frequency.WEEKLY, 5, 26, 4, 26, 1.0, 10);
  }

  /**
   * Periods of RS line needed before the first RS-Ratio: {@code ratioWindow}. Shorter histories
   * give NaN.
   */
  public int ratioWarmUp() {
    return ratioWindow;
  }

  /**
   * Periods of RS line needed before the first RS-Momentum: {@code ratioWindow + momentumLag +
   * momentumWindow - 1} (55 with the defaults). Shorter histories give NaN.
   */
  public int momentumWarmUp() {
    return ratioWindow + momentumLag + momentumWindow - 1;
  }

  /** This with another resampling frequency. */
  public RrgParameters withFrequency(Frequency f) {
    return new RrgParameters(
        f, smoothingSpan, ratioWindow, momentumLag, momentumWindow, scale, tailLength);
  }

  /** This with another smoothing span. */
  public RrgParameters withSmoothingSpan(int span) {
    return new RrgParameters(
        frequency, span, ratioWindow, momentumLag, momentumWindow, scale, tailLength);
  }

  /** This with another ratio window. */
  public RrgParameters withRatioWindow(int w) {
    return new RrgParameters(
        frequency, smoothingSpan, w, momentumLag, momentumWindow, scale, tailLength);
  }

  /** This with another momentum lag. */
  public RrgParameters withMomentumLag(int lag) {
    return new RrgParameters(
        frequency, smoothingSpan, ratioWindow, lag, momentumWindow, scale, tailLength);
  }

  /** This with another momentum window. */
  public RrgParameters withMomentumWindow(int w) {
    return new RrgParameters(
        frequency, smoothingSpan, ratioWindow, momentumLag, w, scale, tailLength);
  }

  /** This with another scale. */
  public RrgParameters withScale(double s) {
    return new RrgParameters(
        frequency, smoothingSpan, ratioWindow, momentumLag, momentumWindow, s, tailLength);
  }

  /** This with another tail length. */
  public RrgParameters withTailLength(int n) {
    return new RrgParameters(
        frequency, smoothingSpan, ratioWindow, momentumLag, momentumWindow, scale, n);
  }
}
