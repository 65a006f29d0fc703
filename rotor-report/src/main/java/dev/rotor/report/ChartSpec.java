package dev.rotor.report;

/**
 * What a chart shows; renderers decide only how it looks. Every spec has a stable id and a title;
 * axis labels carry units.
 */
public sealed interface ChartSpec permits LineChart, RrgChart, BarChart, HistogramChart {
  /** Stable id (used as the element id in HTML). */
  String id();

  /** Title. */
  String title();
}
