package dev.rotor.report.svg;

import dev.rotor.report.HistogramChart;
import java.util.List;

/**
 * Draws a {@link HistogramChart}: for each bin, one bar per distribution side by side, on a linear
 * x axis of the binned value.
 */
final class HistogramChartSvg {
  static final int WIDTH = 760;
  static final int HEIGHT = 340;

  private HistogramChartSvg() {}

  static String render(HistogramChart c) {
    Svg svg = new Svg("histogram", c.id(), c.title(), WIDTH, HEIGHT);
    double[] edges = c.edges();
    int maxCount = 0;
    for (HistogramChart.Counts s : c.series()) {
      for (int n : s.counts()) {
        maxCount = Math.max(maxCount, n);
      }
    }
    List<Ticks.Tick> yTicks = Ticks.linear(0, Math.max(1, maxCount), 5);
    if (yTicks.get(yTicks.size() - 1).value() < Math.max(1, maxCount)) {
      yTicks = Ticks.linear(0, maxCount * 1.05, 5);
    }
    yTicks = yTicks.stream().filter(t -> t.value() == Math.rint(t.value())).toList();
    double yHi = Math.max(1, yTicks.get(yTicks.size() - 1).value());

    int n = c.series().size();
    String[] names = new String[n];
    String[] colours = new String[n];
    String[] kinds = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = c.series().get(i).name();
      colours[i] = Palette.series(i);
      kinds[i] = "box";
    }
    double left = 72;
    double right = WIDTH - 20;
    int rows = svg.legend(left, 20, right - left, names, colours, kinds);
    double top = 20 + rows * 18;
    double bottom = HEIGHT - 44;
    double xLo = edges[0];
    double xHi = edges[edges.length - 1];
    Frame f = new Frame(left, top, right, bottom, xLo, xHi, 0, yHi, false);
    f.yGrid(svg, yTicks);
    int target = (int) Math.max(2, Math.min(10, (right - left) / 70));
    List<Ticks.Tick> xTicks =
        Ticks.linear(xLo, xHi, target).stream()
            .filter(t -> t.value() >= xLo - 1e-9 && t.value() <= xHi + 1e-9)
            .toList();

    svg.raw("<g class=\"bars\">");
    for (int s = 0; s < n; s++) {
      int[] counts = c.series().get(s).counts();
      for (int b = 0; b < counts.length; b++) {
        double x0 = f.x(edges[b]);
        double x1 = f.x(edges[b + 1]);
        double w = (x1 - x0) / n;
        if (counts[b] == 0) {
          continue;
        }
        double y = f.y(counts[b]);
        svg.rectOpen(
                x0 + s * w + 0.5,
                y,
                Math.max(0.8, w - 1),
                bottom - y,
                "series",
                "fill=\"" + Palette.series(s) + "\" fill-opacity=\"0.85\"")
            .closeWithTitle(
                "rect",
                names[s]
                    + ": "
                    + counts[b]
                    + " in ["
                    + Ticks.format(edges[b], 3)
                    + ", "
                    + Ticks.format(edges[b + 1], 3)
                    + ")");
      }
    }
    svg.raw("</g>");
    f.xGrid(svg, xTicks, false);
    f.axes(svg);
    svg.yTitle(16, (top + bottom) / 2, "Count (observations)");
    svg.text((left + right) / 2, HEIGHT - 8, "middle", "axis-title", c.xLabel());
    return svg.end();
  }
}
