package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AllocationsTest {

  private static final double TOL = 1e-12;

  /** Weekly returns of four seeded assets with one common factor. */
  private static AssetReturns seeded(int periods) {
    Random rnd = new Random(42);
    List<SeriesId> ids = new ArrayList<>();
    double[][] r = new double[4][periods];
    LocalDate[] dates = new LocalDate[periods];
    for (int t = 0; t < periods; t++) {
      dates[t] = LocalDate.of(2020, 1, 3).plusWeeks(t);
      double m = 0.02 * rnd.nextGaussian();
      for (int i = 0; i < 4; i++) {
        r[i][t] = 0.001 * (i + 1) + (0.6 + 0.2 * i) * m + 0.01 * (1 + i) * rnd.nextGaussian();
      }
    }
    for (int i = 0; i < 4; i++) {
      ids.add(SeriesId.of("S" + i));
    }
    return AssetReturns.of(ids, dates, r, Frequency.WEEKLY);
  }

  @Test
  void solve_everyMethod_reportsConsistentAnalytics() {
    AssetReturns r = seeded(260);
    double[] mu = r.annualisedMeans();
    double[][] cov = r.annualisedCovariance();
    for (AllocationMethod m : AllocationMethod.values()) {
      Allocation a = Allocations.solve(r, m, 0.02);
      double[] w = a.weights();
      assertThat(a.method()).isEqualTo(m);
      assertThat(a.ids()).isEqualTo(r.ids());
      assertThat(a.volatility()).isCloseTo(RiskContributions.volatility(w, cov), within(TOL));
      assertThat(a.expectedReturn())
          .isCloseTo(RiskContributions.expectedReturn(w, mu), within(TOL));
      assertThat(a.sharpeRatio())
          .isCloseTo((a.expectedReturn() - 0.02) / a.volatility(), within(TOL));
      double sum = 0;
      for (double c : a.riskContributions()) {
        sum += c;
      }
      assertThat(sum).isCloseTo(a.volatility(), within(TOL));
      assertThat(a.diversificationRatio()).isGreaterThanOrEqualTo(1.0);
    }
    assertThat(Allocations.solve(r, AllocationMethod.MINIMUM_VARIANCE, 0).weights())
        .containsExactly(LongOnly.minimumVariance(cov), within(0.0));
  }

  @Test
  void of_givenWeights_describesThemWithoutMethod() {
    AssetReturns r = seeded(100);
    Allocation a = Allocations.of(r, new double[] {0.1, 0.2, 0.3, 0.4}, 0.0);
    assertThat(a.method()).isNull();
    assertThat(a.weights()).containsExactly(0.1, 0.2, 0.3, 0.4);
    assertThatThrownBy(() -> Allocations.of(r, new double[] {0.5, 0.5, 0.5, 0.5}, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("weights:");
  }

  @Test
  void solve_tooLittleData_givesNaNAnalytics() {
    AssetReturns one = seeded(1);
    Allocation a = Allocations.solve(one, AllocationMethod.MINIMUM_VARIANCE, 0.0);
    assertThat(a.weights()).containsOnly(Double.NaN);
    assertThat(a.volatility()).isNaN();
    assertThat(a.sharpeRatio()).isNaN();
  }

  @Test
  void frontier_isLongOnlyFrontierOfAnnualisedMoments() {
    AssetReturns r = seeded(260);
    List<FrontierPoint> f = Allocations.frontier(r, 4);
    assertThat(f).hasSize(4);
    assertThat(f.get(0).weights())
        .containsExactly(LongOnly.minimumVariance(r.annualisedCovariance()), within(0.0));
  }

  @Test
  void badArguments_throwNamingThem() {
    AssetReturns r = seeded(10);
    assertThatThrownBy(() -> Allocations.solve(null, AllocationMethod.EQUAL_WEIGHT, 0))
        .hasMessageStartingWith("returns:");
    assertThatThrownBy(() -> Allocations.solve(r, null, 0)).hasMessageStartingWith("method:");
    assertThatThrownBy(() -> Allocations.solve(r, AllocationMethod.EQUAL_WEIGHT, Double.NaN))
        .hasMessageStartingWith("riskFreeRate:");
    assertThatThrownBy(() -> Allocations.frontier(null, 3)).hasMessageStartingWith("returns:");
  }
}
