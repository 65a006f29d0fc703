package dev.rotor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  private static final double TOL = 1e-12;
  private static JsonNode json;

  @BeforeAll
  static void parse() throws IOException {
    json = new ObjectMapper().readTree(JsonRenderer.render(ReportFixture.synthetic()));
  }

  private static JsonNode chart(String id) {
    for (JsonNode s : json.get("sections")) {
      for (JsonNode c : s.get("charts")) {
        if (c.get("id").asText().equals(id)) {
          return c;
        }
      }
    }
    throw new AssertionError("no chart " + id);
  }

  @Test
  void render_fixture_topLevelFields() {
    assertThat(json.get("title").asText()).contains("SYNTHETIC");
    assertThat(json.get("asof").asText()).isEqualTo("2024-12-31");
    assertThat(json.get("synthetic").asBoolean()).isTrue();
    assertThat(json.get("disclaimer").asText())
        .startsWith("A generated summary of data, not advice");
    assertThat(json.get("rules")).hasSize(3);
    assertThat(json.get("rules").get(0).get("id").asText()).isEqualTo("SPREAD_SIZE");
  }

  @Test
  void render_headline_leaderLaggardWindowSpreadText() {
    JsonNode h = json.get("headline");
    assertThat(h.get("leader").asText()).isEqualTo("Russell 2000");
    assertThat(h.get("laggard").asText()).isEqualTo(ReportFixture.NASTY);
    assertThat(h.get("window").asText()).isEqualTo("ytd");
    assertThat(h.get("spread").asDouble())
        .isCloseTo(0.052, org.assertj.core.data.Offset.offset(TOL));
    assertThat(h.get("text").asText()).startsWith("Russell 2000 led S&P 500 <large>");
    assertThat(h.get("sentence").get("kind").asText()).isEqualTo("FACT");
  }

  @Test
  void render_sections_sentencesWithKindTextSources() {
    JsonNode sections = json.get("sections");
    assertThat(sections).hasSize(4);
    List<String> kinds = new ArrayList<>();
    for (JsonNode s : sections) {
      assertThat(s.get("title").asText()).isNotBlank();
      for (JsonNode sentence : s.get("sentences")) {
        kinds.add(sentence.get("kind").asText());
        assertThat(sentence.get("text").asText()).isNotBlank();
        assertThat(sentence.get("sources").isArray()).isTrue();
        assertThat(sentence.has("rule")).isTrue();
        assertThat(sentence.get("rests_on").isArray()).isTrue();
      }
    }
    assertThat(kinds).containsOnly("FACT", "INTERPRETATION").contains("FACT", "INTERPRETATION");
    JsonNode fact = sections.get(0).get("sentences").get(0);
    JsonNode src = fact.get("sources").get(0);
    assertThat(src.get("id").asText()).isEqualTo("RUT");
    assertThat(src.get("origin").asText()).isEqualTo("SYNTHETIC");
    assertThat(src.get("from").asText()).isEqualTo("2017-05-03");
    assertThat(src.get("to").asText()).isEqualTo("2024-12-31");
    assertThat(fact.get("rule").isNull()).isTrue();
    JsonNode interp = sections.get(0).get("sentences").get(2);
    assertThat(interp.get("kind").asText()).isEqualTo("INTERPRETATION");
    assertThat(interp.get("rule").asText()).isEqualTo("SPREAD_SIZE");
    assertThat(interp.get("rests_on"))
        .extracting(JsonNode::asText)
        .containsExactly("headline.spread", "performance.small");
  }

  @Test
  void render_snapshotSource_fromIsNull() {
    JsonNode src = json.get("sections").get(3).get("sentences").get(0).get("sources").get(0);
    assertThat(src.get("from").isNull()).isTrue();
    assertThat(src.get("to").asText()).isEqualTo("2024-12-31");
  }

  @Test
  void render_charts_typeAndData() {
    JsonNode line = chart("cumulative");
    assertThat(line.get("type").asText()).isEqualTo("line");
    assertThat(line.get("log_scale").asBoolean()).isTrue();
    assertThat(line.get("lines").get(0).get("dates")).hasSize(ReportFixture.DAYS);
    assertThat(line.get("lines").get(0).get("values")).hasSize(ReportFixture.DAYS);
    assertThat(chart("relative").get("bands")).hasSize(3);
    assertThat(chart("rrg").get("type").asText()).isEqualTo("rrg");
    assertThat(chart("rrg").get("tails").get(0).get("ratio")).hasSize(10);
    assertThat(chart("sectors").get("type").asText()).isEqualTo("bar");
    assertThat(chart("sectors").get("categories")).hasSize(11);
    JsonNode hist = chart("forward");
    assertThat(hist.get("type").asText()).isEqualTo("histogram");
    assertThat(hist.get("edges")).hasSize(17);
    assertThat(hist.get("series").get(0).get("counts")).hasSize(16);
  }

  @Test
  void render_nan_isNull() {
    assertThat(chart("drawdowns").get("reference").isNull()).isTrue();
    assertThat(chart("rate-beta").get("reference").asDouble()).isZero();
  }

  @Test
  void render_tablesAndBlocks_keepShapeAndOrder() {
    JsonNode sectors = json.get("sections").get(3);
    JsonNode table = sectors.get("tables").get(0);
    assertThat(table.get("columns")).hasSize(4);
    assertThat(table.get("rows")).hasSize(3);
    assertThat(table.get("rows").get(2).get(0).asText()).isEqualTo("Energy \"oil\" & gas");
    assertThat(sectors.get("blocks"))
        .extracting(b -> b.get("type").asText())
        .containsExactly("paragraph", "chart", "table");
  }
}
