package dev.rotor.report.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/report.md lists every rule with the statement the report prints. */
class ReportRuleDocTest {

  @Test
  void docs_listEveryRuleWithItsStatement() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "report.md"), StandardCharsets.UTF_8);
    for (ReportRule r : ReportRule.values()) {
      String row = "| `" + r.name() + "` | " + r.rule().statement().replace("|", "\\|") + " |";
      assertThat(doc).as(r.name()).contains(row);
    }
  }

  @Test
  void words_followTheThresholdsTheStatementsGive() {
    assertThat(ReportRule.spreadWord(0.0099)).isEqualTo("marginal");
    assertThat(ReportRule.spreadWord(-0.01)).isEqualTo("clear");
    assertThat(ReportRule.spreadWord(0.0499)).isEqualTo("clear");
    assertThat(ReportRule.spreadWord(0.05)).isEqualTo("substantial");
    assertThat(ReportRule.unusualWord(0.95)).isEqualTo("unusual");
    assertThat(ReportRule.unusualWord(0.05)).isEqualTo("unusual");
    assertThat(ReportRule.unusualWord(0.99)).isEqualTo("exceptional");
    assertThat(ReportRule.unusualWord(0.5)).isEqualTo("within the usual range");
    assertThat(ReportRule.unusualWord(Double.NaN)).isNull();
    assertThat(ReportRule.volWord(1.10)).isEqualTo("more volatile");
    assertThat(ReportRule.volWord(1 / 1.10)).isEqualTo("less volatile");
    assertThat(ReportRule.volWord(1.0)).isEqualTo("similar");
    assertThat(ReportRule.oddsWord(0.6)).isEqualTo("usually");
    assertThat(ReportRule.oddsWord(0.4)).isEqualTo("usually not");
    assertThat(ReportRule.oddsWord(0.5)).isEqualTo("about as often as not");
    assertThat(ReportRule.correlationWord(0.9)).isEqualTo("move largely together");
    assertThat(ReportRule.correlationWord(0.7)).isEqualTo("move partly together");
    assertThat(ReportRule.correlationWord(0.69)).isEqualTo("move substantially differently");
    assertThat(ReportRule.shareWord(0.5)).isEqualTo("most");
    assertThat(ReportRule.shareWord(-0.2)).isEqualTo("part");
    assertThat(ReportRule.shareWord(0.19)).isEqualTo("little");
    assertThat(ReportRule.valuationWord(0.9)).isEqualTo("cheaper than");
    assertThat(ReportRule.valuationWord(1.0)).isEqualTo("similarly valued to");
    assertThat(ReportRule.valuationWord(1.1)).isEqualTo("dearer than");
    assertThat(ReportRule.concentrationWord(0.5)).isEqualTo("dominated");
    assertThat(ReportRule.concentrationWord(0.25)).isEqualTo("contributed heavily to");
    assertThat(ReportRule.concentrationWord(0.2499)).isEqualTo("did not dominate");
    assertThat(ReportRule.regimeWord(0.8)).contains("higher-mean");
    assertThat(ReportRule.regimeWord(0.2)).contains("lower-mean");
    assertThat(ReportRule.regimeWord(0.5)).isEqualTo("is undecided");
    assertThat(ReportRule.episodeAgeWord(49, 100)).isEqualTo("young");
    assertThat(ReportRule.episodeAgeWord(50, 100)).isEqualTo("mid-life");
    assertThat(ReportRule.episodeAgeWord(101, 100)).isEqualTo("mature");
    assertThat(ReportRule.drawdownSide(-0.05)).isEqualTo(-1);
    assertThat(ReportRule.drawdownSide(0.0499)).isZero();
    assertThat(ReportRule.drawdownSide(0.05)).isEqualTo(1);
    assertThat(ReportRule.liquiditySide(2)).isEqualTo(1);
    assertThat(ReportRule.liquiditySide(0.5)).isEqualTo(-1);
    assertThat(ReportRule.liquiditySide(1.9)).isZero();
  }
}
