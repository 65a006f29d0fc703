package dev.rotor.report.svg;

import dev.rotor.report.BarChart;
import dev.rotor.report.ChartSpec;
import dev.rotor.report.HistogramChart;
import dev.rotor.report.LineChart;
import dev.rotor.report.RrgChart;

/**
 * Renders a {@link ChartSpec} as a standalone inline SVG element (well-formed XML, no script, no
 * external references). The root carries {@code data-chart="<id>"} and {@code data-type}; every
 * drawn data element (line path, latest RRG marker, bar) carries the class {@code series}.
 */
public final class SvgCharts {
  private SvgCharts() {}

  /**
   * The SVG markup of one chart.
   *
   * @param spec the chart
   * @return an {@code <svg>} element
   */
  public static String render(ChartSpec spec) {
    if (spec instanceof LineChart c) {
      return LineChartSvg.render(c);
    } else if (spec instanceof RrgChart c) {
      return RrgChartSvg.render(c);
    } else if (spec instanceof BarChart c) {
      return BarChartSvg.render(c);
    } else if (spec instanceof HistogramChart c) {
      return HistogramChartSvg.render(c);
    }
    throw new IllegalArgumentException("spec: unknown chart type " + spec);
  }
}
