package dev.rotor.regime;

/**
 * The six parameters of the two-state Markov-switching model, in Rotor's fixed order (the order of
 * {@link RegimeParameters#toArray()} and of {@link RegimeFit#standardErrors()}).
 *
 * <p>Correspondence with statsmodels' {@code MarkovRegression(k_regimes=2,
 * switching_variance=True)}, whose parameters are {@code p[0->0], p[1->0], const[0], const[1],
 * sigma2[0], sigma2[1]}: {@link #P00} is {@code p[0->0]}, {@link #P11} is {@code 1 - p[1->0]} (same
 * standard error), {@link #MEAN0}/{@link #MEAN1} are the {@code const}s and {@link
 * #VARIANCE0}/{@link #VARIANCE1} the {@code sigma2}s, after relabelling the states so that state 0
 * has the lower mean.
 */
public enum RegimeParameter {
  /** Probability of staying in state 0: {@code P(S_t = 0 | S_t-1 = 0)}. */
  P00,
  /** Probability of staying in state 1: {@code P(S_t = 1 | S_t-1 = 1)}. */
  P11,
  /** Mean of the observations in state 0 (the lower mean). */
  MEAN0,
  /** Mean of the observations in state 1 (the higher mean). */
  MEAN1,
  /** Variance of the observations in state 0. */
  VARIANCE0,
  /** Variance of the observations in state 1. */
  VARIANCE1
}
