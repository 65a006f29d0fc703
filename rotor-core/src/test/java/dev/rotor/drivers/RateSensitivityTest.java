package dev.rotor.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.returns.ReturnKind;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link RateSensitivity}: invariants on seeded random data, windows, degenerate and bad input. */
class RateSensitivityTest {

  private static final double TOL = 1e-12;
  private static final LocalDate START = LocalDate.of(2020, 1, 6);

  private static DateSeries walk(Random rnd, int n, double start, double vol, boolean level) {
    LocalDate[] d = new LocalDate[n];
    double[] v = new double[n];
    double x = start;
    for (int i = 0; i < n; i++) {
      d[i] = START.plusDays(i);
      x = level ? x * Math.exp(vol * rnd.nextGaussian()) : x + vol * rnd.nextGaussian();
      v[i] = x;
    }
    return DateSeries.of(d, v);
  }

  @Test
  void fit_seededRandom_smallMinusLargeSlopesAreDifferenceOfSegmentSlopes() {
    Random rnd = new Random(42L);
    for (int trial = 0; trial < 5; trial++) {
      int n = 300 + rnd.nextInt(300);
      RateSensitivityFit f =
          RateSensitivity.fit(
              walk(rnd, n, 100, 0.01, true),
              walk(rnd, n, 50, 0.01, true),
              walk(rnd, n, 3, 0.05, false),
              walk(rnd, n, 4, 0.05, false),
              Frequency.DAILY);
      for (Regressor g : Regressor.values()) {
        double diff =
            f.fit(Target.SMALL).slope(g).estimate() - f.fit(Target.LARGE).slope(g).estimate();
        assertThat(f.fit(Target.SMALL_MINUS_LARGE).slope(g).estimate())
            .isCloseTo(diff, within(TOL));
      }
      assertThat(f.fit(Target.SMALL).observations()).isEqualTo(n - 1);
      assertThat(f.rollingBeta().size()).isEqualTo(n - 1 - 251);
      assertThat(f.rollingBeta().lastDate()).isEqualTo(f.lastDate());
    }
  }

  @Test
  void fit_twoObservations_givesNaNEstimates() {
    Random rnd = new Random(1L);
    RateSensitivityFit f =
        RateSensitivity.fit(
            walk(rnd, 3, 100, 0.01, true),
            walk(rnd, 3, 100, 0.01, true),
            walk(rnd, 3, 2, 0.05, false),
            walk(rnd, 3, 3, 0.05, false),
            Frequency.DAILY);
    assertThat(f.fit(Target.SMALL).observations()).isEqualTo(2);
    assertThat(f.fit(Target.SMALL).slope(Regressor.TWO_YEAR).estimate()).isNaN();
    assertThat(f.rollingBeta().isEmpty()).isTrue();
  }

  @Test
  void fit_noCommonDates_isEmptyWithNullDates() {
    DateSeries a = DateSeries.of(new LocalDate[] {START}, new double[] {1});
    DateSeries b = DateSeries.of(new LocalDate[] {START.plusDays(1)}, new double[] {1});
    RateSensitivityFit f = RateSensitivity.fit(a, b, a, b, Frequency.WEEKLY);
    assertThat(f.firstDate()).isNull();
    assertThat(f.fit(Target.LARGE).observations()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"DAILY,252", "WEEKLY,52", "MONTHLY,12", "QUARTERLY,4"})
  void rollingWindow_frequency_isOneYear(Frequency f, int window) {
    assertThat(RateSensitivity.rollingWindow(f)).isEqualTo(window);
  }

  @ParameterizedTest
  @CsvSource({"small,-1", "large,0", "sampling,1"})
  void fit_badInput_throwsNamingArgument(String name, int which) {
    Random rnd = new Random(3L);
    DateSeries good = walk(rnd, 10, 100, 0.01, true);
    DateSeries bad = good.mapValues(v -> v == good.valueAt(4) ? -1 : v);
    DateSeries y = walk(rnd, 10, 2, 0.05, false);
    assertThatThrownBy(
            () ->
                RateSensitivity.fitOne(
                    which < 0 ? bad : good,
                    which == 0 ? bad : good,
                    y,
                    Regressor.TWO_YEAR,
                    which == 1 ? Frequency.ANNUAL : Frequency.DAILY,
                    ReturnKind.SIMPLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name);
  }
}
