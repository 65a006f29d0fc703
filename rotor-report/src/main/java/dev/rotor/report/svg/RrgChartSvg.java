package dev.rotor.report.svg;

import dev.rotor.report.RrgChart;
import java.util.List;

/**
 * Draws an {@link RrgChart}: four labelled quadrants around (100, 100), each asset's tail as a line
 * through its points with a large marker at the latest point.
 */
final class RrgChartSvg {
  static final int WIDTH = 760;
  static final int HEIGHT = 480;

  private RrgChartSvg() {}

  static String render(RrgChart c) {
    Svg svg = new Svg("rrg", c.id(), c.title(), WIDTH, HEIGHT);
    double dx = 0;
    double dy = 0;
    for (RrgChart.Tail t : c.tails()) {
      for (double r : t.ratio()) {
        if (Double.isFinite(r)) {
          dx = Math.max(dx, Math.abs(r - 100));
        }
      }
      for (double m : t.momentum()) {
        if (Double.isFinite(m)) {
          dy = Math.max(dy, Math.abs(m - 100));
        }
      }
    }
    dx = Math.max(0.5, dx * 1.12);
    dy = Math.max(0.5, dy * 1.12);
    List<Ticks.Tick> xTicks = Ticks.linear(100 - dx, 100 + dx, 6);
    List<Ticks.Tick> yTicks = Ticks.linear(100 - dy, 100 + dy, 6);
    double xLo = xTicks.get(0).value();
    double xHi = xTicks.get(xTicks.size() - 1).value();
    double yLo = yTicks.get(0).value();
    double yHi = yTicks.get(yTicks.size() - 1).value();

    String[] names = new String[c.tails().size()];
    String[] colours = new String[names.length];
    String[] kinds = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = c.tails().get(i).name();
      colours[i] = Palette.series(i);
      kinds[i] = "line";
    }
    double left = 72;
    double right = WIDTH - 20;
    int rows = svg.legend(left, 20, right - left, names, colours, kinds);
    double top = 20 + rows * 18;
    double bottom = HEIGHT - 44;
    Frame f = new Frame(left, top, right, bottom, xLo, xHi, yLo, yHi, false);
    double cx = f.x(100);
    double cy = f.y(100);

    svg.raw("<g class=\"quadrants\">");
    quadrant(svg, cx, top, right - cx, cy - top, "#009E73", "Leading", right - 8, top + 16, "end");
    quadrant(
        svg, cx, cy, right - cx, bottom - cy, "#E69F00", "Weakening", right - 8, bottom - 8, "end");
    quadrant(
        svg, left, cy, cx - left, bottom - cy, "#D55E00", "Lagging", left + 8, bottom - 8, "start");
    quadrant(
        svg, left, top, cx - left, cy - top, "#56B4E9", "Improving", left + 8, top + 16, "start");
    svg.raw("</g>");
    f.yGrid(svg, yTicks);
    f.xGrid(svg, xTicks, true);
    svg.line(cx, top, cx, bottom, "centre", "stroke=\"#666\" stroke-width=\"1\"");
    svg.line(left, cy, right, cy, "centre", "stroke=\"#666\" stroke-width=\"1\"");

    svg.raw("<g class=\"tails\">");
    List<double[]> placed = new java.util.ArrayList<>();
    for (int i = 0; i < c.tails().size(); i++) {
      tail(svg, f, c.tails().get(i), Palette.series(i), Palette.dashed(i), placed);
    }
    svg.raw("</g>");
    f.axes(svg);
    svg.yTitle(16, (top + bottom) / 2, "RS-Momentum (100 = neutral)");
    svg.text((left + right) / 2, HEIGHT - 8, "middle", "axis-title", "RS-Ratio (100 = neutral)");
    return svg.end();
  }

  private static void quadrant(
      Svg svg,
      double x,
      double y,
      double w,
      double h,
      String colour,
      String label,
      double lx,
      double ly,
      String anchor) {
    svg.rectOpen(x, y, w, h, "quadrant", "fill=\"" + colour + "\" fill-opacity=\"0.08\"/>");
    svg.text(lx, ly, anchor, "quadrant-label", label);
  }

  private static void tail(
      Svg svg, Frame f, RrgChart.Tail t, String colour, boolean dashed, List<double[]> placed) {
    double[] r = t.ratio();
    double[] m = t.momentum();
    svg.raw("<g class=\"tail\">");
    svg.raw("<path class=\"series\" fill=\"none\" stroke=\"").raw(colour);
    svg.raw("\" stroke-width=\"1.8\" stroke-linejoin=\"round\"");
    if (dashed) {
      svg.raw(" stroke-dasharray=\"5,3\"");
    }
    svg.raw(" d=\"");
    boolean pen = false;
    int last = -1;
    for (int i = 0; i < r.length; i++) {
      if (!Double.isFinite(r[i]) || !Double.isFinite(m[i])) {
        pen = false;
        continue;
      }
      svg.raw(pen ? "L" : "M").num(f.x(r[i])).raw(",").num(f.y(m[i]));
      pen = true;
      last = i;
    }
    if (last < 0) {
      svg.raw("M0,0");
    }
    svg.raw("\"><title>").esc(t.name() + " tail").raw("</title></path>");
    for (int i = 0; i < r.length; i++) {
      if (!Double.isFinite(r[i]) || !Double.isFinite(m[i])) {
        continue;
      }
      boolean latest = i == last;
      svg.raw("<circle class=\"").raw(latest ? "series latest" : "point").raw("\" cx=\"");
      svg.num(f.x(r[i])).raw("\" cy=\"").num(f.y(m[i])).raw("\" r=\"").raw(latest ? "5.5" : "2.2");
      svg.raw("\" fill=\"").raw(colour);
      svg.raw(latest ? "\" stroke=\"#fff\" stroke-width=\"1.5\">" : "\">");
      svg.raw("<title>")
          .esc(
              t.name()
                  + " "
                  + t.dates().get(i)
                  + ": ratio "
                  + Ticks.format(r[i], 2)
                  + ", momentum "
                  + Ticks.format(m[i], 2))
          .raw("</title></circle>");
    }
    if (last >= 0) {
      label(svg, f, t.name(), f.x(r[last]), f.y(m[last]), placed);
    }
    svg.raw("</g>");
  }

  /** Label offsets from the latest point tried in turn: right above, right below, left above... */
  private static final double[][] OFFSETS = {{8, -8}, {8, 14}, {-8, -8}, {-8, 14}, {0, -14}};

  /**
   * Labels the latest point at the first offset whose box overlaps no label already placed and
   * stays inside the frame; leaves it unlabelled (the legend and the tooltip still name it) when
   * every offset collides.
   */
  private static void label(
      Svg svg, Frame f, String name, double px, double py, List<double[]> placed) {
    double w = name.length() * Svg.CHAR_PX;
    double h = 12;
    for (double[] o : OFFSETS) {
      double x0 = o[0] > 0 ? px + o[0] : o[0] < 0 ? px + o[0] - w : px - w / 2;
      double y1 = py + o[1];
      double[] box = {x0, y1 - h, x0 + w, y1 + 2};
      if (box[0] < f.left || box[2] > f.right || box[1] < f.top || box[3] > f.bottom) {
        continue;
      }
      boolean free = true;
      for (double[] b : placed) {
        if (box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) {
          free = false;
          break;
        }
      }
      if (free) {
        placed.add(box);
        String anchor = o[0] > 0 ? "start" : o[0] < 0 ? "end" : "middle";
        double tx = o[0] > 0 ? x0 : o[0] < 0 ? x0 + w : px;
        svg.text(tx, y1, anchor, "point-label", name);
        return;
      }
    }
  }
}
