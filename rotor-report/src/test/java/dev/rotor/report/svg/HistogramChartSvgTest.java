package dev.rotor.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.report.HistogramChart;
import dev.rotor.report.SvgFragments;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HistogramChartSvgTest {
  @Test
  void render_twoSeries_barHeightsProportionalToCounts() {
    HistogramChart c =
        new HistogramChart(
            "h",
            "H",
            "Return (%)",
            new double[] {-10, -5, 0, 5, 10},
            List.of(
                new HistogramChart.Counts("a", new int[] {1, 4, 2, 0}),
                new HistogramChart.Counts("b", new int[] {2, 2, 2, 2})));
    Document doc = SvgFragments.parseOne(HistogramChartSvg.render(c));
    List<Element> bars = SvgFragments.withClass(doc, "series");
    assertThat(bars).hasSize(7); // zero counts draw nothing
    double h1 = Double.parseDouble(bars.get(0).getAttribute("height"));
    double h4 = Double.parseDouble(bars.get(1).getAttribute("height"));
    assertThat(h4 / h1).isCloseTo(4, org.assertj.core.data.Offset.offset(0.01));
    assertThat(bars.get(1).getTextContent()).isEqualTo("a: 4 in [\u22125.000, 0.000)");
    assertThat(SvgFragments.withClass(doc, "axis-title"))
        .extracting(Element::getTextContent)
        .contains("Return (%)");
  }
}
