package dev.rotor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.shareddata.SharedData;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rotor import ../shared/data} then {@code rotor series list --json}, once for the class:
 * the listing must show every series of the real data tree with its range. The store-level test
 * {@code SharedDataImportTest} checks every file against the data README; this one checks what the
 * user sees.
 */
class SharedDataCliTest {

  /**
   * Series in the tree, computed with pandas (see {@code SharedDataExpectations} in rotor-store for
   * the script): 49 single-series FRED files + 80 columns with data in the 8 market-base FRED files
   * (1+19+5+19+3+28+2+3) + 60 OHLCV files + 2,860 panel tickers + 628 French columns with data, per
   * block ({@code 96+392+1+12+6+8+4+109}; pandas: for each block of each ken_french file, the
   * columns not -99.99/-999 on every row).
   */
  private static final int SERIES = 49 + 80 + 60 + 2860 + 628;

  /** README rows with a date range: the files that yield series. */
  private static final int SERIES_FILES = 126;

  @TempDir static Path tmp;

  private static CliRunner.Run imported;
  private static Map<String, JsonNode> listed;
  private static int listedRows;

  @BeforeAll
  static void importTreeAndList() throws Exception {
    Path root = SharedData.file("README.md").getParent();
    CliRunner cli = new CliRunner(tmp.resolve("store.duckdb"));
    imported = cli.run("import", root.toString());
    CliRunner.Run list = cli.run("series", "list", "--json");
    assertThat(list.code()).as(list.err()).isZero();
    JsonNode all = new ObjectMapper().readTree(list.out());
    listed = new HashMap<>();
    listedRows = all.size();
    for (JsonNode n : all) {
      listed.put(n.get("id").asText(), n);
    }
  }

  @Test
  void import_sharedDataTree_importsEveryDataFileAndSkipsTheReadme() {
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.err()).isEmpty();
    assertThat(imported.out()).contains("135 file(s) imported, 0 failed, 1 skipped");
  }

  @Test
  void seriesList_afterSharedImport_listsEverySeriesOnceWithARange() {
    assertThat(listedRows).isEqualTo(SERIES);
    assertThat(listed).hasSize(SERIES);
    SoftAssertions soft = new SoftAssertions();
    Set<String> files = new HashSet<>();
    for (JsonNode n : listed.values()) {
      String id = n.get("id").asText();
      files.add(n.get("file_id").asText());
      soft.assertThat(n.get("synthetic").asBoolean()).as(id).isFalse();
      soft.assertThat(n.get("count").asInt()).as(id).isPositive();
      soft.assertThat(n.get("first").asText()).as(id).isLessThanOrEqualTo(n.get("last").asText());
      soft.assertThat(n.get("sha256").asText()).as(id).matches("[0-9a-f]{64}");
      soft.assertThat(id).as(id).startsWith(n.get("file_id").asText());
    }
    soft.assertAll();
    assertThat(files).hasSize(SERIES_FILES);
  }

  /**
   * Spot checks. Sources: README table rows (RUT, SPY, IWM, F-F factors monthly 1926-07..2026-02
   * with 1,196 monthly rows, dated month-ends by Rotor; momentum daily), and pandas for the rest
   * ({@code read_csv(...)[col].dropna()}: first, last, len; VIX with {@code na_values=['null']}).
   */
  static Stream<Arguments> spotChecks() {
    return Stream.of(
        Arguments.of("market-base/indices/RUT", "2016-06-28", "2026-08-21", 2552, "index"),
        Arguments.of("etf-seasonality/IWM", "2000-05-26", "2026-08-21", 6598, "etf"),
        Arguments.of("factor_attribution/etf/SPY", "1993-01-29", "2026-08-03", 8434, "etf"),
        Arguments.of(
            "ken_french/F-F_Research_Data_Factors.SMB", "1926-07-31", "2026-02-28", 1196, "factor"),
        Arguments.of(
            "ken_french/F-F_Research_Data_Factors.annual.SMB",
            "1927-12-31",
            "2025-12-31",
            99,
            "factor"),
        Arguments.of(
            "ken_french/F-F_Momentum_Factor_daily.Mom",
            "1926-11-03",
            "2026-04-30",
            26132,
            "factor"),
        Arguments.of("fred_macro-monitor/UNRATE", "1980-01-01", "2025-11-01", 550, "macro"),
        Arguments.of("market-base/fred/labor.UNRATE", "1948-01-01", "2026-07-01", 942, "macro"),
        Arguments.of("silverlight/VIX", "1990-01-02", "2025-09-25", 9000, "index"),
        Arguments.of(
            "factor_attribution/stock_panel/adj_close_wide_2019-2026.AARD",
            "2025-02-13",
            "2026-08-03",
            368,
            "stock"));
  }

  @ParameterizedTest
  @MethodSource("spotChecks")
  void seriesList_afterSharedImport_showsTheRangeOf(
      String id, String first, String last, int count, String kind) {
    JsonNode n = listed.get(id);

    assertThat(n).as(id).isNotNull();
    assertThat(n.get("first").asText()).isEqualTo(first);
    assertThat(n.get("last").asText()).isEqualTo(last);
    assertThat(n.get("count").asInt()).isEqualTo(count);
    assertThat(n.get("kind").asText()).isEqualTo(kind);
  }
}
