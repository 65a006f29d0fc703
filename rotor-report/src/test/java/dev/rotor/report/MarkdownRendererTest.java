package dev.rotor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownRendererTest {
  private static final String MD = MarkdownRenderer.render(ReportFixture.synthetic());

  /** Cells in a GFM table line: unescaped pipes minus one. */
  private static int cells(String line) {
    int pipes = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
        pipes++;
      }
    }
    return pipes - 1;
  }

  @Test
  void render_fixture_titleBannerAndDisclaimer() {
    assertThat(MD).startsWith("# Leadership report \u2014 SYNTHETIC sample\n");
    assertThat(MD).contains("> **SYNTHETIC DATA \u2014 generated sample, not real market data**");
    assertThat(MD.split("A generated summary of data, not advice", -1)).hasSize(3);
    assertThat(MarkdownRenderer.render(ReportFixture.real())).doesNotContain("SYNTHETIC DATA");
  }

  @Test
  void render_tables_everyRowHasTheHeadingsCellCount() {
    List<String> lines = Arrays.asList(MD.split("\n"));
    int tables = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("|") && (i == 0 || !lines.get(i - 1).startsWith("|"))) {
        tables++;
        int width = cells(lines.get(i));
        assertThat(lines.get(i + 1)).matches("\\|(-+:?\\|)+");
        for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("|"); j++) {
          assertThat(cells(lines.get(j))).as(lines.get(j)).isEqualTo(width);
        }
      }
    }
    assertThat(tables).isEqualTo(3); // headline, sector table, rules
    assertThat(MD).contains("| Weight \\| RUT (%) |");
  }

  @Test
  void render_sentences_factFootnotesAndLabelledInterpretations() {
    assertThat(MD).contains("by 5.2 percentage points year to date.[^1][^2]");
    assertThat(MD)
        .contains(
            "**[Interpretation]** The spread is wide by the report's threshold (above 5 pp)."
                + " _(rule SPREAD\\_SIZE; rests on headline.spread, performance.small)_");
    assertThat(MD).contains("[^1]: RUT 2017-05-03..2024-12-31 \u2014 SYNTHETIC\n");
    assertThat(MD).contains("[^4]: sp500-sectors 2024-12-31 \u2014 constituents snapshot\n");
  }

  @Test
  void render_markup_isEscaped() {
    assertThat(MD).contains("S&P 500 \\<large\\> \"caps\" & 'friends'");
    assertThat(MD).contains("## Sectors \\<contributions\\>");
  }

  @Test
  void render_charts_summaryLines() {
    assertThat(MD).contains("**Chart: Cumulative total return**[^1][^2]");
    assertThat(MD)
        .containsPattern(
            "- Russell 2000: 2017-05-03 [0-9.]+ \u2192 2024-12-31 [0-9.]+ \\(2000 points\\)");
    assertThat(MD).contains("- shaded: small caps lead ");
    assertThat(MD).contains("Relative-rotation graph");
    assertThat(MD)
        .contains("- Russell 2000: Communication Services 0.1, Consumer Discretionary 0.8");
    assertThat(MD).contains("Histogram of Forward return (%), 16 bins from -20 to 20.");
    assertThat(MD).contains("- all days: 157 observations");
  }

  @ParameterizedTest
  @CsvSource({"1.0,1", "0.052,0.052", "123456,1.235e+05", "-2.50,-2.5", "NaN,n/a"})
  void num_values_fourSignificantDigits(double v, String expected) {
    assertThat(MarkdownRenderer.num(v)).isEqualTo(expected);
  }
}
