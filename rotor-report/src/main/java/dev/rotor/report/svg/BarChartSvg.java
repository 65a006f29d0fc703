package dev.rotor.report.svg;

import dev.rotor.report.BarChart;
import java.util.List;

/** Draws a {@link BarChart}: grouped vertical bars around a zero line, categories below. */
final class BarChartSvg {
  static final int WIDTH = 760;
  static final int HEIGHT = 380;

  /** Advance of a character of an 11 px tick label, for layout only. */
  private static final double TICK_CHAR_PX = 6.6;

  private static final double COS = Math.cos(Math.toRadians(35));
  private static final double SIN = Math.sin(Math.toRadians(35));

  private BarChartSvg() {}

  static String render(BarChart c) {
    Svg svg = new Svg("bar", c.id(), c.title(), WIDTH, HEIGHT);
    double lo = 0;
    double hi = 0;
    for (BarChart.Group g : c.groups()) {
      for (double v : g.values()) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (lo == hi) {
      hi = 1;
    }
    List<Ticks.Tick> yTicks = Ticks.linear(lo, hi, 6);
    lo = Math.min(lo, yTicks.get(0).value());
    hi = Math.max(hi, yTicks.get(yTicks.size() - 1).value());

    int groups = c.groups().size();
    String[] names = new String[groups];
    String[] colours = new String[groups];
    String[] kinds = new String[groups];
    for (int i = 0; i < groups; i++) {
      names[i] = c.groups().get(i).name();
      colours[i] = Palette.series(i);
      kinds[i] = "box";
    }
    double left = 72;
    double right = WIDTH - 20;
    List<String> cats = c.categories();
    double slot = (right - left) / cats.size();
    int longest = cats.stream().mapToInt(String::length).max().orElse(1);
    boolean rotate = longest * TICK_CHAR_PX > slot - 6;
    if (rotate) {
      // Labels slant down-left from their bar: keep the first one inside the picture.
      double reach = cats.get(0).length() * TICK_CHAR_PX * COS + 8;
      left = Math.max(left, reach - slot / 2);
      slot = (right - left) / cats.size();
    }
    double labelDepth = rotate ? longest * TICK_CHAR_PX * SIN + 20 : 22;
    int rows = svg.legend(left, 20, right - left, names, colours, kinds);
    double top = 20 + rows * 18;
    double bottom = HEIGHT - 12 - labelDepth;
    Frame f = new Frame(left, top, right, bottom, 0, cats.size(), lo, hi, false);
    f.yGrid(svg, yTicks);

    double bandWidth = slot * 0.8;
    double barWidth = bandWidth / groups;
    svg.raw("<g class=\"bars\">");
    for (int g = 0; g < groups; g++) {
      double[] v = c.groups().get(g).values();
      for (int k = 0; k < cats.size(); k++) {
        if (!Double.isFinite(v[k])) {
          continue;
        }
        double x = left + k * slot + (slot - bandWidth) / 2 + g * barWidth;
        double y0 = f.y(0);
        double y1 = f.y(v[k]);
        svg.rectOpen(
                x,
                Math.min(y0, y1),
                Math.max(1, barWidth - 1),
                Math.max(0.5, Math.abs(y1 - y0)),
                "series",
                "fill=\"" + Palette.series(g) + "\"")
            .closeWithTitle(
                "rect", cats.get(k) + ", " + names[g] + ": " + Ticks.format(v[k], decimals(v[k])));
      }
    }
    svg.raw("</g>");
    svg.line(left, f.y(0), right, f.y(0), "zero", "stroke=\"#222\" stroke-width=\"1.2\"");
    svg.raw("<g class=\"x-axis\">");
    for (int k = 0; k < cats.size(); k++) {
      double cx = left + (k + 0.5) * slot;
      if (rotate) {
        svg.raw("<text class=\"tick\" text-anchor=\"end\" transform=\"translate(")
            .num(cx + 4)
            .raw(",")
            .num(bottom + 12)
            .raw(") rotate(-35)\">")
            .esc(cats.get(k))
            .raw("</text>");
      } else {
        svg.text(cx, bottom + 18, "middle", "tick", cats.get(k));
      }
    }
    svg.raw("</g>");
    svg.line(left, top, left, bottom, "axis", "stroke=\"#333\" stroke-width=\"1\"");
    svg.yTitle(left - 56, (top + bottom) / 2, c.yLabel());
    return svg.end();
  }

  /** Two significant decimals for small values, fewer for large ones (tooltips only). */
  static int decimals(double v) {
    double a = Math.abs(v);
    return a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  }
}
