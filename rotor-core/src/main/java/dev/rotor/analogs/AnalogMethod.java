package dev.rotor.analogs;

/** The rule that chose a set of analog dates. */
public enum AnalogMethod {
  /** {@link ThresholdRule}: qualifying dates, chosen greedily in date order. */
  THRESHOLD,
  /** {@link NeighbourRule}: nearest standardised states, chosen greedily by distance. */
  NEAREST_NEIGHBOURS
}
