package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RelativeSeriesTest {

  private static final double TOL = 1e-12;
  private static final LocalDate D1 = LocalDate.of(2024, 1, 31);
  private static final LocalDate D2 = LocalDate.of(2024, 2, 29);
  private static final LocalDate D3 = LocalDate.of(2024, 3, 31);

  @Test
  void ofPair_intersectsDatesAndTakesTheRatio() {
    DateSeries small = DateSeries.of(new LocalDate[] {D1, D2, D3}, new double[] {10, 12, 11});
    DateSeries large = DateSeries.of(new LocalDate[] {D1, D3}, new double[] {100, 105});
    RelativeSeries r = RelativeSeries.ofPair(small, large, Sampling.MONTHLY);
    assertThat(r.level().dates()).containsExactly(D1, D3);
    assertThat(r.level().values()).containsExactly(new double[] {0.1, 11.0 / 105}, within(TOL));
    // relative growth D1 -> D3: (1 + 0.1) / (1 + 0.05) - 1
    assertThat(r.level().valueAt(1) / r.level().valueAt(0) - 1)
        .isCloseTo(1.1 / 1.05 - 1, within(TOL));
  }

  @Test
  void ofReturns_compoundsEachLegThenDivides() {
    DateSeries s = DateSeries.of(new LocalDate[] {D1, D2, D3}, new double[] {0.10, -0.05, 0.02});
    DateSeries b = DateSeries.of(new LocalDate[] {D1, D2, D3}, new double[] {0.02, 0.01, 0.0});
    RelativeSeries r = RelativeSeries.ofReturns(s, b, Sampling.MONTHLY);
    // 1.1 / 1.02; 1.1 * 0.95 / (1.02 * 1.01); 1.1 * 0.95 * 1.02 / (1.02 * 1.01)
    assertThat(r.level().values())
        .containsExactly(new double[] {1.1 / 1.02, 1.045 / 1.0302, 1.0659 / 1.0302}, within(TOL));
  }

  @Test
  void ofSpreadReturns_compoundsTheSpread() {
    DateSeries smb = DateSeries.of(new LocalDate[] {D1, D2, D3}, new double[] {0.02, -0.01, 0.03});
    RelativeSeries r = RelativeSeries.ofSpreadReturns(smb, Sampling.MONTHLY);
    assertThat(r.level().values())
        .containsExactly(new double[] {1.02, 1.02 * 0.99, 1.02 * 0.99 * 1.03}, within(TOL));
    assertThat(r.sampling()).isEqualTo(Sampling.MONTHLY);
  }

  @Test
  void ofLevel_keepsTheLevel() {
    DateSeries l = DateSeries.of(new LocalDate[] {D1}, new double[] {3});
    assertThat(RelativeSeries.ofLevel(l, Sampling.DAILY).level()).isEqualTo(l);
  }

  static Stream<Arguments> badInputs() {
    DateSeries ok = DateSeries.of(new LocalDate[] {D1, D2}, new double[] {1, 2});
    DateSeries zero = DateSeries.of(new LocalDate[] {D1, D2}, new double[] {1, 0});
    DateSeries negative = DateSeries.of(new LocalDate[] {D1, D2}, new double[] {-1, 2});
    DateSeries totalLoss = DateSeries.of(new LocalDate[] {D1, D2}, new double[] {0.1, -1.0});
    return Stream.of(
        Arguments.of((Runnable) () -> RelativeSeries.ofLevel(zero, Sampling.DAILY), "level"),
        Arguments.of((Runnable) () -> RelativeSeries.ofPair(negative, ok, Sampling.DAILY), "small"),
        Arguments.of((Runnable) () -> RelativeSeries.ofPair(ok, zero, Sampling.DAILY), "large"),
        Arguments.of(
            (Runnable) () -> RelativeSeries.ofReturns(totalLoss, ok, Sampling.DAILY),
            "smallReturns"),
        Arguments.of(
            (Runnable) () -> RelativeSeries.ofReturns(ok, totalLoss, Sampling.DAILY),
            "largeReturns"),
        Arguments.of(
            (Runnable) () -> RelativeSeries.ofSpreadReturns(totalLoss, Sampling.DAILY), "spread"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void factories_badInput_throwNamingTheArgument(Runnable call, String argument) {
    assertThatThrownBy(call::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(argument + ":");
  }

  @Test
  void new_nulls_throwNamingThem() {
    assertThatThrownBy(() -> new RelativeSeries(null, Sampling.DAILY)).hasMessage("level");
    assertThatThrownBy(() -> new RelativeSeries(DateSeries.empty(), null)).hasMessage("sampling");
  }
}
