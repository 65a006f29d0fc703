package dev.rotor.report.svg;

import java.util.List;

/**
 * The plot area of a chart and its two scales (data units to pixels): gridlines, tick marks, tick
 * labels and the axis lines.
 */
final class Frame {
  final double left;
  final double top;
  final double right;
  final double bottom;
  private final double xLo;
  private final double xHi;
  private final double yLo;
  private final double yHi;
  private final boolean yLog;

  Frame(
      double left,
      double top,
      double right,
      double bottom,
      double xLo,
      double xHi,
      double yLo,
      double yHi,
      boolean yLog) {
    this.left = left;
    this.top = top;
    this.right = right;
    this.bottom = bottom;
    this.xLo = xLo;
    this.xHi = xHi > xLo ? xHi : xLo + 1;
    this.yLo = yLog ? Math.log(yLo) : yLo;
    double hi = yLog ? Math.log(yHi) : yHi;
    this.yHi = hi > this.yLo ? hi : this.yLo + 1;
    this.yLog = yLog;
  }

  /** Pixel x of a data x. */
  double x(double v) {
    return left + (v - xLo) / (xHi - xLo) * (right - left);
  }

  /** Pixel y of a data y (NaN for a non-positive value on a log axis). */
  double y(double v) {
    double t = yLog ? (v > 0 ? Math.log(v) : Double.NaN) : v;
    return bottom - (t - yLo) / (yHi - yLo) * (bottom - top);
  }

  /** Horizontal gridlines and left tick labels. */
  void yGrid(Svg svg, List<Ticks.Tick> ticks) {
    svg.raw("<g class=\"y-axis\">");
    for (Ticks.Tick t : ticks) {
      double py = y(t.value());
      if (!(py >= top - 0.5 && py <= bottom + 0.5)) {
        continue;
      }
      svg.line(left, py, right, py, "grid", "stroke=\"#d9d9d9\" stroke-width=\"1\"");
      svg.text(left - 6, py + 4, "end", "tick", t.label());
    }
    svg.raw("</g>");
  }

  /** Vertical gridlines and tick labels under the plot. */
  void xGrid(Svg svg, List<Ticks.Tick> ticks, boolean gridlines) {
    svg.raw("<g class=\"x-axis\">");
    for (Ticks.Tick t : ticks) {
      double px = x(t.value());
      if (!(px >= left - 0.5 && px <= right + 0.5)) {
        continue;
      }
      if (gridlines) {
        svg.line(px, top, px, bottom, "grid", "stroke=\"#ececec\" stroke-width=\"1\"");
      }
      svg.line(px, bottom, px, bottom + 5, "tickmark", "stroke=\"#333\" stroke-width=\"1\"");
      svg.text(px, bottom + 18, "middle", "tick", t.label());
    }
    svg.raw("</g>");
  }

  /** The axis lines (left and bottom). */
  void axes(Svg svg) {
    svg.line(left, bottom, right, bottom, "axis", "stroke=\"#333\" stroke-width=\"1\"");
    svg.line(left, top, left, bottom, "axis", "stroke=\"#333\" stroke-width=\"1\"");
  }
}
