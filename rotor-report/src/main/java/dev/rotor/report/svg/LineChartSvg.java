package dev.rotor.report.svg;

import dev.rotor.report.LineChart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Draws a {@link LineChart}: shaded bands, reference line, lines, calendar x axis. */
final class LineChartSvg {
  static final int WIDTH = 760;
  static final int HEIGHT = 340;

  private LineChartSvg() {}

  static String render(LineChart c) {
    Svg svg = new Svg("line", c.id(), c.title(), WIDTH, HEIGHT);
    long xMin = Long.MAX_VALUE;
    long xMax = Long.MIN_VALUE;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (LineChart.Line line : c.lines()) {
      double[] v = line.values();
      List<LocalDate> dates = line.dates();
      for (int i = 0; i < v.length; i++) {
        if (Double.isFinite(v[i]) && (!c.logScale() || v[i] > 0)) {
          yMin = Math.min(yMin, v[i]);
          yMax = Math.max(yMax, v[i]);
          long d = dates.get(i).toEpochDay();
          xMin = Math.min(xMin, d);
          xMax = Math.max(xMax, d);
        }
      }
    }
    if (Double.isFinite(c.reference()) && (!c.logScale() || c.reference() > 0)) {
      yMin = Math.min(yMin, c.reference());
      yMax = Math.max(yMax, c.reference());
    }
    boolean empty = xMin > xMax;
    if (empty) {
      xMin = LocalDate.of(2000, 1, 1).toEpochDay();
      xMax = xMin + 1;
      yMin = c.logScale() ? 1 : 0;
      yMax = c.logScale() ? 10 : 1;
    }
    if (xMax == xMin) {
      xMin--;
      xMax++;
    }

    // Legend: lines, then one entry per distinct band label, then the reference.
    Map<String, Integer> bandKinds = new LinkedHashMap<>();
    for (LineChart.Band b : c.bands()) {
      bandKinds.putIfAbsent(b.label(), bandKinds.size());
    }
    List<String> names = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < c.lines().size(); i++) {
      names.add(c.lines().get(i).name());
      colours.add(Palette.series(i));
      kinds.add(Palette.dashed(i) ? "dash" : "line");
    }
    for (Map.Entry<String, Integer> e : bandKinds.entrySet()) {
      names.add(e.getKey());
      colours.add(Palette.tint(e.getValue()));
      kinds.add("band");
    }
    if (Double.isFinite(c.reference())) {
      names.add("reference " + Ticks.format(c.reference(), referenceDecimals(c.reference())));
      colours.add("#444");
      kinds.add("dash");
    }
    double left = 72;
    double right = WIDTH - 20;
    int rows =
        svg.legend(
            left,
            20,
            right - left,
            names.toArray(String[]::new),
            colours.toArray(String[]::new),
            kinds.toArray(String[]::new));
    double top = 20 + rows * 18;
    double bottom = HEIGHT - 44;

    List<Ticks.Tick> yTicks;
    if (c.logScale()) {
      double lo = yMin / Math.pow(yMax / yMin, 0.04);
      double hi = yMax * Math.pow(yMax / yMin, 0.04);
      if (!(hi > lo)) {
        lo = yMin * 0.9;
        hi = yMax * 1.1;
      }
      yMin = lo;
      yMax = hi;
      yTicks = Ticks.log(yMin, yMax);
    } else {
      yTicks = Ticks.linear(yMin, yMax, 6);
      yMin = Math.min(yMin, yTicks.get(0).value());
      yMax = Math.max(yMax, yTicks.get(yTicks.size() - 1).value());
    }
    Frame f = new Frame(left, top, right, bottom, xMin, xMax, yMin, yMax, c.logScale());
    LocalDate from = LocalDate.ofEpochDay(xMin);
    LocalDate to = LocalDate.ofEpochDay(xMax);

    svg.raw("<g class=\"bands\">");
    for (LineChart.Band b : c.bands()) {
      double x0 = f.x(Math.max(xMin, b.from().toEpochDay()));
      double x1 = f.x(Math.min(xMax, b.to().toEpochDay()));
      if (x1 < x0) {
        continue;
      }
      svg.rectOpen(
              x0,
              top,
              Math.max(1, x1 - x0),
              bottom - top,
              "band",
              "fill=\"" + Palette.tint(bandKinds.get(b.label())) + "\" fill-opacity=\"0.22\"")
          .closeWithTitle("rect", b.label() + ": " + b.from() + " to " + b.to());
    }
    svg.raw("</g>");
    f.yGrid(svg, yTicks);
    f.xGrid(svg, Ticks.dates(from, to, right - left), false);

    if (Double.isFinite(c.reference())) {
      double py = f.y(c.reference());
      if (Double.isFinite(py)) {
        svg.line(
            left,
            py,
            right,
            py,
            "reference",
            "stroke=\"#444\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"");
      }
    }
    svg.raw("<g class=\"lines\" fill=\"none\" stroke-linejoin=\"round\">");
    for (int i = 0; i < c.lines().size(); i++) {
      path(svg, f, c.lines().get(i), i);
    }
    svg.raw("</g>");
    f.axes(svg);
    svg.yTitle(16, (top + bottom) / 2, c.yLabel());
    svg.text((left + right) / 2, HEIGHT - 8, "middle", "axis-title", "Date");
    return svg.end();
  }

  private static int referenceDecimals(double v) {
    for (int d = 0; d < 4; d++) {
      if (Math.abs(v * Math.pow(10, d) - Math.rint(v * Math.pow(10, d))) < 1e-9) {
        return d;
      }
    }
    return 4;
  }

  private static void path(Svg svg, Frame f, LineChart.Line line, int index) {
    double[] v = line.values();
    List<LocalDate> dates = line.dates();
    svg.raw("<path class=\"series\" stroke=\"").raw(Palette.series(index)).raw("\"");
    svg.raw(" stroke-width=\"").raw(index == 0 ? "2" : "1.6").raw("\"");
    if (Palette.dashed(index)) {
      svg.raw(" stroke-dasharray=\"6 3\"");
    }
    svg.raw(" d=\"");
    boolean pen = false;
    boolean any = false;
    for (int i = 0; i < v.length; i++) {
      double py = Double.isFinite(v[i]) ? f.y(v[i]) : Double.NaN;
      if (!Double.isFinite(py)) {
        pen = false;
        continue;
      }
      svg.raw(pen ? "L" : "M").num(f.x(dates.get(i).toEpochDay())).raw(",").num(py);
      pen = true;
      any = true;
    }
    if (!any) {
      svg.raw("M0,0");
    }
    svg.raw("\">");
    svg.raw("<title>");
    String tip = line.name();
    if (!dates.isEmpty()) {
      tip += ": " + dates.get(0) + " to " + dates.get(dates.size() - 1);
    }
    svg.esc(tip).raw("</title></path>");
  }
}
