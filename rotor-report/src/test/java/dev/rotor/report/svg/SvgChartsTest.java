package dev.rotor.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.report.BarChart;
import dev.rotor.report.ChartSpec;
import dev.rotor.report.HistogramChart;
import dev.rotor.report.LineChart;
import dev.rotor.report.RrgChart;
import dev.rotor.report.SvgFragments;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class SvgChartsTest {
  private static final LocalDate D = LocalDate.of(2024, 1, 2);

  private static LineChart line(String id, double[] values, boolean log) {
    List<LocalDate> dates = Stream.iterate(D, d -> d.plusDays(1)).limit(values.length).toList();
    return new LineChart(
        id, id, "y", List.of(new LineChart.Line("a", dates, values)), List.of(), Double.NaN, log);
  }

  /** Degenerate inputs: each must still give well-formed SVG of its type, without throwing. */
  static Stream<Arguments> degenerate() {
    return Stream.of(
        Arguments.of(line("one-point", new double[] {1.5}, false), "line"),
        Arguments.of(line("constant", new double[] {2, 2, 2}, false), "line"),
        Arguments.of(line("all-nan", new double[] {Double.NaN, Double.NaN}, false), "line"),
        Arguments.of(line("log-nonpositive", new double[] {-1, 0, 2, 4}, true), "line"),
        Arguments.of(line("log-zero-only", new double[] {0, 0}, true), "line"),
        Arguments.of(line("empty", new double[0], false), "line"),
        Arguments.of(
            new RrgChart(
                "rrg-centre",
                "t",
                List.of(
                    new RrgChart.Tail("x", List.of(D), new double[] {100}, new double[] {100}))),
            "rrg"),
        Arguments.of(
            new BarChart(
                "bars-zero",
                "t",
                "pp",
                List.of("a", "b"),
                List.of(new BarChart.Group("g", new double[] {0, Double.NaN}))),
            "bar"),
        Arguments.of(
            new HistogramChart(
                "hist-empty",
                "t",
                "%",
                new double[] {0, 1},
                List.of(new HistogramChart.Counts("c", new int[] {0}))),
            "histogram"));
  }

  /**
   * Invariant on seeded random charts: well-formed, no NaN text, and every line vertex inside the
   * picture (nothing is drawn off the canvas, whatever the data range or gaps).
   */
  @Test
  void render_randomLineCharts_verticesInsideViewBox() {
    Random rnd = new Random(2024);
    for (int k = 0; k < 200; k++) {
      int n = 1 + rnd.nextInt(300);
      double level = Math.exp(rnd.nextGaussian() * 3);
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        level *= Math.exp(rnd.nextGaussian() * 0.05);
        v[i] = rnd.nextInt(40) == 0 ? Double.NaN : (rnd.nextBoolean() ? level : level - 1);
      }
      boolean log = rnd.nextBoolean();
      String svg = SvgCharts.render(line("r" + k, v, log));
      Document doc = SvgFragments.parseOne(svg);
      assertThat(svg).doesNotContain("NaN", "Infinity");
      String d = SvgFragments.withClass(doc, "series").get(0).getAttribute("d");
      for (String pt : d.split("[ML]")) {
        if (pt.isEmpty()) {
          continue;
        }
        String[] xy = pt.split(",");
        assertThat(Double.parseDouble(xy[0])).as("x in chart %d", k).isBetween(0.0, 760.0);
        assertThat(Double.parseDouble(xy[1])).as("y in chart %d", k).isBetween(0.0, 340.0);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("degenerate")
  void render_degenerateInput_wellFormedSvgOfItsType(ChartSpec spec, String type) {
    Document doc = SvgFragments.parseOne(SvgCharts.render(spec));
    assertThat(doc.getDocumentElement().getAttribute("data-type")).isEqualTo(type);
    assertThat(doc.getDocumentElement().getAttribute("data-chart")).isEqualTo(spec.id());
    assertThat(SvgCharts.render(spec)).doesNotContain("NaN", "Infinity");
  }
}
