package dev.rotor.drivers;

import dev.rotor.scenario.StandardErrors;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * One OLS fit of a {@link Target}'s period returns on yield changes in basis points, with an
 * intercept. Estimates are NaN when there are too few observations (fewer than the number of
 * coefficients plus one) or the regressors are collinear.
 *
 * @param target the dependent variable
 * @param observations number of periods
 * @param neweyWestLags Bartlett lags of the HAC standard errors ({@link
 *     StandardErrors#neweyWestLags})
 * @param intercept mean return per period not explained by the yield changes
 * @param slopes return per basis point of each regressor's change
 * @param rSquared coefficient of determination
 */
public record RegressionFit(
    Target target,
    int observations,
    int neweyWestLags,
    Coefficient intercept,
    Map<Regressor, Coefficient> slopes,
    double rSquared) {

  /** Accuracy asked of Hipparchus' inversion of the t distribution (as {@code RateBeta}). */
  private static final double T_ACCURACY = 1e-14;

  /** Validates and copies the slopes into an unmodifiable enum map. */
  public RegressionFit {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(intercept, "intercept");
    Objects.requireNonNull(slopes, "slopes");
    if (slopes.isEmpty()) {
      throw new IllegalArgumentException("slopes: at least one regressor needed");
    }
    if (observations < 0 || neweyWestLags < 0) {
      throw new IllegalArgumentException(
          "observations/neweyWestLags: must be at least 0, were "
              + observations
              + ", "
              + neweyWestLags);
    }
    slopes = java.util.Collections.unmodifiableMap(new EnumMap<>(slopes));
  }

  /**
   * The slope on {@code regressor}.
   *
   * @throws IllegalArgumentException when the fit has no such regressor
   */
  public Coefficient slope(Regressor regressor) {
    Coefficient c = slopes.get(Objects.requireNonNull(regressor, "regressor"));
    if (c == null) {
      throw new IllegalArgumentException("regressor: " + regressor + " not in " + slopes.keySet());
    }
    return c;
  }

  /**
   * The two-sided critical value for {@code confidence}: Student's t with {@code n - k - 1} degrees
   * of freedom ({@code k} regressors) for {@link StandardErrors#CLASSICAL}, the standard normal for
   * {@link StandardErrors#NEWEY_WEST} (statsmodels' defaults). NaN without residual degrees of
   * freedom.
   *
   * @throws IllegalArgumentException when {@code confidence} is not in (0, 1)
   */
  public double criticalValue(StandardErrors errors, double confidence) {
    Objects.requireNonNull(errors, "errors");
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence: must be in (0, 1), was " + confidence);
    }
    int df = observations - slopes.size() - 1;
    if (df < 1) {
      return Double.NaN;
    }
    double p = 0.5 + confidence / 2.0;
    return errors == StandardErrors.CLASSICAL
        ? new TDistribution(df, T_ACCURACY).inverseCumulativeProbability(p)
        : new NormalDistribution(0, 1).inverseCumulativeProbability(p);
  }

  /** The confidence interval of the slope on {@code regressor}. */
  public Interval interval(Regressor regressor, StandardErrors errors, double confidence) {
    Coefficient c = slope(regressor);
    double z = criticalValue(errors, confidence);
    double se =
        errors == StandardErrors.CLASSICAL
            ? c.classicalStandardError()
            : c.neweyWestStandardError();
    return new Interval(
        c.estimate(), c.estimate() - z * se, c.estimate() + z * se, errors, confidence);
  }
}
