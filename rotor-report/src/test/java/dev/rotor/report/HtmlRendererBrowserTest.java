package dev.rotor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rotor.report.browser.ChromiumPage;
import dev.rotor.report.browser.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the fixture report in headless Chromium: no console errors, every chart drew data, the
 * synthetic banner shows, a screenshot and a PDF come out. The PNG and PDF are kept under {@code
 * target/browser/} for inspection.
 */
class HtmlRendererBrowserTest {
  private static final Path OUT = Path.of("target", "browser");
  private static HeadlessChromium chrome;

  @TempDir static Path dir;

  @BeforeAll
  static void launch() throws IOException {
    HeadlessChromium.assumeAvailable();
    chrome = HeadlessChromium.launch();
    Files.createDirectories(OUT);
  }

  @AfterAll
  static void quit() {
    if (chrome != null) {
      chrome.close();
    }
  }

  private static ChromiumPage open(String name, String html) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return chrome.open(file.toUri());
  }

  @Test
  void render_syntheticFixture_loadsWithoutConsoleErrors() throws IOException {
    try (ChromiumPage page =
        open("synthetic.html", HtmlRenderer.render(ReportFixture.synthetic()))) {
      assertThat(page.consoleErrors()).isEmpty();
    }
  }

  @Test
  void render_pageWithThrowingScript_errorsAreDetected() throws IOException {
    String html =
        "<!DOCTYPE html><html><head><title>bad</title></head><body><p>x</p>"
            + "<script>console.error('deliberate console error');</script>"
            + "<script>throw new Error('deliberate uncaught error');</script></body></html>";
    try (ChromiumPage page = open("bad.html", html)) {
      assertThat(page.consoleErrors())
          .anySatisfy(e -> assertThat(e).contains("deliberate console error"))
          .anySatisfy(e -> assertThat(e).contains("deliberate uncaught error"));
    }
  }

  @Test
  void render_everyChart_hasABoxAndDrawnSeries() throws IOException {
    String script =
        """
        Array.from(document.querySelectorAll('svg[data-chart]')).map(svg => {
          const box = svg.getBoundingClientRect();
          const drawn = Array.from(svg.querySelectorAll('.series')).filter(el => {
            const b = el.getBBox();
            return (b.width > 0 || b.height > 0);
          }).length;
          return {id: svg.dataset.chart, w: box.width, h: box.height, drawn: drawn};
        })
        """;
    try (ChromiumPage page = open("charts.html", HtmlRenderer.render(ReportFixture.real()))) {
      JsonNode charts = page.evaluate(script);
      assertThat(charts).hasSize(ReportFixture.chartIds().size());
      for (JsonNode c : charts) {
        assertThat(c.get("w").asDouble()).as(c.get("id").asText()).isPositive();
        assertThat(c.get("h").asDouble()).as(c.get("id").asText()).isPositive();
        assertThat(c.get("drawn").asInt()).as(c.get("id").asText()).isPositive();
      }
      assertThat(page.evaluate("document.querySelector('.synthetic-banner') === null").asBoolean())
          .isTrue();
    }
  }

  @Test
  void render_synthetic_bannerIsVisibleAndScreenshotIsNonTrivial() throws IOException {
    try (ChromiumPage page = open("banner.html", HtmlRenderer.render(ReportFixture.synthetic()))) {
      JsonNode banner =
          page.evaluate(
              """
              (() => { const b = document.querySelector('.synthetic-banner');
                const r = b.getBoundingClientRect(); const s = getComputedStyle(b);
                return {h: r.height, w: r.width, top: r.top, visible: s.visibility === 'visible'
                  && s.display !== 'none', position: s.position, text: b.textContent}; })()
              """);
      assertThat(banner.get("visible").asBoolean()).isTrue();
      assertThat(banner.get("h").asDouble()).isPositive();
      assertThat(banner.get("position").asText()).isEqualTo("fixed");
      assertThat(banner.get("text").asText()).contains("SYNTHETIC");
      byte[] png = page.screenshot();
      Files.write(OUT.resolve("report-synthetic.png"), png);
      assertThat(png).startsWith(0x89, 'P', 'N', 'G');
      assertThat(png.length).isGreaterThan(50_000);
    }
  }

  @Test
  void printToPdf_synthetic_producesPagesWithBannerRepeated() throws IOException {
    try (ChromiumPage page = open("print.html", HtmlRenderer.render(ReportFixture.synthetic()))) {
      page.emulateMedia("print");
      JsonNode banner =
          page.evaluate(
              """
              (() => { const s = getComputedStyle(document.querySelector('.synthetic-banner'));
                return {display: s.display, position: s.position, visibility: s.visibility}; })()
              """);
      // a fixed element is painted on every printed page
      assertThat(banner.get("position").asText()).isEqualTo("fixed");
      assertThat(banner.get("display").asText()).isNotEqualTo("none");
      assertThat(banner.get("visibility").asText()).isEqualTo("visible");
      page.emulateMedia("");
      byte[] pdf = page.printToPdf();
      Files.write(OUT.resolve("report-synthetic.pdf"), pdf);
      assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
      assertThat(pageCount(pdf)).isGreaterThanOrEqualTo(1);
    }
  }

  /** Counts page objects ({@code /Type /Page}, not {@code /Pages}) in an uncompressed PDF index. */
  static int pageCount(byte[] pdf) {
    Matcher m =
        Pattern.compile("/Type\\s*/Page(?![a-zA-Z])")
            .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
