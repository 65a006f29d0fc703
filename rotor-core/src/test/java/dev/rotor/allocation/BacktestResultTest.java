package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BacktestResultTest {

  private static BacktestResult result(double[] end) {
    DateSeries r =
        DateSeries.of(
            new LocalDate[] {LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29)},
            new double[] {0.1, -0.1});
    return new BacktestResult(
        Rebalancing.MONTHLY, 10, r, DateSeries.empty(), end, 0.01, 0.2, 0, 0, 0);
  }

  @Test
  void finalValue_compoundsTheNetReturns() {
    assertThat(result(new double[] {1}).finalValue()).isEqualTo(1.1 * 0.9);
    assertThat(result(new double[] {1}).rebalances()).isZero();
  }

  @Test
  void endWeights_areCopiedAndTakePartInEquality() {
    double[] end = {0.4, 0.6};
    BacktestResult a = result(end);
    end[0] = 9;
    a.endWeights()[1] = 9;
    assertThat(a.endWeights()).containsExactly(0.4, 0.6);
    assertThat(a).isEqualTo(result(new double[] {0.4, 0.6}));
    assertThat(a.hashCode()).isEqualTo(result(new double[] {0.4, 0.6}).hashCode());
    assertThat(a).isNotEqualTo(result(new double[] {0.5, 0.5}));
    assertThat(a.toString()).contains("MONTHLY");
  }

  @Test
  void constructor_nulls_throwNamingThem() {
    assertThatThrownBy(
            () ->
                new BacktestResult(
                    null, 0, DateSeries.empty(), DateSeries.empty(), new double[0], 0, 0, 0, 0, 0))
        .hasMessageStartingWith("rebalancing:");
    assertThatThrownBy(
            () ->
                new BacktestResult(
                    Rebalancing.NONE, 0, null, DateSeries.empty(), new double[0], 0, 0, 0, 0, 0))
        .hasMessageStartingWith("returns:");
    assertThatThrownBy(
            () ->
                new BacktestResult(
                    Rebalancing.NONE,
                    0,
                    DateSeries.empty(),
                    DateSeries.empty(),
                    null,
                    0,
                    0,
                    0,
                    0,
                    0))
        .hasMessageStartingWith("endWeights:");
  }
}
