package dev.rotor.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.report.RrgChart;
import dev.rotor.report.SvgFragments;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RrgChartSvgTest {
  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 19));

  @Test
  void render_twoTails_quadrantsTailsAndLatestMarkers() {
    RrgChart c =
        new RrgChart(
            "rrg",
            "RRG",
            List.of(
                new RrgChart.Tail(
                    "Small", DATES, new double[] {99, 100, 101.5}, new double[] {99, 100.5, 101}),
                new RrgChart.Tail(
                    "Large", DATES, new double[] {101, 100.2, 98}, new double[] {101, 99, 98.5})));
    Document doc = SvgFragments.parseOne(RrgChartSvg.render(c));
    assertThat(SvgFragments.withClass(doc, "quadrant-label"))
        .extracting(e -> e.getTextContent())
        .containsExactly("Leading", "Weakening", "Lagging", "Improving");
    assertThat(SvgFragments.withClass(doc, "latest")).hasSize(2);
    assertThat(SvgFragments.withClass(doc, "point")).hasSize(4);
    assertThat(SvgFragments.withClass(doc, "point-label"))
        .extracting(e -> e.getTextContent())
        .containsExactly("Small", "Large");
    assertThat(SvgFragments.withClass(doc, "latest").get(0).getTextContent())
        .isEqualTo("Small 2024-01-19: ratio 101.50, momentum 101.00");
  }

  @Test
  void render_latestInLeading_markerRightOfAndAboveCentre() {
    RrgChart c =
        new RrgChart(
            "rrg",
            "RRG",
            List.of(
                new RrgChart.Tail(
                    "S", DATES, new double[] {99, 100, 102}, new double[] {98, 99, 101})));
    Document doc = SvgFragments.parseOne(RrgChartSvg.render(c));
    var centre = SvgFragments.withClass(doc, "centre");
    double cx = Double.parseDouble(centre.get(0).getAttribute("x1"));
    double cy = Double.parseDouble(centre.get(1).getAttribute("y1"));
    var latest = SvgFragments.withClass(doc, "latest").get(0);
    assertThat(Double.parseDouble(latest.getAttribute("cx"))).isGreaterThan(cx);
    assertThat(Double.parseDouble(latest.getAttribute("cy"))).isLessThan(cy);
  }

  @Test
  void render_latestPointsOnTopOfEachOther_labelsTakeDifferentPlaces() {
    double[] r = {99, 100, 101};
    double[] m = {99, 100, 100.5};
    RrgChart c =
        new RrgChart(
            "rrg",
            "RRG",
            List.of(
                new RrgChart.Tail("First", DATES, r, m),
                new RrgChart.Tail("Second", DATES, r, m),
                new RrgChart.Tail("Third", DATES, r, m)));
    Document doc = SvgFragments.parseOne(RrgChartSvg.render(c));
    var labels = SvgFragments.withClass(doc, "point-label");
    assertThat(labels).hasSize(3);
    assertThat(labels)
        .extracting(
            e ->
                e.getAttribute("x")
                    + ","
                    + e.getAttribute("y")
                    + ","
                    + e.getAttribute("text-anchor"))
        .doesNotHaveDuplicates();
  }

  @Test
  void render_ninthTail_isDashed() {
    List<RrgChart.Tail> tails = new java.util.ArrayList<>();
    for (int i = 0; i < 9; i++) {
      tails.add(
          new RrgChart.Tail(
              "T" + i, DATES, new double[] {99, 100, 100 + i * 0.1}, new double[] {99, 100, 101}));
    }
    Document doc = SvgFragments.parseOne(RrgChartSvg.render(new RrgChart("rrg", "RRG", tails)));
    var paths = SvgFragments.withClass(doc, "series");
    long dashed =
        paths.stream()
            .filter(e -> e.getTagName().equals("path") && e.hasAttribute("stroke-dasharray"))
            .count();
    assertThat(dashed).isEqualTo(1);
  }
}
