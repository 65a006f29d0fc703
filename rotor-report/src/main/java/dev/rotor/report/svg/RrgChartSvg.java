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
    for (int i = 0; i < c.tails().size(); i++) {
      tail(svg, f, c.tails().get(i), Palette.series(i));
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

  private static void tail(Svg svg, Frame f, RrgChart.Tail t, String colour) {
    double[] r = t.ratio();
    double[] m = t.momentum();
    svg.raw("<g class=\"tail\">");
    svg.raw("<path class=\"series\" fill=\"none\" stroke=\"").raw(colour);
    svg.raw("\" stroke-width=\"1.8\" stroke-linejoin=\"round\" d=\"");
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
      double px = f.x(r[last]);
      boolean flip = px + 8 + t.name().length() * Svg.CHAR_PX > f.right;
      svg.text(
          px + (flip ? -8 : 8), f.y(m[last]) - 8, flip ? "end" : "start", "point-label", t.name());
    }
    svg.raw("</g>");
  }
}
