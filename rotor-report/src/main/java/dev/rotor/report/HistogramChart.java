package dev.rotor.report;

import java.util.List;
import java.util.Objects;

/**
 * Binned distributions on shared bin edges (e.g. forward returns after analog episodes).
 *
 * @param id stable id
 * @param title title
 * @param xLabel label of the binned value with unit
 * @param edges bin edges, ascending, one more than the counts of each series
 * @param series one count array per distribution
 */
public record HistogramChart(
    String id, String title, String xLabel, double[] edges, List<Counts> series)
    implements ChartSpec {
  /** Validates. */
  public HistogramChart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xLabel, "xLabel");
    edges = edges.clone();
    series = List.copyOf(series);
    if (edges.length < 2 || series.isEmpty()) {
      throw new IllegalArgumentException("histogram " + id + " needs 2+ edges and a series");
    }
    for (int i = 1; i < edges.length; i++) {
      if (!(edges[i] > edges[i - 1])) {
        throw new IllegalArgumentException("histogram " + id + ": edges not ascending");
      }
    }
    for (Counts c : series) {
      if (c.counts().length != edges.length - 1) {
        throw new IllegalArgumentException("histogram " + id + ": counts do not match edges");
      }
    }
  }

  @Override
  public double[] edges() {
    return edges.clone();
  }

  /**
   * One distribution's counts per bin.
   *
   * @param name legend name
   * @param counts observations per bin
   */
  public record Counts(String name, int[] counts) {
    /** Copies. */
    public Counts {
      Objects.requireNonNull(name, "name");
      counts = counts.clone();
    }

    @Override
    public int[] counts() {
      return counts.clone();
    }
  }
}
