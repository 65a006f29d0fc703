package dev.rotor.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * A fitted rate beta: the OLS slope of an asset's period returns on the period changes of a yield
 * ({@code r_t = alpha + beta dy_t + e_t}), in return per percentage point of yield. Estimates are
 * NaN when there are fewer than 3 observations or the yield never changed.
 *
 * @param spec sampling frequency and return kind of the fit
 * @param observations number of (return, yield change) pairs
 * @param firstDate date of the first pair (end of its period); null when there is none
 * @param lastDate date of the last pair; null when there is none
 * @param alpha intercept: mean return per period not explained by yield changes
 * @param beta return per percentage point (100 bp) of yield change
 * @param classicalStandardError OLS standard error of beta ({@link StandardErrors#CLASSICAL})
 * @param neweyWestStandardError HAC standard error of beta ({@link StandardErrors#NEWEY_WEST})
 * @param neweyWestLags Bartlett lags of the HAC estimate
 * @param rSquared coefficient of determination
 */
public record RateBeta(
    RateBetaSpec spec,
    int observations,
    LocalDate firstDate,
    LocalDate lastDate,
    double alpha,
    double beta,
    double classicalStandardError,
    double neweyWestStandardError,
    int neweyWestLags,
    double rSquared) {

  /** The shocks of the risk report, in basis points: -100, -50, +50, +100. */
  public static final List<Double> STANDARD_SHOCKS_BP = List.of(-100.0, -50.0, 50.0, 100.0);

  /**
   * Absolute accuracy asked of Hipparchus' numerical inversion of the t distribution (its default,
   * 1e-9, would leave the interval ends off by about 1e-11).
   */
  static final double T_ACCURACY = 1e-14;

  /** Validates counts and dates. */
  public RateBeta {
    Objects.requireNonNull(spec, "spec");
    if (observations < 0 || neweyWestLags < 0) {
      throw new IllegalArgumentException(
          "observations/neweyWestLags: must be at least 0, were "
              + observations
              + ", "
              + neweyWestLags);
    }
    if ((observations == 0) != (firstDate == null) || (firstDate == null) != (lastDate == null)) {
      throw new IllegalArgumentException(
          "firstDate/lastDate: must be present exactly when there are observations");
    }
  }

  /** The standard error of beta under {@code errors}. */
  public double standardError(StandardErrors errors) {
    return switch (Objects.requireNonNull(errors, "errors")) {
      case CLASSICAL -> classicalStandardError;
      case NEWEY_WEST -> neweyWestStandardError;
    };
  }

  /**
   * The two-sided critical value for {@code confidence}: Student's t with {@code n - 2} degrees of
   * freedom for {@link StandardErrors#CLASSICAL}, the standard normal for {@link
   * StandardErrors#NEWEY_WEST}. NaN with fewer than 3 observations.
   *
   * @throws IllegalArgumentException when {@code confidence} is not in (0, 1)
   */
  public double criticalValue(StandardErrors errors, double confidence) {
    requireConfidence(confidence);
    Objects.requireNonNull(errors, "errors");
    if (observations < 3) {
      return Double.NaN;
    }
    double p = 0.5 + confidence / 2.0;
    return errors == StandardErrors.CLASSICAL
        ? new TDistribution(observations - 2, T_ACCURACY).inverseCumulativeProbability(p)
        : new NormalDistribution(0, 1).inverseCumulativeProbability(p);
  }

  /**
   * The return implied by a yield shock of {@code basisPoints}, with its interval. A shock of +100
   * bp gives beta itself and its confidence interval.
   *
   * @throws IllegalArgumentException when {@code basisPoints} is not finite or {@code confidence}
   *     is not in (0, 1)
   */
  public ShockImpact shock(double basisPoints, StandardErrors errors, double confidence) {
    double c = criticalValue(errors, confidence);
    double pp = basisPoints / 100.0;
    double mid = beta * pp;
    double half = Math.abs(c * standardError(errors) * pp);
    return new ShockImpact(basisPoints, mid, mid - half, mid + half, errors, confidence);
  }

  /** {@link #shock} for each of {@link #STANDARD_SHOCKS_BP}. */
  public List<ShockImpact> standardShocks(StandardErrors errors, double confidence) {
    List<ShockImpact> out = new ArrayList<>();
    for (double bp : STANDARD_SHOCKS_BP) {
      out.add(shock(bp, errors, confidence));
    }
    return List.copyOf(out);
  }

  private static void requireConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence: must be in (0, 1), was " + confidence);
    }
  }
}
