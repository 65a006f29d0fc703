package dev.rotor.drivers;

import dev.rotor.returns.ReturnKind;
import dev.rotor.scenario.StandardErrors;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rate sensitivity of small caps, large caps and their difference: one {@link RegressionFit}
 * per {@link Target}, all on the same periods, and the rolling one-year beta of small minus large.
 *
 * @param sampling period of the returns and yield changes
 * @param kind return kind of both segments
 * @param firstDate end of the first period; null when there is none
 * @param lastDate end of the last period; null when there is none
 * @param fits one fit per target
 * @param rollingRegressor the regressor of the rolling beta (the 2-year change in the two-yield
 *     fit)
 * @param rollingWindow periods per rolling window (252 daily, 52 weekly, 12 monthly, 4 quarterly)
 * @param rollingBeta single-regressor OLS slope of small-minus-large returns on {@code
 *     rollingRegressor} over each trailing window, dated at the window's last period; windows
 *     before the first full one, and windows where the yield never moved, are absent
 */
public record RateSensitivityFit(
    Frequency sampling,
    ReturnKind kind,
    LocalDate firstDate,
    LocalDate lastDate,
    Map<Target, RegressionFit> fits,
    Regressor rollingRegressor,
    int rollingWindow,
    DateSeries rollingBeta) {

  /** Validates and copies the fits into an unmodifiable enum map holding every target. */
  public RateSensitivityFit {
    Objects.requireNonNull(sampling, "sampling");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fits, "fits");
    Objects.requireNonNull(rollingRegressor, "rollingRegressor");
    Objects.requireNonNull(rollingBeta, "rollingBeta");
    for (Target t : Target.values()) {
      if (!fits.containsKey(t)) {
        throw new IllegalArgumentException("fits: missing " + t);
      }
    }
    if ((firstDate == null) != (lastDate == null)) {
      throw new IllegalArgumentException("firstDate/lastDate: both present or both null");
    }
    if (rollingWindow < 2) {
      throw new IllegalArgumentException("rollingWindow: must be at least 2, was " + rollingWindow);
    }
    fits = java.util.Collections.unmodifiableMap(new EnumMap<>(fits));
  }

  /** The fit of {@code target}. */
  public RegressionFit fit(Target target) {
    return fits.get(Objects.requireNonNull(target, "target"));
  }

  /**
   * The difference of betas small minus large on {@code regressor} with its interval: the slope of
   * the small-minus-large fit, whose standard error comes from that fit's own residuals. Negative
   * with an interval below zero means small caps fall more than large caps when that yield rises.
   */
  public Interval difference(Regressor regressor, StandardErrors errors, double confidence) {
    return fit(Target.SMALL_MINUS_LARGE).interval(regressor, errors, confidence);
  }
}
