package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.returns.ReturnKind;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.synthetic.PlantedParameters;
import dev.rotor.synthetic.SyntheticData;
import dev.rotor.synthetic.SyntheticIndex;
import dev.rotor.synthetic.SyntheticMarket;
import dev.rotor.synthetic.SyntheticSpec;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RateBetasTest {

  private static final double TOL = 1e-12;

  /** Standard errors allowed between an estimate and the truth it was simulated with. */
  private static final double Z = 3.0;

  private static final RateBetaSpec WEEKLY_LOG = new RateBetaSpec(Frequency.WEEKLY, ReturnKind.LOG);

  /** Weekdays from Monday 2024-01-01. */
  private static LocalDate[] weekdays(int n) {
    LocalDate[] d = new LocalDate[n];
    LocalDate t = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < n; i++) {
      while (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
        t = t.plusDays(1);
      }
      d[i] = t;
      t = t.plusDays(1);
    }
    return d;
  }

  @Test
  void fit_exactLinearLogReturns_recoversSlopeAndSamplesLastCommonDayOfWeek() {
    // Asset = 100 exp(0.05 (y - y0)): every weekly log return is exactly 0.05 x the yield change.
    LocalDate[] d = weekdays(20);
    double[] y = {
      4.0, 4.1, 3.9, 4.3, 4.2, 4.0, 4.4, 4.5, 4.1, 4.0, 3.8, 3.7, 3.9, 4.2, 4.6, 4.4, 4.3, 4.1, 4.2,
      4.5
    };
    double[] p = new double[20];
    for (int i = 0; i < 20; i++) {
      p[i] = 100 * Math.exp(0.05 * (y[i] - y[0]));
    }
    // The yield is missing on Friday 2024-01-12 (index 9): that week ends on Thursday for both.
    DateSeries.Builder yb = DateSeries.builder();
    for (int i = 0; i < 20; i++) {
      if (i != 9) {
        yb.put(d[i], y[i]);
      }
    }
    RateBeta b = RateBetas.fit(DateSeries.of(d, p), yb.build(), WEEKLY_LOG);
    // Weeks end on 01-05, 01-11 (Thursday), 01-19, 01-26: 4 levels, 3 changes.
    assertThat(b.observations()).isEqualTo(3);
    assertThat(b.firstDate()).isEqualTo(LocalDate.of(2024, 1, 11));
    assertThat(b.lastDate()).isEqualTo(LocalDate.of(2024, 1, 26));
    assertThat(b.beta()).isCloseTo(0.05, within(TOL));
    assertThat(b.alpha()).isCloseTo(0.0, within(TOL));
    assertThat(b.rSquared()).isCloseTo(1.0, within(TOL));
    assertThat(b.classicalStandardError()).isCloseTo(0.0, within(1e-9));
    assertThat(b.neweyWestLags()).isEqualTo(StandardErrors.neweyWestLags(3));
  }

  @Test
  void fit_seededBetaTimesYieldChangePlusNoise_recoversBeta() {
    for (long seed = 1; seed <= 10; seed++) {
      Random rnd = new Random(seed);
      double beta = 0.02 * seed - 0.1;
      int n = 2600;
      LocalDate[] d = weekdays(n);
      double[] y = new double[n];
      double[] p = new double[n];
      y[0] = 3.0;
      p[0] = 50.0;
      for (int i = 1; i < n; i++) {
        y[i] = y[i - 1] + 0.07 * rnd.nextGaussian();
        p[i] = p[i - 1] * Math.exp(beta * (y[i] - y[i - 1]) + 0.012 * rnd.nextGaussian());
      }
      for (Frequency f : new Frequency[] {Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY}) {
        RateBeta b =
            RateBetas.fit(
                DateSeries.of(d, p), DateSeries.of(d, y), new RateBetaSpec(f, ReturnKind.LOG));
        assertThat(b.beta())
            .as("seed %d %s", seed, f)
            .isCloseTo(beta, within(Z * b.neweyWestStandardError()));
      }
    }
  }

  @Test
  void fit_syntheticMarket_recoversPlantedTenYearRateBetas() {
    // Planted (docs/synthetic-market.md): log return per percentage point of 10-year yield,
    // SMALL -0.07, LARGE -0.03.
    SyntheticData data = SyntheticMarket.generate(SyntheticSpec.defaults());
    PlantedParameters truth = data.planted();
    DateSeries tenYear = data.get("synthetic/macro/YIELD_10Y").closesOrValues();
    RateBeta[] fits = new RateBeta[2];
    SyntheticIndex[] indices = {SyntheticIndex.SMALL, SyntheticIndex.LARGE};
    for (int k = 0; k < 2; k++) {
      DateSeries levels = data.get("synthetic/indices/" + indices[k].name()).closesOrValues();
      fits[k] = RateBetas.fit(levels, tenYear, WEEKLY_LOG);
      assertThat(fits[k].beta())
          .as(indices[k].name())
          .isCloseTo(
              truth.indices().get(indices[k]).rate(), within(Z * fits[k].neweyWestStandardError()));
    }
    assertThat(fits[0].beta()).isLessThan(fits[1].beta());
  }

  @Test
  void fit_syntheticMarket_twoYearBetaIsTheImpliedProjection() {
    // The 2-year yield is Y10 - S with S independent of Y10, so the slope on the 2-year change is
    // beta10 x var(dY10) / (var(dY10) + var(dS)) = beta10 x 0.85^2 / (0.85^2 + 0.35^2) = 0.855 x
    // beta10 (vols from the planted Vasicek processes; mean reversion changes this by < 0.1 %).
    SyntheticData data = SyntheticMarket.generate(SyntheticSpec.defaults());
    PlantedParameters truth = data.planted();
    double v10 = truth.tenYear().vol() * truth.tenYear().vol();
    double vs = truth.termSpread().vol() * truth.termSpread().vol();
    DateSeries twoYear = data.get("synthetic/macro/YIELD_2Y").closesOrValues();
    for (SyntheticIndex index : new SyntheticIndex[] {SyntheticIndex.SMALL, SyntheticIndex.LARGE}) {
      DateSeries levels = data.get("synthetic/indices/" + index.name()).closesOrValues();
      RateBeta b = RateBetas.fit(levels, twoYear, WEEKLY_LOG);
      double implied = truth.indices().get(index).rate() * v10 / (v10 + vs);
      assertThat(b.beta())
          .as(index.name())
          .isCloseTo(implied, within(Z * b.neweyWestStandardError()));
    }
  }

  @Test
  void fit_tooLittleData_givesNaN() {
    LocalDate[] d = weekdays(3);
    RateBeta b =
        RateBetas.fit(
            DateSeries.of(d, new double[] {1, 2, 3}),
            DateSeries.of(d, new double[] {1, 2, 3}),
            RateBetaSpec.defaults());
    assertThat(b.observations()).isZero();
    assertThat(b.beta()).isNaN();
    assertThat(b.firstDate()).isNull();
  }

  @Test
  void fit_nonPositiveLevel_throwsNamingAssetLevels() {
    LocalDate[] d = weekdays(3);
    assertThatThrownBy(
            () ->
                RateBetas.fit(
                    DateSeries.of(d, new double[] {1, 0, 3}),
                    DateSeries.of(d, new double[] {1, 2, 3}),
                    new RateBetaSpec(Frequency.DAILY, ReturnKind.SIMPLE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("assetLevels:");
  }
}
