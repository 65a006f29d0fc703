package dev.rotor.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContributionsTest {

  private static final double TOL = 1e-12;
  private static final LocalDate T0 = LocalDate.of(2022, 12, 30);
  private static final LocalDate T1 = LocalDate.of(2023, 12, 29);
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 19);

  private static DateSeries levels(double p0, double p1, double pAsOf) {
    return DateSeries.of(new LocalDate[] {T0, T1, AS_OF}, new double[] {p0, p1, pAsOf});
  }

  @Test
  void over_twoNames_matchesConstantShareCapArithmetic() {
    // As-of weights A 0.6, B 0.4. Prices (t0, t1, asOf): A 100, 110, 200; B 50, 40, 50.
    // Rolled back: A 0.6*100/200 = 0.3, B 0.4*50/50 = 0.4 -> w0 A = 3/7, B = 4/7.
    // r A = +0.10, B = -0.20; c A = 0.3/7, B = -0.8/7; index = -0.5/7 = -0.0714285...
    // Check with constant shares: shares A 0.6/200 = 0.003, B 0.4/50 = 0.008; caps t0 0.3 + 0.4 =
    // 0.7, t1 0.33 + 0.32 = 0.65; 0.65/0.7 - 1 = -0.0714285...
    ContributionResult r =
        Contributions.over(
            Map.of("A", 0.6, "B", 0.4),
            AS_OF,
            Map.of("A", levels(100, 110, 200), "B", levels(50, 40, 50)),
            LocalDate.of(2022, 12, 31),
            LocalDate.of(2023, 12, 31));
    assertThat(r.rows()).extracting(NameContribution::ticker).containsExactly("B", "A");
    NameContribution a = r.rows().get(1);
    assertThat(a.startWeight()).isCloseTo(3.0 / 7, within(TOL));
    assertThat(a.priceReturn()).isCloseTo(0.10, within(TOL));
    assertThat(a.contribution()).isCloseTo(0.3 / 7, within(TOL));
    assertThat(r.indexReturn()).isCloseTo(-0.5 / 7, within(TOL));
    assertThat(r.coveredAsOfWeight()).isCloseTo(1.0, within(TOL));
    assertThat(r.approximation()).contains("constant share counts");
  }

  @Test
  void over_nameWithoutStartPrice_isExcludedAndCoverageReported() {
    // C listed after t0: dropped; coverage = (0.6 + 0.4) / 1.25 = 0.8.
    DateSeries c = DateSeries.of(new LocalDate[] {T1, AS_OF}, new double[] {10, 20});
    ContributionResult r =
        Contributions.over(
            Map.of("A", 0.6, "B", 0.4, "C", 0.25),
            AS_OF,
            Map.of("A", levels(100, 110, 200), "B", levels(50, 40, 50), "C", c),
            T0,
            T1);
    assertThat(r.excluded()).containsExactly("C");
    assertThat(r.coveredAsOfWeight()).isCloseTo(0.8, within(TOL));
    assertThat(r.indexReturn()).isCloseTo(-0.5 / 7, within(TOL));
  }

  @Test
  void over_seededRandom_weightsSumToOneAndIndexIsSumOfContributions() {
    Random rnd = new Random(7);
    for (int k = 0; k < 50; k++) {
      Map<String, Double> w = new LinkedHashMap<>();
      Map<String, DateSeries> p = new HashMap<>();
      int n = 1 + rnd.nextInt(30);
      for (int i = 0; i < n; i++) {
        w.put("N" + i, rnd.nextDouble() * 100);
        p.put(
            "N" + i,
            levels(1 + rnd.nextDouble() * 100, 1 + rnd.nextDouble() * 100, 1 + rnd.nextDouble()));
      }
      ContributionResult r = Contributions.over(w, AS_OF, p, T0, T1);
      double sw = 0;
      double sc = 0;
      double sa = 0;
      for (NameContribution c : r.rows()) {
        sw += c.startWeight();
        sc += c.contribution();
        sa += c.asOfWeight();
        assertThat(c.contribution()).isCloseTo(c.startWeight() * c.priceReturn(), within(TOL));
      }
      assertThat(sw).isCloseTo(1.0, within(1e-9));
      assertThat(sa).isCloseTo(1.0, within(1e-9));
      assertThat(r.indexReturn()).isCloseTo(sc, within(1e-12));
      assertThat(r.topN(n).contribution()).isCloseTo(r.indexReturn(), within(1e-12));
      for (int i = 1; i < r.rows().size(); i++) {
        assertThat(r.rows().get(i).startWeight())
            .isLessThanOrEqualTo(r.rows().get(i - 1).startWeight());
      }
    }
  }

  @Test
  void over_endNotAfterStart_throwsNamingEnd() {
    assertThatThrownBy(() -> Contributions.over(Map.of("A", 1.0), AS_OF, Map.of(), T1, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end");
  }

  @Test
  void over_noPrices_throwsNamingPrices() {
    assertThatThrownBy(() -> Contributions.over(Map.of("A", 1.0), AS_OF, Map.of(), T0, T1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prices");
  }

  @Test
  void over_sp500In2023And2024FromIvvAndPanel_matchesPandas() {
    // Oracle: concentration_oracle.py (IVV weights 2026-06-19 rolled back by adjusted panel
    // closes).
    Map<String, Double> w = Concentration.equityWeights(ConcentrationData.ivv());
    Map<String, DateSeries> panel = ConcentrationData.panel(AS_OF);
    for (int y : new int[] {2023, 2024}) {
      String k = "y" + y + ".";
      ContributionResult r =
          Contributions.over(w, AS_OF, panel, LocalDate.of(y - 1, 12, 31), LocalDate.of(y, 12, 31));
      assertThat(r.rows()).hasSize((int) ConcentrationData.oracle(k + "used"));
      assertThat(r.coveredAsOfWeight())
          .isCloseTo(ConcentrationData.oracle(k + "covered"), within(1e-9));
      assertThat(r.indexReturn()).isCloseTo(ConcentrationData.oracle(k + "index"), within(1e-10));
      BasketContribution m = r.basket("Magnificent Seven", Contributions.MAGNIFICENT_SEVEN);
      assertThat(m.missing()).isEmpty();
      assertThat(m.startWeight())
          .isCloseTo(ConcentrationData.oracle(k + "mag7.weight"), within(1e-10));
      assertThat(m.contribution())
          .isCloseTo(ConcentrationData.oracle(k + "mag7.contribution"), within(1e-10));
      assertThat(m.shareOfTotal())
          .isCloseTo(ConcentrationData.oracle(k + "mag7.share"), within(1e-9));
      BasketContribution top = r.topN(10);
      assertThat(String.join(",", top.names()))
          .isEqualTo(ConcentrationData.oracleText(k + "top10.names"));
      assertThat(top.contribution())
          .isCloseTo(ConcentrationData.oracle(k + "top10.contribution"), within(1e-10));
    }
  }

  @Test
  void priceReturn_mag7Closes2023And2024_matchesPandas() {
    // Oracle: concentration_oracle.py, market-base/stocks/<T>.csv close (split-adjusted only).
    for (String t : List.of("AAPL", "MSFT", "GOOG", "AMZN", "NVDA", "META", "TSLA")) {
      DateSeries s = RealSeries.column("market-base/stocks/" + t + ".csv", "close");
      for (int y : new int[] {2023, 2024}) {
        assertThat(
                Contributions.priceReturn(s, LocalDate.of(y - 1, 12, 31), LocalDate.of(y, 12, 31)))
            .isCloseTo(ConcentrationData.oracle("close." + t + ".y" + y), within(TOL));
      }
    }
  }
}
