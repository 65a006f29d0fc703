package dev.rotor.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AlignedSeriesTest {

  private static LocalDate d(int day) {
    return LocalDate.of(2024, 1, day);
  }

  private static final DateSeries A =
      DateSeries.of(new LocalDate[] {d(2), d(3), d(4), d(5)}, new double[] {1, 2, 3, 4});
  private static final DateSeries B =
      DateSeries.of(new LocalDate[] {d(3), d(5), d(8)}, new double[] {20, 40, 50});

  @Test
  void of_intersect_keepsOnlyCommonDates() {
    AlignedSeries a = AlignedSeries.of(Alignment.INTERSECT, A, B);
    assertThat(a.dates()).containsExactly(d(3), d(5));
    assertThat(a.column(0)).containsExactly(2, 4);
    assertThat(a.column(1)).containsExactly(20, 40);
  }

  @Test
  void of_forwardFill_unionFromLatestStartWithCarriedValues() {
    AlignedSeries a = AlignedSeries.of(Alignment.FORWARD_FILL, A, B);
    assertThat(a.dates()).containsExactly(d(3), d(4), d(5), d(8));
    assertThat(a.column(0)).containsExactly(2, 3, 4, 4);
    assertThat(a.column(1)).containsExactly(20, 20, 40, 50);
  }

  @Test
  void of_emptyInput_givesNoDates() {
    assertThat(AlignedSeries.of(Alignment.FORWARD_FILL, A, DateSeries.empty()).size()).isZero();
    assertThat(AlignedSeries.of(Alignment.INTERSECT, A, DateSeries.empty()).size()).isZero();
  }

  @Test
  void of_intersect_randomSeries_equalsNaiveLookup() {
    java.util.Random rnd = new java.util.Random(5);
    for (int trial = 0; trial < 100; trial++) {
      DateSeries[] in = new DateSeries[1 + rnd.nextInt(4)];
      for (int s = 0; s < in.length; s++) {
        DateSeries.Builder b = DateSeries.builder();
        for (int day = 0; day < 60; day++) {
          if (rnd.nextDouble() < 0.7) {
            b.put(d(1).plusDays(day), rnd.nextGaussian());
          }
        }
        in[s] = b.build();
      }
      AlignedSeries a = AlignedSeries.of(Alignment.INTERSECT, in);
      java.util.List<LocalDate> expected = new java.util.ArrayList<>();
      for (LocalDate day : in[0].dates()) {
        boolean everywhere = true;
        for (DateSeries s : in) {
          everywhere &= s.contains(day);
        }
        if (everywhere) {
          expected.add(day);
        }
      }
      assertThat(a.dates()).containsExactlyElementsOf(expected);
      for (int s = 0; s < in.length; s++) {
        for (int i = 0; i < expected.size(); i++) {
          assertThat(a.column(s)[i]).isEqualTo(in[s].get(expected.get(i)).getAsDouble());
        }
      }
    }
  }
}
