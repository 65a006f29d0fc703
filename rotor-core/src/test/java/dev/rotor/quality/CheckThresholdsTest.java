package dev.rotor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.SeriesKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CheckThresholdsTest {

  private static final double TOL = 1e-15;

  @Test
  void defaults_documentedValues() {
    CheckThresholds t = CheckThresholds.defaults();
    assertThat(t.jumpThreshold(SeriesKind.INDEX)).isEqualTo(0.25, within(TOL));
    assertThat(t.jumpThreshold(SeriesKind.ETF)).isEqualTo(0.25, within(TOL));
    assertThat(t.jumpThreshold(SeriesKind.STOCK)).isEqualTo(0.40, within(TOL));
    assertThat(t.staleRun()).isEqualTo(5);
    assertThat(t.ohlcTolerance()).isEqualTo(0.001, within(TOL));
    assertThat(t.splitTolerance()).isEqualTo(0.05, within(TOL));
    assertThat(t.longGapRun()).isEqualTo(10);
    assertThat(t.listedDates()).isEqualTo(5);
  }

  private static org.assertj.core.data.Offset<Double> within(double tol) {
    return org.assertj.core.data.Offset.offset(tol);
  }

  @ParameterizedTest
  @EnumSource(
      value = SeriesKind.class,
      names = {"MACRO", "FACTOR", "RETURNS", "FUNDAMENTAL"})
  void jumpThreshold_nonPriceKind_throwsNamingKind(SeriesKind kind) {
    assertThatThrownBy(() -> CheckThresholds.defaults().jumpThreshold(kind))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("kind:");
    assertThatThrownBy(() -> CheckThresholds.defaults().withJumpThreshold(kind, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("kind:");
  }

  @ParameterizedTest
  @EnumSource(
      value = SeriesKind.class,
      names = {"INDEX", "ETF", "STOCK"})
  void withJumpThreshold_priceKind_changesOnlyThatKind(SeriesKind kind) {
    CheckThresholds d = CheckThresholds.defaults();
    CheckThresholds t = d.withJumpThreshold(kind, 0.7);
    for (SeriesKind k : new SeriesKind[] {SeriesKind.INDEX, SeriesKind.ETF, SeriesKind.STOCK}) {
      double expected = k == kind ? 0.7 : d.jumpThreshold(k);
      assertThat(t.jumpThreshold(k)).isEqualTo(expected, within(TOL));
    }
    assertThat(t.withJumpThreshold(kind, d.jumpThreshold(kind))).isEqualTo(d);
  }

  @Test
  void withers_changeOneComponent() {
    CheckThresholds d = CheckThresholds.defaults();
    assertThat(d.withStaleRun(3).staleRun()).isEqualTo(3);
    assertThat(d.withStaleRun(3).withStaleRun(5)).isEqualTo(d);
    assertThat(d.withLongGapRun(20).longGapRun()).isEqualTo(20);
    assertThat(d.withLongGapRun(20).withLongGapRun(10)).isEqualTo(d);
  }

  static Stream<Arguments> badThresholds() {
    double nan = Double.NaN;
    double inf = Double.POSITIVE_INFINITY;
    return Stream.of(
        Arguments.of(0.0, 0.25, 0.4, 5, 0.001, 0.05, 10, 5, "indexJump"),
        Arguments.of(-0.1, 0.25, 0.4, 5, 0.001, 0.05, 10, 5, "indexJump"),
        Arguments.of(nan, 0.25, 0.4, 5, 0.001, 0.05, 10, 5, "indexJump"),
        Arguments.of(0.25, inf, 0.4, 5, 0.001, 0.05, 10, 5, "etfJump"),
        Arguments.of(0.25, 0.25, 0.0, 5, 0.001, 0.05, 10, 5, "stockJump"),
        Arguments.of(0.25, 0.25, 0.4, 1, 0.001, 0.05, 10, 5, "staleRun"),
        Arguments.of(0.25, 0.25, 0.4, 5, -1e-9, 0.05, 10, 5, "ohlcTolerance"),
        Arguments.of(0.25, 0.25, 0.4, 5, nan, 0.05, 10, 5, "ohlcTolerance"),
        Arguments.of(0.25, 0.25, 0.4, 5, inf, 0.05, 10, 5, "ohlcTolerance"),
        Arguments.of(0.25, 0.25, 0.4, 5, 0.001, -0.01, 10, 5, "splitTolerance"),
        Arguments.of(0.25, 0.25, 0.4, 5, 0.001, 0.21, 10, 5, "splitTolerance"),
        Arguments.of(0.25, 0.25, 0.4, 5, 0.001, nan, 10, 5, "splitTolerance"),
        Arguments.of(0.25, 0.25, 0.4, 5, 0.001, 0.05, 0, 5, "longGapRun"),
        Arguments.of(0.25, 0.25, 0.4, 5, 0.001, 0.05, 10, 0, "listedDates"));
  }

  @ParameterizedTest
  @MethodSource("badThresholds")
  void new_badThreshold_throwsNamingIt(
      double index,
      double etf,
      double stock,
      int stale,
      double ohlc,
      double split,
      int longGap,
      int listed,
      String arg) {
    assertThatThrownBy(
            () -> new CheckThresholds(index, etf, stock, stale, ohlc, split, longGap, listed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(arg + ":");
  }

  @Test
  void new_boundaryValues_accepted() {
    CheckThresholds t = new CheckThresholds(1e-9, 1e-9, 1e-9, 2, 0.0, 0.2, 1, 1);
    assertThat(t.staleRun()).isEqualTo(2);
    assertThat(new CheckThresholds(1, 1, 1, 2, 0, 0, 1, 1).splitTolerance()).isZero();
  }
}
