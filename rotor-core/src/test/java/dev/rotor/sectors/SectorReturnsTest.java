package dev.rotor.sectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SectorReturnsTest {

  private static final double TOL = 1e-12;
  private static final double ORACLE_TOL = 1e-10;
  private static final LocalDate FROM = LocalDate.of(2024, 11, 5);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);

  /** SPDR sector ETFs, factor_attribution/etf/XL*.csv Close, checked against sectors_oracle.py. */
  @Test
  void over_spdrSectorsAfterElection_matchesPandas() {
    Map<String, DateSeries> levels = new LinkedHashMap<>();
    for (SectorEtf e : SectorEtf.values()) {
      levels.put(
          e.ticker(), RealSeries.column("factor_attribution/etf/" + e.ticker() + ".csv", "Close"));
    }
    List<SectorReturn> rows = SectorReturns.over(levels, FROM, TO);
    assertThat(rows).hasSize(11);
    for (SectorReturn r : rows) {
      String p = "etf." + r.sector();
      assertThat(r.window().start().toString()).isEqualTo(SectorsOracle.text(p + ".base"));
      assertThat(r.window().end().toString()).isEqualTo(SectorsOracle.text(p + ".end"));
      assertThat((double) r.window().periods()).isEqualTo(SectorsOracle.number(p + ".periods"));
      assertThat(r.simpleReturn())
          .isCloseTo(SectorsOracle.number(p + ".return"), within(ORACLE_TOL));
      assertThat(r.zScore()).isCloseTo(SectorsOracle.number(p + ".z"), within(ORACLE_TOL));
    }
    // XLY +12.7% (z 1.73) is the one significant gain; XLB -9.6% (z -1.88) and XLV -5.8%
    // (z -1.45) are significant losses under the default |z| > 1 rule.
    assertThat(rows.get(0).sector()).isEqualTo("XLY");
    assertThat(rows.stream().filter(SectorReturn::significantGain).map(SectorReturn::sector))
        .containsExactly("XLY");
    assertThat(rows.stream().filter(SectorReturn::significantLoss).map(SectorReturn::sector))
        .containsExactlyInAnyOrder("XLB", "XLV");
  }

  @Test
  void over_randomLevels_rankedDescendingAndReturnsMatchLevels() {
    SplittableRandom rnd = new SplittableRandom(42L);
    Map<String, DateSeries> levels = new LinkedHashMap<>();
    LocalDate start = LocalDate.of(2023, 1, 2);
    for (int s = 0; s < 6; s++) {
      DateSeries.Builder b = DateSeries.builder();
      double p = 100;
      for (int i = 0; i < 400; i++) {
        p *= Math.exp(rnd.nextGaussian() * 0.01);
        b.put(start.plusDays(i), p);
      }
      levels.put("S" + s, b.build());
    }
    List<SectorReturn> rows =
        SectorReturns.over(levels, LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 15));
    for (int i = 0; i < rows.size(); i++) {
      SectorReturn r = rows.get(i);
      assertThat(r.rank()).isEqualTo(i + 1);
      if (i > 0) {
        assertThat(r.simpleReturn()).isLessThanOrEqualTo(rows.get(i - 1).simpleReturn());
      }
      DateSeries s = levels.get(r.sector());
      double expected =
          s.get(r.window().end()).getAsDouble() / s.get(r.window().start()).getAsDouble() - 1;
      assertThat(r.simpleReturn()).isCloseTo(expected, within(TOL));
      assertThat(r.window().start()).isEqualTo(LocalDate.of(2023, 11, 30));
      assertThat(r.significant()).isEqualTo(Math.abs(r.zScore()) > 1.0);
    }
  }

  @Test
  void over_shortHistory_zIsNaNAndNotSignificant() {
    DateSeries s =
        DateSeries.of(
            new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)},
            new double[] {100, 150});
    SectorReturn r =
        SectorReturns.over(Map.of("A", s), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2))
            .get(0);
    assertThat(r.simpleReturn()).isCloseTo(0.5, within(TOL));
    assertThat(r.zScore()).isNaN();
    assertThat(r.significant()).isFalse();
  }

  @Test
  void over_noCloseBeforeFrom_sectorLeftOut() {
    DateSeries s =
        DateSeries.of(
            new LocalDate[] {LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3)},
            new double[] {100, 101});
    assertThat(
            SectorReturns.over(Map.of("A", s), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3)))
        .isEmpty();
  }

  @Test
  void over_toBeforeFrom_throws() {
    assertThatThrownBy(
            () -> SectorReturns.over(Map.of(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("to");
  }
}
