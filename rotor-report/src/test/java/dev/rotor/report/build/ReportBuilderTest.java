package dev.rotor.report.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.report.Report;
import dev.rotor.report.Section;
import dev.rotor.report.Sentence;
import dev.rotor.report.SentenceKind;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

  @Test
  void build_syntheticSample_titleSaysSyntheticAndEverySectionIsPresent() {
    Report r = ReportBuilder.build(SyntheticReportData.defaults(), ReportRequest.defaults());
    assertThat(r.synthetic()).isTrue();
    assertThat(r.title()).startsWith("SYNTHETIC");
    assertThat(r.sections())
        .extracting(Section::id)
        .containsExactly(
            "leadership", "rotation", "drivers", "history", "risks", "investor", "appendix");
    assertThat(r.headline().sentence().kind()).isEqualTo(SentenceKind.FACT);
  }

  @Test
  void build_oneThreadOrSeveral_sameReport() {
    SyntheticReportData data = SyntheticReportData.defaults();
    String serial =
        dev.rotor.report.JsonRenderer.render(
            ReportBuilder.build(data, ReportRequest.defaults(), ReportBuilder.Timer.NONE, 1));
    String parallel =
        dev.rotor.report.JsonRenderer.render(
            ReportBuilder.build(data, ReportRequest.defaults(), ReportBuilder.Timer.NONE, 4));
    assertThat(parallel).isEqualTo(serial);
  }

  @Test
  void build_synthetic_interpretationsRestOnFactsWrittenBeforeThem() {
    Report r = ReportBuilder.build(SyntheticReportData.defaults(), ReportRequest.defaults());
    java.util.Set<String> facts = new java.util.HashSet<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Sentence s : r.allSentences()) {
      if (s == r.headline().sentence()) {
        continue;
      }
      assertThat(ids.add(s.id())).as("unique id " + s.id()).isTrue();
      if (s.kind() == SentenceKind.FACT) {
        facts.add(s.id());
        assertThat(s.sources()).as(s.text()).isNotEmpty();
      } else {
        assertThat(facts).as(s.text()).containsAll(s.restsOn());
        assertThat(s.text()).as(s.id()).contains("rule");
      }
    }
  }

  @Test
  void build_synthetic_noSourceEndsAfterTheAsOfDate() {
    Report r =
        ReportBuilder.build(
            SyntheticReportData.defaults(),
            new ReportRequest(java.time.LocalDate.of(2024, 6, 28), null, null, null));
    assertThat(r.asOf()).isEqualTo(java.time.LocalDate.of(2024, 6, 28));
    for (Sentence s : r.allSentences()) {
      for (dev.rotor.report.Source src : s.sources()) {
        if (src.to() != null && !src.id().contains("snapshots")) {
          assertThat(src.to()).as(s.text()).isBeforeOrEqualTo(r.asOf());
        }
      }
    }
  }

  @Test
  void build_synthetic_drawsEveryChartTheIssueAsksFor() {
    Report r = ReportBuilder.build(SyntheticReportData.defaults(), ReportRequest.defaults());
    java.util.List<String> charts = new java.util.ArrayList<>();
    for (Section s : r.sections()) {
      for (dev.rotor.report.Block b : s.blocks()) {
        if (b instanceof dev.rotor.report.Chart c) {
          charts.add(c.spec().id());
        }
      }
    }
    assertThat(charts)
        .contains(
            "cumulative",
            "relative_strength",
            "rrg",
            "rrg_sectors",
            "drawdowns",
            "rolling_rate_beta",
            "analog_forward",
            "sector_contributions");
  }

  @Test
  void build_unknownSmall_isRejectedNamingIt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                ReportBuilder.build(
                    SyntheticReportData.defaults(), new ReportRequest(null, "NOPE", null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOPE");
  }
}
