package dev.rotor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.shareddata.SharedData;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rotor check} end to end on the imported shared tree. Expected counts come from the
 * rotor-claims tests (ClaimCheckerTest), whose figures are checked against the pandas oracle
 * rotor-claims/src/test/resources/oracles/claims/episodes.py.
 */
class CheckCommandTest {

  @TempDir static Path tmp;
  private static CliRunner cli;
  private static String article;

  @BeforeAll
  static void importData() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
    article = SharedData.file("../articles/small-caps-lead-rally.txt").toString();
    CliRunner.Run r =
        cli.run("import", SharedData.file("README.md").getParent().toString(), "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void check_articleJson_summaryAndDateCandidates() throws Exception {
    CliRunner.Run r = cli.run("check", article, "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    JsonNode summary = d.get("summary");
    assertThat(summary.get("supported").asInt()).isEqualTo(14);
    assertThat(summary.get("contradicted").asInt()).isEqualTo(5);
    assertThat(summary.get("unverifiable").asInt()).isEqualTo(5);
    JsonNode cands = d.get("dates").get("candidates");
    assertThat(cands).hasSize(2);
    assertThat(cands.get(0).get("date").asText()).isEqualTo("2026-01-07");
    assertThat(cands.get(0).get("origin").asText()).isEqualTo("LINK_ID");
    assertThat(cands.get(1).get("date").asText()).isEqualTo("2024-01-26");
    assertThat(cands.get(1).get("origin").asText()).isEqualTo("TEXT");
    assertThat(d.get("dates").get("used").asText()).isEqualTo("2026-01-07");
    assertThat(d.get("claims")).hasSize(24);
    for (JsonNode c : d.get("claims")) {
      assertThat(c.has("sentence") && c.has("claim") && c.has("verdict") && c.has("evidence"))
          .isTrue();
    }
    JsonNode runs = d.get("runs");
    assertThat(runs).hasSize(2);
    assertThat(runs.get(1).get("summary").get("contradicted").asInt()).isEqualTo(12);
    JsonNode climbed = d.get("claims").get(8);
    assertThat(climbed.get("verdict").asText()).isEqualTo("SUPPORTED");
    assertThat(climbed.get("evidence").get("series").get(0).asText())
        .isEqualTo("market-base/indices/RUT");
    assertThat(climbed.get("supported_under").get(0).asText()).isEqualTo("2026-01-07");
    JsonNode valuation = d.get("claims").get(14);
    assertThat(valuation.get("type").asText()).isEqualTo("VALUATION");
    assertThat(valuation.get("verdict").asText()).isEqualTo("UNVERIFIABLE");
    assertThat(valuation.get("reason").asText())
        .startsWith("no valuation snapshot within a year before 2026-01-07");
    assertThat(valuation.get("supported_under")).isEmpty();
  }

  /** The valuation claim read from the stored Finviz snapshot (StoreMarketData.snapshot). */
  @Test
  void check_asOf2024_valuationFromStoredSnapshot() throws Exception {
    CliRunner.Run r = cli.run("check", article, "--asof", "2024-01-26", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode v = new ObjectMapper().readTree(r.out()).get("claims").get(14);
    assertThat(v.get("type").asText()).isEqualTo("VALUATION");
    assertThat(v.get("verdict").asText()).isEqualTo("UNVERIFIABLE");
    assertThat(v.get("reason").asText()).startsWith("data too biased");
    JsonNode e = v.get("evidence");
    assertThat(e.get("series").get(0).asText()).isEqualTo("finviz_snapshot/finviz_2023-08");
    assertThat(e.get("from").asText()).isEqualTo("2023-08-31");
    // pandas oracle rotor-claims/src/test/resources/oracles/claims/valuation.txt
    assertThat(e.get("numbers").get("pe_russell_2000").asDouble())
        .isCloseTo(10.30580526, within(1e-7));
    assertThat(e.get("numbers").get("pe_sp_500").asDouble()).isCloseTo(22.94504585, within(1e-7));
    assertThat(e.get("text").asText()).contains("The bias could flip the verdict.");
  }

  @Test
  void check_asOf_overridesAndCountsChange() throws Exception {
    CliRunner.Run r = cli.run("check", article, "--asof", "2024-01-26", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("dates").get("used").asText()).isEqualTo("2024-01-26");
    assertThat(d.get("summary").get("supported").asInt()).isEqualTo(7);
    assertThat(d.get("summary").get("contradicted").asInt()).isEqualTo(12);
    assertThat(d.get("summary").get("unverifiable").asInt()).isEqualTo(5);
  }

  @Test
  void check_text_datesFirstThenClaimsThenSummary() {
    CliRunner.Run r = cli.run("check", article);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Dates");
    assertThat(r.out()).contains("under 2024-01-26 [TEXT]: 7 supported, 12 contradicted");
    assertThat(r.out().strip())
        .endsWith(
            "Summary: 14 supported, 5 contradicted, 5 unverifiable (article date 2026-01-07)");
  }

  @Test
  void check_userAliasesFromStdin_extendTable() throws Exception {
    Path aliases = tmp.resolve("aliases.tsv");
    Files.writeString(aliases, "alias\tthe little guys\tRUSSELL_2000\n");
    InputStream old = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(
              "NEW YORK, Nov. 29, 2024 - The little guys jumped more than 10% in November."
                  .getBytes(StandardCharsets.UTF_8)));
      CliRunner.Run r = cli.run("check", "-", "--aliases", aliases.toString(), "--json");
      assertThat(r.code()).as(r.err()).isZero();
      JsonNode d = new ObjectMapper().readTree(r.out());
      assertThat(d.get("claims")).hasSize(1);
      assertThat(d.get("claims").get(0).get("verdict").asText()).isEqualTo("SUPPORTED");
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void check_missingFile_usageError() {
    CliRunner.Run r = cli.run("check", tmp.resolve("nope.txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no such file");
  }
}
