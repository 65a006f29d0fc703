package dev.rotor.synthetic;

/**
 * Which size segment leads during a planted {@link LeadershipRegime}.
 *
 * <p>The sign convention: during {@link #SMALL_LEADS} the size factor drifts up by {@link
 * PlantedParameters#relativeDrift()} a year, during {@link #LARGE_LEADS} it drifts down by the same
 * amount.
 */
public enum Leadership {
  /** Small caps outperform large caps: the size factor has a positive drift. */
  SMALL_LEADS,
  /** Large caps outperform small caps: the size factor has a negative drift. */
  LARGE_LEADS;

  /** {@code +1} for {@link #SMALL_LEADS}, {@code -1} for {@link #LARGE_LEADS}. */
  public int sign() {
    return this == SMALL_LEADS ? 1 : -1;
  }
}
