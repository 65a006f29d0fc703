package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScreenerTest {

  private static final LocalDate D = LocalDate.of(2026, 6, 29);

  private static Constituent row(String ticker, double pe) {
    return Constituent.of(ticker).with(ConstituentField.PE, pe).with(ConstituentField.PRICE, 1);
  }

  /** Source order E, C, B, D, A; pe 10, 10, 5, missing, 10. */
  private static final CrossSection SECTION =
      new CrossSection(
          "test",
          D,
          List.of(row("E", 10), row("C", 10), row("B", 5), row("D", Double.NaN), row("A", 10)));

  @Test
  void run_ascending_tiesByTicker_missingLast() {
    ScreenResult r = Screener.run(SECTION, ScreenQuery.parse("price > 0", "pe", ScreenQuery.ALL));
    assertThat(r.tickers()).containsExactly("B", "A", "C", "E", "D");
    assertThat(r.hits()).extracting(ScreenHit::rank).containsExactly(1, 2, 3, 4, 5);
    assertThat(r.hits()).extracting(ScreenHit::value).startsWith(5.0, 10.0, 10.0, 10.0);
    assertThat(r.hits().get(4).value()).isNaN();
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.matched()).isEqualTo(5);
    assertThat(r.missingRank()).isEqualTo(1);
    assertThat(r.snapshot()).isEqualTo("test");
    assertThat(r.asOf()).isEqualTo(D);
  }

  @Test
  void run_descending_tiesStillByTickerAscending_missingStillLast() {
    ScreenResult r = Screener.run(SECTION, ScreenQuery.parse(null, "pe desc", ScreenQuery.ALL));
    assertThat(r.tickers()).containsExactly("A", "C", "E", "B", "D");
  }

  @Test
  void run_top_keepsFirstN_countsAllMatched() {
    ScreenResult r = Screener.run(SECTION, ScreenQuery.parse("pe >= 5", "pe", 2));
    assertThat(r.tickers()).containsExactly("B", "A");
    assertThat(r.matched()).isEqualTo(4);
    assertThat(r.missingRank()).isZero();
  }

  @Test
  void run_noRanking_sourceOrderAndNaNValues() {
    ScreenResult r = Screener.run(SECTION, ScreenQuery.parse("pe = 10", null, ScreenQuery.ALL));
    assertThat(r.tickers()).containsExactly("E", "C", "A");
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.value()).isNaN());
    assertThat(r.missingRank()).isZero();
  }

  @Test
  void run_nothingMatches_emptyHits() {
    ScreenResult r = Screener.run(SECTION, ScreenQuery.parse("pe > 100", "pe", 25));
    assertThat(r.hits()).isEmpty();
    assertThat(r.matched()).isZero();
    assertThat(r.total()).isEqualTo(5);
  }

  @Test
  void run_duplicateTickersAndSignedZero_keepSourceOrder() {
    CrossSection s =
        new CrossSection(
            "dups",
            null,
            List.of(
                row("X", 0.0).withName("first"),
                row("W", -0.0),
                row("X", -0.0).withName("second"),
                row("V", 0.0)));
    ScreenResult r = Screener.run(s, ScreenQuery.parse(null, "pe", ScreenQuery.ALL));
    // -0.0 and 0.0 are equal values: ticker order V, W, X, X, then source order of the two X
    assertThat(r.tickers()).containsExactly("V", "W", "X", "X");
    assertThat(r.hits().get(2).row().name()).isEqualTo("first");
    assertThat(r.hits().get(3).row().name()).isEqualTo("second");
    assertThat(r.asOf()).isNull();
  }

  @Test
  void run_missingRankCountsOnlyMatchedRows() {
    ScreenResult r = Screener.run(SECTION, ScreenQuery.parse("ticker != 'D'", "pe", 25));
    assertThat(r.missingRank()).isZero();
    assertThat(Screener.run(SECTION, ScreenQuery.parse(null, "price", 1)).missingRank()).isZero();
    assertThat(Screener.run(SECTION, ScreenQuery.parse(null, "sales", 1)).missingRank())
        .isEqualTo(5);
  }

  @Test
  void run_nulls_throwNamingArgument() {
    ScreenQuery q = ScreenQuery.parse(null, null, 1);
    assertThatThrownBy(() -> Screener.run(null, q)).hasMessage("section");
    assertThatThrownBy(() -> Screener.run(SECTION, null)).hasMessage("query");
  }

  /**
   * Invariants on seeded random sections: every hit matches; the matched count equals a direct
   * count; hits are in order (present before missing, values by direction, ties by ticker); ranks
   * run 1..n; top N is a prefix of the full ranking.
   */
  @Test
  void run_randomSections_invariants() {
    Random rnd = new Random(424242L);
    for (int trial = 0; trial < 200; trial++) {
      List<Constituent> rows = new ArrayList<>();
      int n = rnd.nextInt(60);
      for (int i = 0; i < n; i++) {
        double pe = rnd.nextInt(5) == 0 ? Double.NaN : rnd.nextInt(8) - 2;
        double growth = rnd.nextInt(5) == 0 ? Double.NaN : (rnd.nextInt(41) - 20) / 100.0;
        rows.add(
            Constituent.of("T" + rnd.nextInt(30))
                .with(ConstituentField.PE, pe)
                .with(ConstituentField.SALES_GROWTH, growth));
      }
      CrossSection s = new CrossSection("r", D, rows);
      RankOrder order = rnd.nextBoolean() ? RankOrder.ASC : RankOrder.DESC;
      ScreenQuery all =
          new ScreenQuery(
              ScreenExpression.parse("sales_growth > -5% or pe is missing"),
              new Ranking(ConstituentField.PE, order),
              ScreenQuery.ALL);
      ScreenResult full = Screener.run(s, all);
      long direct =
          rows.stream().filter(c -> c.salesGrowth() > -0.05 || Double.isNaN(c.pe())).count();
      assertThat(full.matched()).isEqualTo((int) direct);
      assertThat(full.missingRank())
          .isEqualTo(
              (int)
                  rows.stream()
                      .filter(c -> c.salesGrowth() > -0.05 || Double.isNaN(c.pe()))
                      .filter(c -> Double.isNaN(c.pe()))
                      .count());
      List<ScreenHit> hits = full.hits();
      for (int k = 0; k < hits.size(); k++) {
        assertThat(hits.get(k).rank()).isEqualTo(k + 1);
        assertThat(all.where().matches(hits.get(k).row())).isTrue();
        if (k > 0) {
          assertInOrder(hits.get(k - 1), hits.get(k), order);
        }
      }
      int top = 1 + rnd.nextInt(10);
      ScreenResult cut = Screener.run(s, all.withTop(top));
      assertThat(cut.hits()).isEqualTo(hits.subList(0, Math.min(top, hits.size())));
    }
  }

  private static void assertInOrder(ScreenHit a, ScreenHit b, RankOrder order) {
    double x = a.value();
    double y = b.value();
    if (Double.isNaN(x)) {
      assertThat(y).as("missing values come last").isNaN();
      return;
    }
    if (!Double.isNaN(y)) {
      if (x == y) {
        assertThat(a.row().ticker().compareTo(b.row().ticker())).isLessThanOrEqualTo(0);
      } else if (order == RankOrder.ASC) {
        assertThat(x).isLessThan(y);
      } else {
        assertThat(x).isGreaterThan(y);
      }
    }
  }
}
