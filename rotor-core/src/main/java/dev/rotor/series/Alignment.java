package dev.rotor.series;

/**
 * How several series are put on common dates. Every join in Rotor names one of these; there is no
 * implicit alignment.
 */
public enum Alignment {
  /** Keep only the dates present in every series. Nothing is invented. */
  INTERSECT,
  /**
   * Use the union of dates, from the first date on which every series has an observation, and fill
   * a missing value with that series' last observation (last observation carried forward).
   */
  FORWARD_FILL
}
