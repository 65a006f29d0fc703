package dev.rotor.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link RallyDecomposition}: exact additivity, planted betas, degenerate and bad input. */
class RallyDecompositionTest {

  /** Additivity holds by construction up to rounding of a few sums. */
  private static final double TOL = 1e-12;

  /** Noise-free data: OLS recovers the planted slope up to solver rounding. */
  private static final double EXACT_TOL = 1e-9;

  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final LocalDate EST_FROM = START;
  private static final LocalDate EST_TO = START.plusDays(1499);
  private static final LocalDate WIN_FROM = START.plusDays(1500);
  private static final LocalDate WIN_TO = START.plusDays(1599);

  /** Small, large and two drivers with {@code r_s - r_l = alpha + b1 dx1 + b2 dx2 + noise}. */
  private static DateSeries[] planted(
      Random rnd, int n, double alpha, double b1, double b2, double noise) {
    LocalDate[] d = new LocalDate[n];
    double[] s = new double[n];
    double[] l = new double[n];
    double[] x1 = new double[n];
    double[] x2 = new double[n];
    s[0] = 100;
    l[0] = 200;
    x1[0] = 3;
    x2[0] = 4;
    d[0] = START;
    for (int t = 1; t < n; t++) {
      d[t] = START.plusDays(t);
      x1[t] = x1[t - 1] + 0.05 * rnd.nextGaussian();
      x2[t] = x2[t - 1] + 0.05 * rnd.nextGaussian();
      double rl = 0.01 * rnd.nextGaussian();
      double rs =
          rl
              + alpha
              + b1 * (x1[t] - x1[t - 1])
              + b2 * (x2[t] - x2[t - 1])
              + noise * rnd.nextGaussian();
      l[t] = l[t - 1] * (1 + rl);
      s[t] = s[t - 1] * (1 + rs);
    }
    return new DateSeries[] {
      DateSeries.of(d, s), DateSeries.of(d, l), DateSeries.of(d, x1), DateSeries.of(d, x2)
    };
  }

  private static RallyExplanation explain(DateSeries[] p, LocalDate winFrom, LocalDate winTo) {
    Map<String, DateSeries> drivers = new LinkedHashMap<>();
    drivers.put("x1", p[2]);
    drivers.put("x2", p[3]);
    return RallyDecomposition.explain(
        p[0], p[1], drivers, EST_FROM, EST_TO, winFrom, winTo, Frequency.DAILY);
  }

  @Test
  void explain_seededRandom_partsAddUpToActual() {
    Random rnd = new Random(7L);
    for (int trial = 0; trial < 10; trial++) {
      RallyExplanation r = explain(planted(rnd, 1700, 1e-4, -0.02, 0.01, 0.005), WIN_FROM, WIN_TO);
      double sum = r.interceptPart() + r.residual();
      double explained = 0;
      for (DriverContribution d : r.drivers()) {
        sum += d.contribution().estimate();
        explained += d.contribution().estimate();
        assertThat(d.contribution().lower()).isLessThanOrEqualTo(d.contribution().upper());
      }
      assertThat(sum).isCloseTo(r.actual(), within(TOL));
      assertThat(r.explained()).isCloseTo(explained, within(TOL));
      assertThat(r.observations()).isEqualTo(1499);
      assertThat(r.windowPeriods()).isEqualTo(100);
      assertThat(r.interceptPart()).isCloseTo(100 * r.intercept().estimate(), within(TOL));
    }
  }

  @Test
  void explain_plantedBetaWithNoise_contributionNearBetaTimesMove() {
    Random rnd = new Random(11L);
    for (int trial = 0; trial < 5; trial++) {
      RallyExplanation r = explain(planted(rnd, 1700, 0.0, -0.02, 0.01, 0.002), WIN_FROM, WIN_TO);
      DriverContribution d1 = r.driver("x1");
      DriverContribution d2 = r.driver("x2");
      // beta SE ~ 0.002 / (0.05 sqrt(1499)) ~ 1e-3; 5 SEs of the beta times the move
      assertThat(d1.contribution().estimate())
          .isCloseTo(-0.02 * d1.move(), within(5e-3 * Math.abs(d1.move())));
      assertThat(d2.contribution().estimate())
          .isCloseTo(0.01 * d2.move(), within(5e-3 * Math.abs(d2.move())));
      // planted R2 = (0.02^2 + 0.01^2) 0.05^2 / (that + 0.002^2) = 1.25e-6 / 5.25e-6 ~ 0.24
      assertThat(r.rSquared()).isBetween(0.15, 0.35);
    }
  }

  @Test
  void explain_noiseFree_recoversBetasAndLeavesNoResidual() {
    DateSeries[] p = planted(new Random(3L), 1700, 2e-4, -0.02, 0.01, 0.0);
    RallyExplanation r = explain(p, WIN_FROM, WIN_TO);
    assertThat(r.driver("x1").beta().estimate()).isCloseTo(-0.02, within(EXACT_TOL));
    assertThat(r.driver("x2").beta().estimate()).isCloseTo(0.01, within(EXACT_TOL));
    assertThat(r.intercept().estimate()).isCloseTo(2e-4, within(EXACT_TOL));
    assertThat(r.residual()).isCloseTo(0.0, within(EXACT_TOL));
    assertThat(r.rSquared()).isCloseTo(1.0, within(EXACT_TOL));
    // move is the level change over the window: x(last window day) - x(day before the window)
    double move = p[2].get(WIN_TO).getAsDouble() - p[2].get(WIN_FROM.minusDays(1)).getAsDouble();
    assertThat(r.driver("x1").move()).isCloseTo(move, within(TOL));
  }

  @Test
  void explain_windowWithoutPeriods_givesNaNWindowFigures() {
    DateSeries[] p = planted(new Random(5L), 1700, 0, -0.02, 0.01, 0.005);
    RallyExplanation r = explain(p, START.plusYears(50), START.plusYears(51));
    assertThat(r.windowPeriods()).isZero();
    assertThat(r.windowFirst()).isNull();
    assertThat(r.actual()).isNaN();
    assertThat(r.residual()).isNaN();
    assertThat(r.driver("x1").contribution().estimate()).isNaN();
    assertThat(r.rSquared()).isBetween(0.0, 1.0);
  }

  @Test
  void explain_tooShortEstimation_givesNaNRegressionFigures() {
    DateSeries[] p = planted(new Random(5L), 1700, 0, -0.02, 0.01, 0.005);
    Map<String, DateSeries> drivers = new LinkedHashMap<>();
    drivers.put("x1", p[2]);
    drivers.put("x2", p[3]);
    RallyExplanation r =
        RallyDecomposition.explain(
            p[0], p[1], drivers, START, START.plusDays(3), WIN_FROM, WIN_TO, Frequency.DAILY);
    assertThat(r.observations()).isEqualTo(3);
    assertThat(r.rSquared()).isNaN();
    assertThat(r.driver("x1").contribution().estimate()).isNaN();
    assertThat(r.actual()).isFinite();
    assertThat(r.residual()).isNaN();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "estimation reversed,2021-01-01,2020-01-01,2024-01-01,2024-02-01,x,estimationFrom",
    "window reversed,2020-01-01,2021-01-01,2024-02-01,2024-01-01,x,windowFrom",
    "blank driver name,2020-01-01,2021-01-01,2024-01-01,2024-02-01,' ',drivers"
  })
  void explain_badArguments_throwNamingTheArgument(
      String c, String ef, String et, String wf, String wt, String name, String message) {
    DateSeries[] p = planted(new Random(5L), 100, 0, -0.02, 0.01, 0.005);
    assertThatThrownBy(
            () ->
                RallyDecomposition.explain(
                    p[0],
                    p[1],
                    Map.of(name, p[2]),
                    LocalDate.parse(ef),
                    LocalDate.parse(et),
                    LocalDate.parse(wf),
                    LocalDate.parse(wt),
                    Frequency.DAILY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void explain_noDrivers_throws() {
    DateSeries[] p = planted(new Random(5L), 100, 0, -0.02, 0.01, 0.005);
    assertThatThrownBy(
            () ->
                RallyDecomposition.explain(
                    p[0], p[1], Map.of(), START, EST_TO, WIN_FROM, WIN_TO, Frequency.DAILY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("drivers");
  }

  @Test
  void explain_nonPositiveLevel_throwsNamingSmall() {
    DateSeries[] p = planted(new Random(5L), 100, 0, -0.02, 0.01, 0.005);
    DateSeries bad = DateSeries.builder().put(START, -1).put(START.plusDays(1), 1).build();
    assertThatThrownBy(
            () ->
                RallyDecomposition.explain(
                    bad,
                    p[1],
                    Map.of("x1", p[2]),
                    START,
                    EST_TO,
                    WIN_FROM,
                    WIN_TO,
                    Frequency.DAILY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("small");
  }
}
