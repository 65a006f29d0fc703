package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.CrossSection;
import dev.rotor.imports.ImportOptions;
import dev.rotor.imports.Parsers;
import dev.rotor.shareddata.SharedData;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Screens on the real snapshots in {@code ../shared/data}, read with the store's importers ({@link
 * Parsers}), checked against pandas.
 *
 * <p>Oracle: {@code src/test/resources/oracles/screen/screen_oracle.py} (pandas 1.5.3, command in
 * its docstring) wrote {@code expected.properties}: per screen the file, the {@code --where}, the
 * {@code --rank}, the top N, the row counts, the ranked tickers and their rank values (Python
 * {@code repr}, the shortest text that round-trips, so values compare exactly).
 */
class ScreenRealDataTest {

  private static final Properties EXPECTED = load();
  private static final Map<String, CrossSection> SECTIONS = new ConcurrentHashMap<>();

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in =
        ScreenRealDataTest.class.getResourceAsStream("/oracles/screen/expected.properties")) {
      p.load(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return p;
  }

  static Stream<String> screens() {
    TreeSet<String> keys = new TreeSet<>();
    for (String k : EXPECTED.stringPropertyNames()) {
      keys.add(k.substring(0, k.indexOf('.')));
    }
    return keys.stream();
  }

  private static CrossSection section(String relative) {
    return SECTIONS.computeIfAbsent(
        relative,
        r -> {
          try {
            return Parsers.parse(SharedData.file(r), ImportOptions.defaults()).snapshots().get(0);
          } catch (dev.rotor.imports.ImportException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static String get(String screen, String field) {
    String v = EXPECTED.getProperty(screen + "." + field);
    assertThat(v).as(screen + "." + field).isNotNull();
    return v;
  }

  private static List<String> words(String s) {
    return s.isBlank() ? List.of() : Arrays.asList(s.trim().split(" "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("screens")
  void run_realSnapshot_matchesPandas(String screen) {
    CrossSection cs = section(get(screen, "file"));
    ScreenQuery q =
        ScreenQuery.parse(
            get(screen, "where"), get(screen, "rank"), Integer.parseInt(get(screen, "top")));
    ScreenResult r = Screener.run(cs, q);
    assertThat(r.total()).isEqualTo(Integer.parseInt(get(screen, "total")));
    assertThat(r.matched()).isEqualTo(Integer.parseInt(get(screen, "matched")));
    assertThat(r.missingRank()).isEqualTo(Integer.parseInt(get(screen, "missingRank")));
    assertThat(r.tickers()).containsExactlyElementsOf(words(get(screen, "tickers")));
    List<String> values = words(get(screen, "values"));
    for (int k = 0; k < values.size(); k++) {
      double expected =
          values.get(k).equals("nan") ? Double.NaN : Double.parseDouble(values.get(k));
      assertThat(r.hits().get(k).value()).as(r.tickers().get(k)).isEqualTo(expected);
    }
  }

  /** The issue's example on the S&P 500 fundamentals: 123 of 493 match (pandas, see oracle). */
  @Test
  void run_issueExample_sp500Fundamentals() {
    CrossSection cs = section("us-stock-monitor/fundamentals_sp500_2026-06-29.csv");
    ScreenResult r =
        Screener.run(
            cs,
            ScreenQuery.parse("sales_growth > 0.10 and debt_to_equity < 1 and pe > 0", "pe", 25));
    assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 6, 29));
    assertThat(r.matched()).isEqualTo(123);
    assertThat(r.hits()).hasSize(25);
    // "10%" is the same number as "0.10", so the written-out percent gives the same screen
    ScreenResult percent =
        Screener.run(
            cs,
            ScreenQuery.parse("sales_growth > 10% and debt_to_equity < 100% and pe > 0", "pe", 25));
    assertThat(percent.hits()).isEqualTo(r.hits());
  }

  /**
   * Three-valued logic on real data: {@code not (pe > 40)} and {@code pe <= 40} select the same
   * rows, and neither selects the rows without a P/E; with pandas' two-valued {@code ~(pe > 40)}
   * those rows would be added.
   */
  @Test
  void run_negatedComparison_excludesMissing() {
    CrossSection cs = section("us-stock-monitor/fundamentals_sp500_2026-06-29.csv");
    int negated = Screener.run(cs, ScreenQuery.parse("not (pe > 40)", null, 1)).matched();
    int direct = Screener.run(cs, ScreenQuery.parse("pe <= 40", null, 1)).matched();
    int missing = Screener.run(cs, ScreenQuery.parse("pe is missing", null, 1)).matched();
    int above = Screener.run(cs, ScreenQuery.parse("pe > 40", null, 1)).matched();
    assertThat(negated).isEqualTo(direct);
    assertThat(negated + missing + above).isEqualTo(cs.rows().size());
    assertThat(missing).isPositive();
  }

  @Test
  void parse_typoOnRealQuery_namesColumnAndSuggestion() {
    assertThatThrownBy(
            () -> ScreenQuery.parse("sales_growth > 0.10 and debt_to_equty < 1", "pe", 25))
        .isInstanceOfSatisfying(
            ScreenException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "at column 25: unknown field 'debt_to_equty' (did you mean debt_to_equity?)");
              assertThat(e.pointer()).endsWith("\n" + " ".repeat(24) + "^");
            });
  }
}
