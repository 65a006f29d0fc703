package dev.rotor.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.report.LineChart;
import dev.rotor.report.SvgFragments;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LineChartSvgTest {
  private static final List<LocalDate> DATES =
      Stream.iterate(LocalDate.of(2020, 1, 1), d -> d.plusDays(7)).limit(200).toList();

  private static LineChart chart(double[] a, double reference, boolean log) {
    return new LineChart(
        "c",
        "Chart",
        "Growth of 1",
        List.of(new LineChart.Line("A", DATES, a), new LineChart.Line("B", DATES, a)),
        List.of(
            new LineChart.Band(DATES.get(10), DATES.get(20), "lead"),
            new LineChart.Band(DATES.get(50), DATES.get(60), "lead"),
            new LineChart.Band(DATES.get(90), DATES.get(95), "lag")),
        reference,
        log);
  }

  private static double[] ramp(double from, double step) {
    double[] v = new double[DATES.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = from + step * i;
    }
    return v;
  }

  @Test
  void render_linesBandsReference_drawnAndInLegend() {
    Document doc = SvgFragments.parseOne(LineChartSvg.render(chart(ramp(1, 0.01), 1, false)));
    assertThat(SvgFragments.withClass(doc, "series")).hasSize(2);
    assertThat(SvgFragments.withClass(doc, "band")).hasSize(3);
    assertThat(SvgFragments.withClass(doc, "reference")).hasSize(1);
    String legend = SvgFragments.withClass(doc, "legend").get(0).getTextContent();
    assertThat(legend).isEqualTo("ABleadlagreference 1"); // one entry per distinct band label
  }

  @Test
  void render_path_onePointPerValue() {
    Document doc =
        SvgFragments.parseOne(LineChartSvg.render(chart(ramp(1, 0.01), Double.NaN, false)));
    Element path = SvgFragments.withClass(doc, "series").get(0);
    String d = path.getAttribute("d");
    assertThat(d.chars().filter(ch -> ch == 'L').count()).isEqualTo(DATES.size() - 1);
    assertThat(d).startsWith("M72,");
  }

  @Test
  void render_nanInLine_breaksThePath() {
    double[] v = ramp(1, 0.01);
    v[100] = Double.NaN;
    Document doc = SvgFragments.parseOne(LineChartSvg.render(chart(v, Double.NaN, false)));
    String d = SvgFragments.withClass(doc, "series").get(0).getAttribute("d");
    assertThat(d.chars().filter(ch -> ch == 'M').count()).isEqualTo(2);
  }

  @Test
  void render_logScale_equalRatiosEqualSpacing() {
    double[] v = new double[DATES.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.pow(1.01, i);
    }
    Document doc = SvgFragments.parseOne(LineChartSvg.render(chart(v, Double.NaN, true)));
    String[] pts =
        SvgFragments.withClass(doc, "series").get(0).getAttribute("d").substring(1).split("L");
    double y0 = Double.parseDouble(pts[0].split(",")[1]);
    double y1 = Double.parseDouble(pts[100].split(",")[1]);
    double y2 = Double.parseDouble(pts[199].split(",")[1]);
    // a geometric series is a straight line on a log axis (coordinates rounded to 0.1 px)
    assertThat((y0 - y1) / 100)
        .isCloseTo((y1 - y2) / 99, org.assertj.core.data.Offset.offset(0.01));
  }
}
