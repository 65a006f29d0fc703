package dev.rotor.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Dated lines on one value axis, with optional shaded date bands (e.g. leadership episodes) and an
 * optional horizontal reference line.
 *
 * @param id stable id
 * @param title title
 * @param yLabel value-axis label with unit (e.g. "Growth of 1 (log scale)" or "%")
 * @param lines the lines (at least one)
 * @param bands shaded date ranges
 * @param reference a horizontal reference value, or NaN for none
 * @param logScale whether the value axis is logarithmic (values must then be positive)
 */
public record LineChart(
    String id,
    String title,
    String yLabel,
    List<Line> lines,
    List<Band> bands,
    double reference,
    boolean logScale)
    implements ChartSpec {
  /** Validates. */
  public LineChart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(yLabel, "yLabel");
    lines = List.copyOf(lines);
    bands = List.copyOf(bands);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("line chart " + id + " has no lines");
    }
  }

  /**
   * One line: dates and values of equal length, dates ascending.
   *
   * @param name legend name
   * @param dates x values
   * @param values y values (finite)
   */
  public record Line(String name, List<LocalDate> dates, double[] values) {
    /** Validates. */
    public Line {
      Objects.requireNonNull(name, "name");
      dates = List.copyOf(dates);
      values = values.clone();
      if (dates.size() != values.length) {
        throw new IllegalArgumentException(
            "line " + name + ": " + dates.size() + " dates for " + values.length + " values");
      }
    }

    @Override
    public double[] values() {
      return values.clone();
    }
  }

  /**
   * A shaded date range.
   *
   * @param from first date
   * @param to last date
   * @param label legend label (e.g. "small caps lead")
   */
  public record Band(LocalDate from, LocalDate to, String label) {
    /** Validates. */
    public Band {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(label, "label");
      if (from.isAfter(to)) {
        throw new IllegalArgumentException("band " + from + " after " + to);
      }
    }
  }
}
