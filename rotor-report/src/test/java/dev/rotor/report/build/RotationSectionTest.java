package dev.rotor.report.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.report.Chart;
import dev.rotor.report.RrgChart;
import dev.rotor.report.Section;
import dev.rotor.report.Sentence;
import dev.rotor.rotation.RotationGraph;
import dev.rotor.rotation.RrgAsset;
import dev.rotor.rotation.RrgParameters;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rotation section's RRG is the kernel's (RotationGraph, pandas oracle in rotor-core) for small
 * caps against large caps; size segments and sectors go to separate charts.
 */
class RotationSectionTest {
  private static Context ctx;
  private static Section section;

  @BeforeAll
  static void build() {
    ctx = Context.of(SyntheticReportData.defaults(), ReportRequest.defaults());
    section = RotationSection.build(ctx);
  }

  @Test
  void rrg_smallCapsPointIsTheKernels() {
    Universe u = ctx.universe();
    Map<SeriesId, DateSeries> assets = new LinkedHashMap<>();
    assets.put(SeriesId.of(u.small()), ctx.values(u.small()));
    RrgAsset a =
        RotationGraph.chart(
                SeriesId.of(u.large()),
                ctx.values(u.large()),
                assets,
                ctx.asOf(),
                RrgParameters.defaults().withTailLength(RotationSection.TAIL_WEEKS))
            .assets()
            .get(0);
    String fact =
        section.sentences().stream()
            .filter(s -> s.id().equals("rotation.rrg_small"))
            .map(Sentence::text)
            .findFirst()
            .orElseThrow();
    assertThat(fact)
        .contains("RS-ratio " + Format.num(a.latest().ratio(), 2))
        .contains("RS-momentum " + Format.num(a.latest().momentum(), 2))
        .contains(a.latest().quadrant().name().toLowerCase(java.util.Locale.ROOT) + " quadrant");
  }

  @Test
  void rrg_sizeSegmentsAndSectorsInSeparateCharts() {
    List<RrgChart> charts =
        section.blocks().stream()
            .filter(Chart.class::isInstance)
            .map(b -> ((Chart) b).spec())
            .filter(RrgChart.class::isInstance)
            .map(RrgChart.class::cast)
            .toList();
    assertThat(charts).extracting(RrgChart::id).containsExactly("rrg", "rrg_sectors");
    assertThat(charts.get(0).tails())
        .extracting(RrgChart.Tail::name)
        .containsExactlyInAnyOrder("Synthetic small caps", "Synthetic technology");
    assertThat(charts.get(1).tails()).hasSize(11);
    assertThat(charts.get(0).tails().get(0).ratio()).hasSize(RotationSection.TAIL_WEEKS);
  }

  @Test
  void concentration_wordFollowsTheRule() {
    String rule =
        section.sentences().stream()
            .filter(s -> s.id().equals("rotation.concentration_rule"))
            .map(Sentence::text)
            .findFirst()
            .orElseThrow();
    String fact =
        section.sentences().stream()
            .filter(s -> s.id().equals("rotation.concentration"))
            .map(Sentence::text)
            .findFirst()
            .orElseThrow();
    int share = Integer.parseInt(fact.replaceAll(".*: (\\d+)% of it\\.$", "$1"));
    assertThat(rule).contains(ReportRule.concentrationWord(share / 100.0));
  }
}
