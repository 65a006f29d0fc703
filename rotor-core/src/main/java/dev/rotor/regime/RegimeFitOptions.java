package dev.rotor.regime;

/**
 * How {@link MarkovSwitching#fit} searches for the maximum likelihood.
 *
 * <p>Every start (four fixed ones, then {@code randomStarts} drawn with {@code seed}; see {@code
 * docs/conventions-regime.md}) gets {@link MarkovSwitching#SCREEN_STEPS} plain EM steps; the {@link
 * MarkovSwitching#FINALISTS} with the highest log-likelihood then run accelerated EM to
 * convergence, and the best of those is reported.
 *
 * @param randomStarts number of seeded random starts, 0 to 1000
 * @param seed seed of the random starts
 * @param maxIterations most E-steps per finalist, at least {@link MarkovSwitching#SCREEN_STEPS}
 * @param tolerance convergence tolerance on the relative log-likelihood gain of one EM step, in (0,
 *     1e-3]
 */
public record RegimeFitOptions(int randomStarts, long seed, int maxIterations, double tolerance) {

  /** Validates the fields. */
  public RegimeFitOptions {
    if (randomStarts < 0 || randomStarts > 1000) {
      throw new IllegalArgumentException("randomStarts: must be in [0, 1000], was " + randomStarts);
    }
    if (maxIterations < MarkovSwitching.SCREEN_STEPS) {
      throw new IllegalArgumentException(
          "maxIterations: must be at least "
              + MarkovSwitching.SCREEN_STEPS
              + ", was "
              + maxIterations);
    }
    if (!(tolerance > 0 && tolerance <= 1e-3)) {
      throw new IllegalArgumentException("tolerance: must be in (0, 1e-3], was " + tolerance);
    }
  }

  /** Four random starts, seed 1, at most 5000 E-steps, tolerance 1e-12. */
  public static RegimeFitOptions defaults() {
    return new RegimeFitOptions(4, 1L, 5000, 1e-12);
  }

  /** A copy with another number of random starts and seed. */
  public RegimeFitOptions withRandomStarts(int newRandomStarts, long newSeed) {
    return new RegimeFitOptions(newRandomStarts, newSeed, maxIterations, tolerance);
  }

  /** A copy with another iteration limit. */
  public RegimeFitOptions withMaxIterations(int newMaxIterations) {
    return new RegimeFitOptions(randomStarts, seed, newMaxIterations, tolerance);
  }

  /** A copy with another tolerance. */
  public RegimeFitOptions withTolerance(double newTolerance) {
    return new RegimeFitOptions(randomStarts, seed, maxIterations, newTolerance);
  }
}
