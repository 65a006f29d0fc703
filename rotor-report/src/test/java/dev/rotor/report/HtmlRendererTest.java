package dev.rotor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

class HtmlRendererTest {
  private static final String HTML = HtmlRenderer.render(ReportFixture.synthetic());
  private static final String REAL = HtmlRenderer.render(ReportFixture.real());

  private static int count(String haystack, String needle) {
    return haystack.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void render_fixture_isOneSelfContainedDocument() {
    assertThat(HTML).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(HTML).doesNotContain("<script", "<link", "<img", "src=", "@import", "url(");
    String withoutSvgNamespace = HTML.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assertThat(withoutSvgNamespace).doesNotContain("http://", "https://");
  }

  @Test
  void render_sameReportTwice_sameBytes() {
    assertThat(HtmlRenderer.render(ReportFixture.synthetic())).isEqualTo(HTML);
  }

  @Test
  void render_textWithMarkup_isEscaped() {
    assertThat(HTML).doesNotContain(ReportFixture.NASTY, "<large>", "<contributions>", "<ytd>");
    assertThat(HTML).contains("S&amp;P 500 &lt;large&gt; &quot;caps&quot; &amp; &#39;friends&#39;");
    assertThat(HTML).contains("Sectors &lt;contributions&gt;");
  }

  @Test
  void render_synthetic_titleAndBanner() {
    assertThat(HTML).contains("<title>Leadership report \u2014 SYNTHETIC sample</title>");
    assertThat(HTML)
        .contains("class=\"synthetic-banner\"", "@top-center", "body class=\"report synthetic\"");
    assertThat(REAL).doesNotContain("class=\"synthetic-banner\"", "@top-center");
  }

  @Test
  void render_disclaimer_atTopAndBottom() {
    String text = "A generated summary of data, not advice.";
    assertThat(count(HTML, text)).isEqualTo(2);
    assertThat(HTML.indexOf("id=\"disclaimer-top\"")).isLessThan(HTML.indexOf("<main>"));
    assertThat(HTML.indexOf("id=\"disclaimer-bottom\"")).isGreaterThan(HTML.indexOf("</main>"));
  }

  @Test
  void render_facts_carrySourcesAsTooltipAndFootnotes() {
    Report r = ReportFixture.synthetic();
    long facts = r.allSentences().stream().filter(s -> s.kind() == SentenceKind.FACT).count();
    assertThat(count(HTML, "data-kind=\"FACT\"")).isEqualTo((int) facts);
    assertThat(HTML)
        .contains(
            "id=\"s-headline.spread\" title=\"Fact. Sources: RUT 2017-05-03..2024-12-31;"
                + " SPX 2017-05-03..2024-12-31\"");
    assertThat(HTML)
        .contains(
            "<li id=\"src-1\">RUT 2017-05-03..2024-12-31 <span class=\"origin\">\u2014 SYNTHETIC</span></li>");
    assertThat(HTML).contains("<li id=\"src-4\">sp500-sectors 2024-12-31");
    assertThat(HTML).contains("<a href=\"#src-1\" title=\"RUT 2017-05-03..2024-12-31\">1</a>");
  }

  @Test
  void render_interpretations_areLabelledWithRuleAndFacts() {
    assertThat(count(HTML, "<span class=\"tag\">Interpretation</span>")).isEqualTo(2);
    assertThat(HTML).contains("(rule <a href=\"#rule-SPREAD_SIZE\">SPREAD_SIZE</a>; rests on ");
    assertThat(HTML).contains("href=\"#s-headline.spread\"", "href=\"#s-performance.small\"");
    assertThat(HTML).contains("<tr id=\"rule-SPREAD_SIZE\">", "<tr id=\"rule-EPISODE\">");
    for (Sentence s : ReportFixture.synthetic().allSentences()) {
      assertThat(HTML).contains("id=\"s-" + s.id() + "\"");
    }
  }

  @Test
  void render_everyChart_isWellFormedSvgWithDrawnSeries() {
    List<Document> svgs = SvgFragments.parse(HTML);
    assertThat(svgs).hasSize(ReportFixture.chartIds().size());
    for (int i = 0; i < svgs.size(); i++) {
      Document svg = svgs.get(i);
      assertThat(svg.getDocumentElement().getAttribute("data-chart"))
          .isEqualTo(ReportFixture.chartIds().get(i));
      assertThat(SvgFragments.withClass(svg, "series")).isNotEmpty();
      assertThat(SvgFragments.withClass(svg, "axis-title")).isNotEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "Sector,false",
    "Russell 2000 (pp),true",
    "Weight | RUT (%),true",
  })
  void render_table_numericColumnsAlignRight(String heading, boolean numeric) {
    String cell =
        (numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
            + heading.replace("&", "&amp;")
            + "</th>";
    assertThat(HTML).contains(cell);
  }

  @Test
  void render_headline_showsLeaderLaggardWindowAndSpread() {
    assertThat(HTML)
        .contains("<span class=\"v\">Russell 2000</span>", "<span class=\"v\">ytd</span>");
    assertThat(HTML).contains("<span class=\"v\">+5.2 pp</span>");
  }

  @ParameterizedTest
  @CsvSource({"0.052,+5.2 pp", "-0.031,\u22123.1 pp", "0,+0.0 pp", "NaN,n/a"})
  void spread_values_formattedInPercentagePoints(double spread, String expected) {
    assertThat(HtmlRenderer.spread(spread)).isEqualTo(expected);
  }
}
