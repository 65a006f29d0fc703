package dev.rotor.report;

import java.util.List;
import java.util.Objects;

/**
 * Grouped bars: one bar per category and group (e.g. each sector's contribution to small and to
 * large caps).
 *
 * @param id stable id
 * @param title title
 * @param yLabel value-axis label with unit
 * @param categories category labels
 * @param groups one group per series, each with one value per category
 */
public record BarChart(
    String id, String title, String yLabel, List<String> categories, List<Group> groups)
    implements ChartSpec {
  /** Validates. */
  public BarChart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(yLabel, "yLabel");
    categories = List.copyOf(categories);
    groups = List.copyOf(groups);
    if (categories.isEmpty() || groups.isEmpty()) {
      throw new IllegalArgumentException("bar chart " + id + " is empty");
    }
    for (Group g : groups) {
      if (g.values().length != categories.size()) {
        throw new IllegalArgumentException("bar group " + g.name() + ": wrong number of values");
      }
    }
  }

  /**
   * One series of bars.
   *
   * @param name legend name
   * @param values one per category (NaN = no bar)
   */
  public record Group(String name, double[] values) {
    /** Copies. */
    public Group {
      Objects.requireNonNull(name, "name");
      values = values.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }
  }
}
