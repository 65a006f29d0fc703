package dev.rotor.report.svg;

/**
 * Colours: the Okabe-Ito colour-blind-safe palette (Okabe and Ito, "Color Universal Design", 2008),
 * reordered so the first colours have the strongest contrast on white and in greyscale.
 */
final class Palette {
  private static final String[] SERIES = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D00"
  };

  /** Light fills for shaded bands and quadrants, paired with the series order. */
  private static final String[] TINTS = {"#E69F00", "#56B4E9", "#009E73", "#CC79A7"};

  private Palette() {}

  /** The colour of series {@code i} (cycling). */
  static String series(int i) {
    return SERIES[i % SERIES.length];
  }

  /** The fill of band kind {@code i} (cycling); drawn with low opacity. */
  static String tint(int i) {
    return TINTS[i % TINTS.length];
  }

  /** Lines after the palette's first cycle are dashed so they stay distinct. */
  static boolean dashed(int i) {
    return i >= SERIES.length;
  }
}
