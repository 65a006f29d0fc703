package dev.rotor.regime;

import dev.rotor.series.DateSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Two-state Gaussian Markov-switching model with switching mean and variance (Hamilton 1989): the
 * entry point. Estimation is by EM with several deterministic starts; the likelihood is
 * statsmodels' ({@code MarkovRegression(k_regimes=2, switching_variance=True)}, first state drawn
 * from the steady state). Conventions in {@code docs/conventions-regime.md}.
 *
 * <p>Everything is deterministic: the same series and options give bit-identical results. Filter,
 * smoother and EM steps are O(n) on primitive arrays.
 *
 * <p>Too little data ({@link #MIN_OBSERVATIONS} or fewer observations), a constant series, or no
 * start reaching a non-degenerate solution give a fit whose parameters are {@link
 * RegimeParameters#UNDEFINED} and whose numbers are NaN.
 */
public final class MarkovSwitching {

  /** A series needs more than this many observations to be estimated. */
  public static final int MIN_OBSERVATIONS = 10;

  /** Plain EM steps given to every start before the finalists are chosen. */
  public static final int SCREEN_STEPS = 10;

  /** Number of starts run to convergence after screening. */
  public static final int FINALISTS = 2;

  private MarkovSwitching() {}

  /** {@link #fit(double[], RegimeFitOptions)} with {@link RegimeFitOptions#defaults()}. */
  public static RegimeFit fit(double[] y) {
    return fit(y, RegimeFitOptions.defaults());
  }

  /** {@link #fit(DateSeries, RegimeFitOptions)} with {@link RegimeFitOptions#defaults()}. */
  public static RegimeEstimate fit(DateSeries returns) {
    return fit(returns, RegimeFitOptions.defaults());
  }

  /**
   * Fits the model to the dated series {@code returns} (e.g. weekly relative returns); the
   * probabilities are dated like the input.
   */
  public static RegimeEstimate fit(DateSeries returns, RegimeFitOptions options) {
    return new RegimeEstimate(Arrays.asList(returns.dates()), fit(returns.values(), options));
  }

  /**
   * Fits the model to {@code y}.
   *
   * @throws IllegalArgumentException when a value of {@code y} is not finite
   */
  public static RegimeFit fit(double[] y, RegimeFitOptions options) {
    checkFinite(y);
    int n = y.length;
    if (n <= MIN_OBSERVATIONS) {
      return RegimeFit.undefined(n);
    }
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= n;
    double variance = 0;
    for (double v : y) {
      variance += (v - mean) * (v - mean);
    }
    variance /= n;
    if (!(variance > 0)) {
      return RegimeFit.undefined(n);
    }
    ExpectationMaximization.Workspace w = new ExpectationMaximization.Workspace(y, variance);
    List<ExpectationMaximization.Run> screened = new ArrayList<>();
    for (double[] start : StartValues.of(mean, variance, options.randomStarts(), options.seed())) {
      ExpectationMaximization.Run run =
          ExpectationMaximization.run(w, start, SCREEN_STEPS, 0, false);
      if (!run.degenerate() && Double.isFinite(run.logLikelihood())) {
        screened.add(run);
      }
    }
    // Stable sort: ties keep the order of the starts.
    screened.sort(
        Comparator.comparingDouble(ExpectationMaximization.Run::logLikelihood).reversed());
    ExpectationMaximization.Run best = null;
    int bestSteps = 0;
    for (int i = 0; i < Math.min(FINALISTS, screened.size()); i++) {
      ExpectationMaximization.Run s = screened.get(i);
      ExpectationMaximization.Run run =
          ExpectationMaximization.run(
              w, s.params(), options.maxIterations(), options.tolerance(), true);
      if (!run.degenerate() && (best == null || better(run, best))) {
        best = run;
        bestSteps = s.iterations() + run.iterations();
      }
    }
    if (best == null) {
      return RegimeFit.undefined(n);
    }
    RegimeParameters params = RegimeParameters.of(best.params()).labelled();
    return evaluate(y, params, bestSteps, best.converged(), w);
  }

  /**
   * The log-likelihood of {@code y} under {@code parameters} (statsmodels' definition), by the
   * Hamilton filter.
   *
   * @throws IllegalArgumentException when a value of {@code y} is not finite, or the parameters are
   *     {@link RegimeParameters#UNDEFINED}
   */
  public static double logLikelihood(double[] y, RegimeParameters parameters) {
    checkFinite(y);
    return HamiltonFilter.logLikelihood(y, defined(parameters));
  }

  /**
   * Filtered and smoothed probabilities, log-likelihood and standard errors of {@code y} at given
   * parameters (no estimation: {@code iterations} is 0 and {@code converged} false).
   *
   * @throws IllegalArgumentException when a value of {@code y} is not finite, or the parameters are
   *     {@link RegimeParameters#UNDEFINED}
   */
  public static RegimeFit evaluate(double[] y, RegimeParameters parameters) {
    checkFinite(y);
    defined(parameters);
    // The workspace's variance scale only matters to EM.
    return evaluate(y, parameters, 0, false, new ExpectationMaximization.Workspace(y, 1.0));
  }

  private static RegimeFit evaluate(
      double[] y,
      RegimeParameters parameters,
      int iterations,
      boolean converged,
      ExpectationMaximization.Workspace w) {
    double[] p = parameters.toArray();
    double llf = HamiltonFilter.run(y, p, w.pred0, w.pred1, w.filt0, w.filt1);
    KimSmoother.run(p, w.pred0, w.pred1, w.filt0, w.filt1, w.smooth0, w.smooth1, null);
    double[] se = ObservedInformation.standardErrors(y, p);
    return new RegimeFit(
        parameters,
        se,
        llf,
        iterations,
        converged,
        new RegimeProbabilities(w.filt0, w.filt1),
        new RegimeProbabilities(w.smooth0, w.smooth1));
  }

  private static boolean better(ExpectationMaximization.Run a, ExpectationMaximization.Run b) {
    return a.logLikelihood() > b.logLikelihood();
  }

  private static double[] defined(RegimeParameters parameters) {
    if (!parameters.isDefined()) {
      throw new IllegalArgumentException("parameters: UNDEFINED cannot be evaluated");
    }
    return parameters.toArray();
  }

  private static void checkFinite(double[] y) {
    for (int t = 0; t < y.length; t++) {
      if (!Double.isFinite(y[t])) {
        throw new IllegalArgumentException("y: " + y[t] + " at index " + t + " is not finite");
      }
    }
  }
}
