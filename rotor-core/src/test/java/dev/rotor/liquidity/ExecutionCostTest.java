package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ExecutionCostTest {

  private static final double TOL = 1e-12;

  @Test
  void daysToLiquidate_handWorked() {
    // $100M at 10 % of a $50M ADV: 100 / (0.1 * 50) = 20 days
    assertThat(ExecutionCost.daysToLiquidate(100e6, 0.10, 50e6)).isCloseTo(20.0, within(TOL));
  }

  @Test
  void daysToLiquidate_zeroAdv_NaN() {
    assertThat(ExecutionCost.daysToLiquidate(1, 0.1, 0)).isNaN();
    assertThat(ExecutionCost.daysToLiquidate(1, 0.1, Double.NaN)).isNaN();
  }

  @Test
  void squareRootImpact_handWorked() {
    // Y = 1, sigma = 2 %, Q / ADV = 0.25: 1 * 0.02 * 0.5 = 1 % of the price
    assertThat(ExecutionCost.squareRootImpact(1.0, 0.02, 25, 100)).isCloseTo(0.01, within(TOL));
    assertThat(ExecutionCost.squareRootImpact(0.5, 0.02, 25, 100)).isCloseTo(0.005, within(TOL));
    assertThat(ExecutionCost.squareRootImpact(1.0, 0.02, 25, 0)).isNaN();
  }

  @Test
  void rollSpread_handWorked_NaNWhenCovarianceNotNegative() {
    // cov = -0.0001 -> 2 sqrt(0.0001) = 0.02
    assertThat(ExecutionCost.rollSpread(-1e-4)).isCloseTo(0.02, within(TOL));
    assertThat(ExecutionCost.rollSpread(0.0)).isNaN();
    assertThat(ExecutionCost.rollSpread(1e-4)).isNaN();
    assertThat(ExecutionCost.rollSpread(Double.NaN)).isNaN();
  }

  @Test
  void daysAndImpact_randomInputs_linearAndSquareRootInPosition() {
    Random rnd = new Random(3);
    for (int t = 0; t < 1000; t++) {
      double q = 1e3 + 1e9 * rnd.nextDouble();
      double adv = 1e5 + 1e10 * rnd.nextDouble();
      double p = 0.01 + 0.99 * rnd.nextDouble();
      double sigma = 0.05 * rnd.nextDouble();
      double k = 1 + 9 * rnd.nextDouble();
      double d = ExecutionCost.daysToLiquidate(q, p, adv);
      double i = ExecutionCost.squareRootImpact(1.0, sigma, q, adv);
      assertThat(ExecutionCost.daysToLiquidate(k * q, p, adv))
          .isCloseTo(k * d, within(1e-12 * k * d));
      assertThat(ExecutionCost.squareRootImpact(1.0, sigma, k * q, adv))
          .isCloseTo(Math.sqrt(k) * i, within(1e-12 * Math.sqrt(k) * i + 1e-300));
      // same position in a k-times deeper market: k times fewer days, sqrt(k) times less impact
      assertThat(ExecutionCost.daysToLiquidate(q, p, k * adv)).isCloseTo(d / k, within(1e-12 * d));
    }
  }
}
