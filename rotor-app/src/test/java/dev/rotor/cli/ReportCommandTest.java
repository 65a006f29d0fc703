package dev.rotor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.report.browser.ChromiumPage;
import dev.rotor.report.browser.HeadlessChromium;
import dev.rotor.shareddata.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end for {@code rotor report}: the synthetic sample on an empty store, and the real data
 * (the whole shared tree imported once). Oracle for the real headline:
 * rotor-app/src/test/resources/oracles/report/headline_2024-01-26.py (pandas) and its output: on
 * 2024-01-26 the year to date spans 18 trading days (under the 20 the headline needs), so the
 * headline window is 3 months, 2023-10-26..2024-01-26: RUT +19.392 %, SPX +18.218 %, spread +1.174
 * points.
 */
class ReportCommandTest {

  private static final double TOL = 1e-9;

  @TempDir static Path tmp;
  private static CliRunner real;

  @BeforeAll
  static void importData() {
    real = new CliRunner(tmp.resolve("real.duckdb"));
    CliRunner.Run r =
        real.run("import", SharedData.file("README.md").getParent().toString(), "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void report_emptyStore_generatesSyntheticSampleAndSaysSo() throws IOException {
    CliRunner cli = new CliRunner(tmp.resolve("empty.duckdb"));
    Path out = tmp.resolve("syn.html");
    CliRunner.Run r = cli.run("report", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("SYNTHETIC").contains("Report written to");
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).contains("SYNTHETIC").contains("synthetic-banner");
    HeadlessChromium.assumeAvailable();
    try (HeadlessChromium chrome = HeadlessChromium.launch();
        ChromiumPage page = chrome.open(out.toUri())) {
      assertThat(page.consoleErrors()).isEmpty();
      JsonNode banner =
          page.evaluate(
              "(() => { const b = document.querySelector('.synthetic-banner');"
                  + " const r = b.getBoundingClientRect();"
                  + " return {h: r.height, text: b.textContent}; })()");
      assertThat(banner.get("h").asDouble()).isPositive();
      assertThat(banner.get("text").asText()).contains("SYNTHETIC");
      Path shots = Path.of("target", "browser");
      Files.createDirectories(shots);
      Files.write(shots.resolve("report-synthetic.png"), page.screenshot());
    }
  }

  @Test
  void report_json_hasTheDocumentedFields() throws IOException {
    Path out = tmp.resolve("real.json");
    CliRunner.Run r =
        real.run("report", "--asof", "2024-01-26", "--format", "json", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(out.toFile());
    assertThat(d.get("asof").asText()).isEqualTo("2024-01-26");
    assertThat(d.get("synthetic").asBoolean()).isFalse();
    JsonNode h = d.get("headline");
    assertThat(h.get("leader").asText()).isEqualTo("Russell 2000");
    assertThat(h.get("laggard").asText()).isEqualTo("S&P 500");
    assertThat(h.get("window").asText()).isEqualTo("3m");
    assertThat(h.get("spread").asDouble()).isCloseTo(0.0117380535, within(TOL));
    assertThat(d.get("sections")).hasSizeGreaterThanOrEqualTo(7);
    int facts = 0;
    int interpretations = 0;
    for (JsonNode s : d.get("sections")) {
      assertThat(s.get("title").asText()).isNotBlank();
      for (JsonNode sen : s.get("sentences")) {
        String kind = sen.get("kind").asText();
        assertThat(kind).isIn("FACT", "INTERPRETATION");
        assertThat(sen.get("text").asText()).isNotBlank();
        if (kind.equals("FACT")) {
          facts++;
          assertThat(sen.get("sources")).as(sen.get("text").asText()).isNotEmpty();
          for (JsonNode src : sen.get("sources")) {
            String to = src.get("to").asText();
            if (!src.get("id").asText().contains("holdings") && !to.equals("null")) {
              assertThat(to).as(sen.get("text").asText()).isLessThanOrEqualTo("2024-01-26");
            }
          }
        } else {
          interpretations++;
          assertThat(sen.get("rule").isNull()).isFalse();
          assertThat(sen.get("rests_on")).isNotEmpty();
        }
      }
    }
    assertThat(facts).isGreaterThan(10);
    // Same window and weights as PortfolioCommandsTest's concentration oracle (pandas): approximate
    // S&P 500 return 30.65 %, Magnificent Seven 55.7 % of it.
    String rotation = d.get("sections").get(1).get("sentences").toString();
    assertThat(rotation)
        .contains("In 2023, the Magnificent Seven")
        .contains("+30.7%")
        .contains("56% of it");
    assertThat(interpretations).isGreaterThan(3);
  }

  @Test
  void report_realAsOf_headlineNamesTheWindowAndDates() {
    Path out = tmp.resolve("real-head.md");
    CliRunner.Run r =
        real.run("report", "--asof", "2024-01-26", "--format", "md", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("2023-10-26")
        .contains("2024-01-26")
        .contains("+19.4%")
        .contains("+18.2%")
        .doesNotContain("SYNTHETIC");
  }

  @Test
  void report_realHtml_rendersInChromiumWithEveryChartDrawn() throws IOException {
    HeadlessChromium.assumeAvailable();
    Path out = tmp.resolve("real.html");
    CliRunner.Run r = real.run("report", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (HeadlessChromium chrome = HeadlessChromium.launch();
        ChromiumPage page = chrome.open(out.toUri())) {
      assertThat(page.consoleErrors()).isEmpty();
      JsonNode charts =
          page.evaluate(
              """
              Array.from(document.querySelectorAll('svg[data-chart]')).map(svg => ({
                id: svg.dataset.chart,
                w: svg.getBoundingClientRect().width,
                drawn: Array.from(svg.querySelectorAll('.series')).filter(el => {
                  const b = el.getBBox(); return b.width > 0 || b.height > 0; }).length }))
              """);
      Set<String> ids = new java.util.HashSet<>();
      for (JsonNode c : charts) {
        ids.add(c.get("id").asText());
        assertThat(c.get("w").asDouble()).as(c.get("id").asText()).isPositive();
        assertThat(c.get("drawn").asInt()).as(c.get("id").asText()).isPositive();
      }
      assertThat(ids)
          .contains(
              "cumulative",
              "relative_strength",
              "rrg",
              "rrg_sectors",
              "drawdowns",
              "rolling_rate_beta",
              "analog_forward",
              "sector_contributions");
      Path shots = Path.of("target", "browser");
      Files.createDirectories(shots);
      Files.write(shots.resolve("report-real.png"), page.screenshot());
      byte[] pdf = page.printToPdf();
      Files.write(shots.resolve("report-real.pdf"), pdf);
      assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
  }

  @Test
  void report_badFormat_isAUsageError() {
    CliRunner.Run r = real.run("report", "--format", "pdf", "--out", tmp.resolve("x").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--format");
    assertThat(tmp.resolve("x")).doesNotExist();
  }

  @Test
  void report_unknownSmall_isAUsageErrorAndWritesNothing() {
    Path out = tmp.resolve("none.html");
    CliRunner.Run r = real.run("report", "--small", "NOPE", "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("NOPE");
    assertThat(out).doesNotExist();
  }

  @Test
  void report_asOfBeforeTheData_isAUsageErrorNamingTheFirstDate() {
    Path out = tmp.resolve("early.html");
    CliRunner.Run r = real.run("report", "--asof", "2010-01-01", "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--asof 2010-01-01").contains("2016-06-28");
    assertThat(out).doesNotExist();
  }

  @Test
  void report_asOfAfterTheData_saysWhichDateItUsed() {
    CliRunner.Run r =
        real.run("report", "--asof", "2030-01-01", "--out", tmp.resolve("late.html").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Note: --asof 2030-01-01").contains("as of 2026-08-21");
  }

  @Test
  void report_oneMonthOfData_usesTheOneMonthWindow() {
    CliRunner.Run r =
        real.run("report", "--asof", "2016-08-05", "--out", tmp.resolve("m1.html").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Over the last month (2016-07-05 to 2016-08-05)");
  }
}
