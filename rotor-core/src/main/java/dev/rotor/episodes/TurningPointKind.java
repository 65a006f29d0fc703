package dev.rotor.episodes;

/** Whether a turning point ends a rise or a fall of the dated line. */
public enum TurningPointKind {
  /** The line stops rising: the end of a {@link EpisodeDirection#SMALL_LEADS} phase. */
  PEAK,
  /** The line stops falling: the end of a {@link EpisodeDirection#LARGE_LEADS} phase. */
  TROUGH
}
