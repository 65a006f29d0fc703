package dev.rotor.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A relative-rotation graph: for each asset a tail of (RS-ratio, RS-momentum) points, oldest first,
 * around the centre (100, 100).
 *
 * @param id stable id
 * @param title title
 * @param tails one tail per asset (at least one)
 */
public record RrgChart(String id, String title, List<Tail> tails) implements ChartSpec {
  /** Validates. */
  public RrgChart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    tails = List.copyOf(tails);
    if (tails.isEmpty()) {
      throw new IllegalArgumentException("RRG " + id + " has no tails");
    }
  }

  /**
   * One asset's tail.
   *
   * @param name legend name
   * @param dates the date of each point, oldest first
   * @param ratio RS-ratio per point
   * @param momentum RS-momentum per point
   */
  public record Tail(String name, List<LocalDate> dates, double[] ratio, double[] momentum) {
    /** Validates. */
    public Tail {
      Objects.requireNonNull(name, "name");
      dates = List.copyOf(dates);
      ratio = ratio.clone();
      momentum = momentum.clone();
      if (dates.isEmpty() || ratio.length != dates.size() || momentum.length != dates.size()) {
        throw new IllegalArgumentException("tail " + name + ": lengths differ or empty");
      }
    }

    @Override
    public double[] ratio() {
      return ratio.clone();
    }

    @Override
    public double[] momentum() {
      return momentum.clone();
    }
  }
}
