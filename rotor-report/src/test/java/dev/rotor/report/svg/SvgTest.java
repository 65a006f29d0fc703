package dev.rotor.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.report.SvgFragments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgTest {
  @ParameterizedTest
  @CsvSource({
    "12.0,12",
    "12.34,12.3",
    "12.35,12.4",
    "-0.04,0",
    "-0.06,-0.1",
    "-7.25,-7.2",
    "1234.5,1234.5",
    "NaN,0",
    "Infinity,0"
  })
  void appendNum_values_oneDecimalAtMost(double v, String expected) {
    StringBuilder sb = new StringBuilder();
    Svg.appendNum(sb, v);
    assertThat(sb).hasToString(expected);
  }

  @Test
  void escape_markupAndControlCharacters_escaped() {
    StringBuilder sb = new StringBuilder();
    Svg.escape(sb, "a<b>&\"c\"'d'\u0001");
    assertThat(sb).hasToString("a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39; ");
  }

  @Test
  void end_textAndLegend_wellFormedWithIdAndTitle() {
    Svg svg = new Svg("line", "a&b", "T <1>", 100, 50);
    svg.text(1, 2, "start", "tick", "x<y");
    int rows =
        svg.legend(
            0,
            10,
            40,
            new String[] {"one", "two"},
            new String[] {"#000", "#111"},
            new String[] {"line", "band"});
    var doc = SvgFragments.parseOne(svg.end());
    assertThat(doc.getDocumentElement().getAttribute("data-chart")).isEqualTo("a&b");
    assertThat(doc.getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("T <1>");
    assertThat(rows).isEqualTo(2); // 40 px fits one entry per row
  }
}
