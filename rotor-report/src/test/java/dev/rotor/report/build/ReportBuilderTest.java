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
    for (Section s : r.sections()) {
      for (Sentence sen : s.sentences()) {
        System.out.println(sen.kind() + " " + sen.text());
      }
    }
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
}
