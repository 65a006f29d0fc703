package dev.rotor.episodes;

/**
 * Which size segment leads during an {@link Episode}, read from the relative-strength line {@code
 * small / large}.
 */
public enum EpisodeDirection {
  /** The relative-strength line rises (trough to peak): small caps outperform. */
  SMALL_LEADS,
  /** The relative-strength line falls (peak to trough): large caps outperform. */
  LARGE_LEADS;

  /** The direction of the phase that ends at a turning point of {@code kind}. */
  static EpisodeDirection endingAt(TurningPointKind kind) {
    return kind == TurningPointKind.PEAK ? SMALL_LEADS : LARGE_LEADS;
  }

  /** The direction of the phase that starts at a turning point of {@code kind}. */
  static EpisodeDirection startingAt(TurningPointKind kind) {
    return kind == TurningPointKind.PEAK ? LARGE_LEADS : SMALL_LEADS;
  }
}
