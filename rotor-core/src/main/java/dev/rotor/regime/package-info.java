/**
 * Regime model: a two-state Gaussian Markov-switching model with switching mean and variance
 * (Hamilton 1989) for a univariate series such as weekly or monthly relative returns (small minus
 * large).
 *
 * <p>Entry point: {@link dev.rotor.regime.MarkovSwitching#fit(dev.rotor.series.DateSeries,
 * dev.rotor.regime.RegimeFitOptions)} returns a {@link dev.rotor.regime.RegimeEstimate} (dates plus
 * a {@link dev.rotor.regime.RegimeFit}: {@link dev.rotor.regime.RegimeParameters}, standard errors
 * by {@link dev.rotor.regime.RegimeParameter}, log-likelihood, iterations, convergence flag, and
 * filtered and smoothed {@link dev.rotor.regime.RegimeProbabilities}). State 0 is the state with
 * the lower mean. {@link dev.rotor.regime.MarkovSwitching#logLikelihood} and {@link
 * dev.rotor.regime.MarkovSwitching#evaluate} work at given parameters.
 *
 * <p>Kernels (package-private, static, O(n) on primitive arrays): {@code HamiltonFilter} (scaled
 * recursion), {@code KimSmoother}, {@code ExpectationMaximization} (EM with SQUAREM acceleration
 * and a monotonicity safeguard), {@code ErgodicTransitions} (exact M-step for the steady-state
 * initial distribution), {@code StartValues} (fixed and seeded starts), {@code ObservedInformation}
 * (standard errors from the numerical Hessian). The likelihood is statsmodels' {@code
 * MarkovRegression(k_regimes=2, switching_variance=True)}; conventions in {@code
 * docs/conventions-regime.md}.
 */
package dev.rotor.regime;
