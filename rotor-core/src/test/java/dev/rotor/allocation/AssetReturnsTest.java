package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssetReturnsTest {

  private static final double TOL = 1e-12;
  private static final SeriesId A = SeriesId.of("A");
  private static final SeriesId B = SeriesId.of("B");

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2024, month, day);
  }

  private static DateSeries series(Object... dateValue) {
    DateSeries.Builder b = DateSeries.builder();
    for (int i = 0; i < dateValue.length; i += 2) {
      b.put((LocalDate) dateValue[i], ((Number) dateValue[i + 1]).doubleValue());
    }
    return b.build();
  }

  private static Map<SeriesId, DateSeries> twoAssets(DateSeries a, DateSeries b) {
    Map<SeriesId, DateSeries> m = new LinkedHashMap<>();
    m.put(A, a);
    m.put(B, b);
    return m;
  }

  @Test
  void fromLevels_weekly_intersectsThenTakesLastCommonLevelOfEachIsoWeek() {
    // A has Fri 5 Jan that B lacks, B has Wed 10 Jan that A lacks: the common dates are
    // 2, 3, 4, 8, 9, 12, 16 Jan; ISO weeks end on the last common date: 4, 12, 16 Jan.
    DateSeries a =
        series(
            d(1, 2), 100, d(1, 3), 101, d(1, 4), 102, d(1, 5), 104, d(1, 8), 103, d(1, 9), 105,
            d(1, 12), 106, d(1, 16), 110);
    DateSeries b =
        series(
            d(1, 2), 50, d(1, 3), 51, d(1, 4), 50, d(1, 8), 52, d(1, 9), 53, d(1, 10), 60, d(1, 12),
            55, d(1, 16), 54);
    AssetReturns r = AssetReturns.fromLevels(twoAssets(a, b), Frequency.WEEKLY);
    assertThat(r.dates()).containsExactly(d(1, 12), d(1, 16));
    assertThat(r.column(0)[0]).isCloseTo(106.0 / 102 - 1, within(TOL));
    assertThat(r.column(0)[1]).isCloseTo(110.0 / 106 - 1, within(TOL));
    assertThat(r.column(1)[0]).isCloseTo(55.0 / 50 - 1, within(TOL));
    assertThat(r.column(1)[1]).isCloseTo(54.0 / 55 - 1, within(TOL));
    assertThat(r.ids()).containsExactly(A, B);
    assertThat(r.frequency()).isEqualTo(Frequency.WEEKLY);
    assertThat(r.series(1).valueAt(1)).isEqualTo(r.column(1)[1]);
  }

  @Test
  void fromReturns_monthlyFromDaily_equalsMonthlyFromLevelsAfterTheFirstPeriod() {
    // Seeded random-walk levels on weekdays; daily returns compounded within months must give the
    // month-end to month-end level returns. The first month (from the first level) is extra.
    Random rnd = new Random(11);
    Map<SeriesId, DateSeries> levels = new LinkedHashMap<>();
    Map<SeriesId, DateSeries> returns = new LinkedHashMap<>();
    for (SeriesId id : List.of(A, B)) {
      DateSeries.Builder b = DateSeries.builder();
      double p = 100;
      for (LocalDate day = d(1, 2); day.isBefore(LocalDate.of(2026, 1, 1)); day = day.plusDays(1)) {
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
          p *= Math.exp(0.01 * rnd.nextGaussian());
          b.put(day, p);
        }
      }
      levels.put(id, b.build());
      returns.put(id, Returns.fromPrices(b.build(), ReturnKind.SIMPLE));
    }
    AssetReturns fromLevels = AssetReturns.fromLevels(levels, Frequency.MONTHLY);
    AssetReturns fromReturns =
        AssetReturns.fromReturns(returns, ReturnKind.SIMPLE, Frequency.MONTHLY);
    assertThat(fromReturns.periodCount()).isEqualTo(fromLevels.periodCount() + 1);
    assertThat(fromReturns.dates()[0]).isEqualTo(d(1, 31));
    for (int a = 0; a < 2; a++) {
      for (int t = 0; t < fromLevels.periodCount(); t++) {
        assertThat(fromReturns.dates()[t + 1]).isEqualTo(fromLevels.dates()[t]);
        assertThat(fromReturns.column(a)[t + 1]).isCloseTo(fromLevels.column(a)[t], within(TOL));
      }
    }
  }

  @Test
  void fromReturns_logKind_convertsToSimple() {
    DateSeries simple = series(d(1, 2), 0.01, d(1, 3), -0.02, d(1, 4), 0.005);
    DateSeries log = simple.mapValues(Math::log1p);
    AssetReturns r = AssetReturns.fromReturns(Map.of(A, log), ReturnKind.LOG, Frequency.DAILY);
    assertThat(r.column(0)[1]).isCloseTo(-0.02, within(1e-15));
    AssetReturns weekly =
        AssetReturns.fromReturns(Map.of(A, log), ReturnKind.LOG, Frequency.WEEKLY);
    assertThat(weekly.column(0)[0]).isCloseTo(1.01 * 0.98 * 1.005 - 1, within(1e-15));
  }

  @Test
  void annualisedMoments_weeklyColumns_scaleByFiftyTwo() {
    // Mean 0.01 -> 0.52 a year; sample variance ((0)^2 + .02^2 + .02^2) / 2 = 4e-4 -> 0.0208.
    AssetReturns r =
        AssetReturns.of(
            List.of(A),
            new LocalDate[] {d(1, 5), d(1, 12), d(1, 19)},
            new double[][] {{0.01, 0.03, -0.01}},
            Frequency.WEEKLY);
    assertThat(r.annualisedMeans()[0]).isCloseTo(0.52, within(TOL));
    assertThat(r.annualisedCovariance()[0][0]).isCloseTo(0.0208, within(TOL));
    assertThat(r.correlation().get(0, 0)).isEqualTo(1.0);
    assertThat(r.correlation().observations()).isEqualTo(3);
  }

  @Test
  void between_keepsPeriodsEndingInsideTheRange() {
    AssetReturns r =
        AssetReturns.of(
            List.of(A, B),
            new LocalDate[] {d(1, 5), d(1, 12), d(1, 19)},
            new double[][] {{0.01, 0.03, -0.01}, {0.0, 0.01, 0.02}},
            Frequency.WEEKLY);
    AssetReturns cut = r.between(d(1, 6), d(1, 19));
    assertThat(cut.dates()).containsExactly(d(1, 12), d(1, 19));
    assertThat(cut.column(1)).containsExactly(0.01, 0.02);
  }

  @Test
  void rollingCorrelation_datesBeforeTheFirstFullWindowAreAbsent() {
    AssetReturns r =
        AssetReturns.of(
            List.of(A, B),
            new LocalDate[] {d(1, 5), d(1, 12), d(1, 19), d(1, 26)},
            new double[][] {{0.01, 0.03, -0.01, 0.02}, {0.0, 0.01, 0.02, -0.01}},
            Frequency.WEEKLY);
    DateSeries rho = r.rollingCorrelation(0, 1, 3);
    assertThat(rho.dates()).containsExactly(d(1, 19), d(1, 26));
    assertThat(rho.valueAt(0))
        .isCloseTo(
            Moments.correlation(new double[][] {{0.01, 0.03, -0.01}, {0.0, 0.01, 0.02}})[0][1],
            within(TOL));
  }

  @Test
  void fromLevels_frequencyHigherThanTheData_isRejected() {
    DateSeries monthly = series(d(1, 31), 100, d(2, 29), 101, d(3, 29), 103, d(4, 30), 102);
    assertThatThrownBy(() -> AssetReturns.fromLevels(Map.of(A, monthly), Frequency.WEEKLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("frequency:")
        .hasMessageContaining("monthly");
    assertThat(AssetReturns.fromLevels(Map.of(A, monthly), Frequency.QUARTERLY).periodCount())
        .isEqualTo(1);
  }

  @Test
  void fromLevels_nonPositiveLevel_namesTheSeries() {
    DateSeries bad = series(d(1, 2), 100, d(1, 3), 0, d(1, 4), 1);
    assertThatThrownBy(
            () ->
                AssetReturns.fromLevels(
                    twoAssets(series(d(1, 2), 1, d(1, 3), 1, d(1, 4), 1), bad), Frequency.DAILY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("levels[B]:");
  }

  @Test
  void fromReturns_returnNotAboveMinusOne_namesTheSeries() {
    DateSeries bad = series(d(1, 2), 0.1, d(1, 3), -1.0);
    assertThatThrownBy(
            () -> AssetReturns.fromReturns(Map.of(B, bad), ReturnKind.SIMPLE, Frequency.DAILY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("returns[B]:");
  }

  static Stream<Arguments> badOf() {
    LocalDate[] two = {d(1, 5), d(1, 12)};
    return Stream.of(
        Arguments.of(null, two, new double[][] {{0, 0}}, Frequency.WEEKLY, "ids"),
        Arguments.of(List.of(), two, new double[0][], Frequency.WEEKLY, "ids"),
        Arguments.of(List.of(A, A), two, new double[][] {{0, 0}, {0, 0}}, Frequency.WEEKLY, "ids"),
        Arguments.of(List.of(A), null, new double[][] {{0, 0}}, Frequency.WEEKLY, "dates"),
        Arguments.of(List.of(A), two, null, Frequency.WEEKLY, "columns"),
        Arguments.of(List.of(A), two, new double[][] {{0, 0}}, null, "frequency"),
        Arguments.of(List.of(A, B), two, new double[][] {{0, 0}}, Frequency.WEEKLY, "columns"),
        Arguments.of(List.of(A), two, new double[][] {{0}}, Frequency.WEEKLY, "columns"),
        Arguments.of(List.of(A), two, new double[][] {{0, -1}}, Frequency.WEEKLY, "columns"),
        Arguments.of(List.of(A), two, new double[][] {{0, Double.NaN}}, Frequency.WEEKLY, "values"),
        Arguments.of(
            List.of(A),
            new LocalDate[] {d(1, 12), d(1, 5)},
            new double[][] {{0, 0}},
            Frequency.WEEKLY,
            "dates"));
  }

  @ParameterizedTest
  @MethodSource("badOf")
  void of_badArguments_throwNamingThem(
      List<SeriesId> ids, LocalDate[] dates, double[][] cols, Frequency f, String name) {
    assertThatThrownBy(() -> AssetReturns.of(ids, dates, cols, f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }

  static Stream<Arguments> badMaps() {
    Map<SeriesId, DateSeries> withNull = new LinkedHashMap<>();
    withNull.put(A, null);
    return Stream.of(
        Arguments.of(null, "levels"),
        Arguments.of(Map.of(), "levels"),
        Arguments.of(withNull, "levels[A]"));
  }

  @ParameterizedTest
  @MethodSource("badMaps")
  void fromLevels_badMaps_throwNamingThem(Map<SeriesId, DateSeries> m, String name) {
    assertThatThrownBy(() -> AssetReturns.fromLevels(m, Frequency.DAILY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }

  @Test
  void accessors_returnCopies() {
    AssetReturns r =
        AssetReturns.of(
            List.of(A), new LocalDate[] {d(1, 5)}, new double[][] {{0.01}}, Frequency.WEEKLY);
    r.column(0)[0] = 9;
    r.columns()[0][0] = 9;
    r.dates()[0] = d(2, 2);
    assertThat(r.column(0)[0]).isEqualTo(0.01);
    assertThat(r.dates()[0]).isEqualTo(d(1, 5));
    assertThat(r.toString()).contains("weekly");
    assertThatThrownBy(() -> r.rollingCorrelation(0, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("b:");
    assertThat(new ArrayList<>(r.ids())).containsExactly(A);
  }
}
