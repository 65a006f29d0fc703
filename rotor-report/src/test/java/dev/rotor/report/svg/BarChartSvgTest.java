package dev.rotor.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.report.BarChart;
import dev.rotor.report.SvgFragments;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class BarChartSvgTest {
  @Test
  void render_negativeAndPositive_barsOnEitherSideOfZero() {
    BarChart c =
        new BarChart(
            "b",
            "Bars",
            "pp",
            List.of("Energy", "Tech", "Utilities"),
            List.of(
                new BarChart.Group("S", new double[] {-1, 2, Double.NaN}),
                new BarChart.Group("L", new double[] {0.5, 3, 1})));
    Document doc = SvgFragments.parseOne(BarChartSvg.render(c));
    List<Element> bars = SvgFragments.withClass(doc, "series");
    assertThat(bars).hasSize(5); // NaN draws no bar
    double zero = Double.parseDouble(SvgFragments.withClass(doc, "zero").get(0).getAttribute("y1"));
    Element negative = bars.get(0);
    assertThat(Double.parseDouble(negative.getAttribute("y")))
        .isCloseTo(zero, org.assertj.core.data.Offset.offset(0.11));
    Element positive = bars.get(1);
    double top = Double.parseDouble(positive.getAttribute("y"));
    double h = Double.parseDouble(positive.getAttribute("height"));
    assertThat(top + h).isCloseTo(zero, org.assertj.core.data.Offset.offset(0.11));
    assertThat(negative.getTextContent()).isEqualTo("Energy, S: \u22121.00");
  }

  @Test
  void render_longCategories_rotatedInsideThePicture() {
    List<String> cats =
        List.of(
            "Communication Services",
            "Consumer Discretionary",
            "Information Technology",
            "Real Estate",
            "Utilities",
            "Energy",
            "Materials");
    double[] v = {1, 2, 3, 4, 5, 6, 7};
    Document doc =
        SvgFragments.parseOne(
            BarChartSvg.render(
                new BarChart("b", "B", "pp", cats, List.of(new BarChart.Group("g", v)))));
    List<Element> ticks = SvgFragments.withClass(doc, "tick");
    Element first =
        ticks.stream()
            .filter(t -> t.getTextContent().equals("Communication Services"))
            .findFirst()
            .orElseThrow();
    String transform = first.getAttribute("transform");
    assertThat(transform).contains("rotate(-35)");
    double anchorX =
        Double.parseDouble(transform.substring(transform.indexOf('(') + 1, transform.indexOf(',')));
    double reach = "Communication Services".length() * 6.6 * Math.cos(Math.toRadians(35));
    assertThat(anchorX - reach).isGreaterThanOrEqualTo(0);
  }
}
