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
  }
}
