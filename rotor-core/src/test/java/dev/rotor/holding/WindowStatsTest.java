package dev.rotor.holding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WindowStatsTest {

  private static final double TOL = 1e-15;

  @Test
  void distribution_logsOfOneYear_areReturnsAndLossCountsNegatives() {
    // years = 1: annualised = exp(g) - 1; g = ln 0.9, ln 1.2, ln 1.05 -> -0.1, 0.2, 0.05
    AnnualisedDistribution d =
        WindowStats.distribution(new double[] {Math.log(0.9), Math.log(1.2), Math.log(1.05)}, 1);
    assertThat(d.lossProbability()).isCloseTo(1.0 / 3, within(TOL));
    assertThat(d.worst()).isCloseTo(-0.1, within(TOL));
    assertThat(d.median()).isCloseTo(0.05, within(TOL));
    assertThat(d.best()).isCloseTo(0.2, within(TOL));
    assertThat(d.mean()).isCloseTo(0.05, within(TOL));
    assertThat(WindowStats.distribution(new double[0], 1))
        .isEqualTo(AnnualisedDistribution.empty());
  }

  @Test
  void contest_countsWinsAndTies() {
    double[] c = WindowStats.contest(new double[] {1, 2, 3, 4}, new double[] {0, 2, 5, 1});
    assertThat(c).containsExactly(0.5, 0.25, 0.25);
    assertThat(WindowStats.contest(new double[0], new double[0])).containsOnly(Double.NaN);
  }
}
