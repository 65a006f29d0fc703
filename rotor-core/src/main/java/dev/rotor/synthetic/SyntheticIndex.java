package dev.rotor.synthetic;

/**
 * The three headline indices of the synthetic market, each generated from its own {@link Loadings}
 * in {@link PlantedParameters#indices()} (they are not aggregates of the synthetic stocks).
 */
public enum SyntheticIndex {
  /** A small-cap index (loads fully on the size factor). Starts at 1160 points. */
  SMALL("small-cap", 1160.0),
  /** A large-cap index (no size loading). Starts at 1850 points. */
  LARGE("large-cap", 1850.0),
  /** A technology index (loads on the growth factor). Starts at 3600 points. */
  TECH("technology", 3600.0);

  private final String label;
  private final double startLevel;

  SyntheticIndex(String label, double startLevel) {
    this.label = label;
    this.startLevel = startLevel;
  }

  /** Human label used in series names ({@code "small-cap"}). */
  public String label() {
    return label;
  }

  /** Index level on the first trading day, in points. */
  public double startLevel() {
    return startLevel;
  }
}
