package dev.rotor.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateSeriesTest {

  private static final LocalDate D1 = LocalDate.of(2024, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 3);
  private static final LocalDate D3 = LocalDate.of(2024, 1, 5);

  private static DateSeries abc() {
    return DateSeries.of(new LocalDate[] {D1, D2, D3}, new double[] {1, 2, 3});
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(new LocalDate[] {D1, D2}, new double[] {1}, "length"),
        Arguments.of(new LocalDate[] {D2, D1}, new double[] {1, 2}, "not strictly ascending"),
        Arguments.of(new LocalDate[] {D1, D1}, new double[] {1, 2}, "not strictly ascending"),
        Arguments.of(new LocalDate[] {D1, null}, new double[] {1, 2}, "null"),
        Arguments.of(new LocalDate[] {D1}, new double[] {Double.NaN}, "not finite"),
        Arguments.of(new LocalDate[] {D1}, new double[] {Double.POSITIVE_INFINITY}, "not finite"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void of_badInput_throwsNamingTheProblem(LocalDate[] d, double[] v, String message) {
    assertThatThrownBy(() -> DateSeries.of(d, v))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void get_absentDate_isEmptyNotNaN() {
    DateSeries s = abc();
    assertThat(s.get(D2)).hasValue(2);
    assertThat(s.get(LocalDate.of(2024, 1, 4))).isEmpty();
    assertThat(s.asOf(LocalDate.of(2024, 1, 4))).hasValue(2);
    assertThat(s.asOf(LocalDate.of(2023, 12, 31))).isEmpty();
  }

  @Test
  void of_copiesArrays_soCallerChangesDoNotLeak() {
    LocalDate[] d = {D1, D2};
    double[] v = {1, 2};
    DateSeries s = DateSeries.of(d, v);
    v[0] = 99;
    s.values()[1] = 99;
    assertThat(s.values()).containsExactly(1, 2);
  }

  @Test
  void between_inclusiveBoundsAndOpenEnds() {
    DateSeries s = abc();
    assertThat(s.between(D2, null).values()).containsExactly(2, 3);
    assertThat(s.between(null, D2).values()).containsExactly(1, 2);
    assertThat(s.between(LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 4)).isEmpty()).isTrue();
    assertThatThrownBy(() -> s.between(D3, D1)).hasMessageContaining("to:");
  }

  @Test
  void builder_unsortedInput_sortsAndRejectsDuplicates() {
    DateSeries s = DateSeries.builder().put(D3, 3).put(D1, 1).put(D2, 2).build();
    assertThat(s).isEqualTo(abc());
    assertThatThrownBy(() -> DateSeries.builder().put(D2, 1).put(D1, 1).put(D2, 2).build())
        .hasMessageContaining("duplicate 2024-01-03");
    assertThatThrownBy(() -> DateSeries.builder().put(D1, Double.NaN))
        .hasMessageContaining("not finite");
  }

  @Test
  void mapValues_nonFiniteResults_becomeAbsentDates() {
    DateSeries s = abc().mapValues(v -> v == 2 ? Double.NaN : v * 10);
    assertThat(s.dates()).containsExactly(D1, D3);
    assertThat(s.values()).containsExactly(10, 30);
  }

  @Test
  void forwardFillTo_carriesLastObservationAndDropsLeadingDates() {
    LocalDate d0 = LocalDate.of(2024, 1, 1);
    LocalDate d4 = LocalDate.of(2024, 1, 4);
    DateSeries f = abc().forwardFillTo(new LocalDate[] {d0, D1, d4, D3});
    assertThat(f.dates()).containsExactly(D1, d4, D3);
    assertThat(f.values()).containsExactly(1, 2, 3);
  }

  @Test
  void builder_randomOrder_equalsSortedConstruction() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + rnd.nextInt(200);
      LocalDate[] d = new LocalDate[n];
      double[] v = new double[n];
      LocalDate cur = LocalDate.of(2000, 1, 1);
      for (int i = 0; i < n; i++) {
        cur = cur.plusDays(1 + rnd.nextInt(5));
        d[i] = cur;
        v[i] = rnd.nextGaussian();
      }
      DateSeries.Builder b = DateSeries.builder();
      Integer[] idx = new Integer[n];
      for (int i = 0; i < n; i++) {
        idx[i] = i;
      }
      java.util.Collections.shuffle(java.util.Arrays.asList(idx), rnd);
      for (int i : idx) {
        b.put(d[i], v[i]);
      }
      DateSeries s = b.build();
      assertThat(s).isEqualTo(DateSeries.of(d, v));
      for (int i = 0; i < n; i++) {
        assertThat(s.get(d[i])).hasValue(v[i]);
        assertThat(s.indexOnOrBefore(d[i])).isEqualTo(i);
      }
    }
  }
}
