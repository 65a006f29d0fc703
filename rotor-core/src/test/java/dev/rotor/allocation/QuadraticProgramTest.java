package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuadraticProgramTest {

  private static final double TOL = 1e-13;

  private static final double[][] ONES3 = {{1, 1, 1}};

  @Test
  void solve_diagonalWithBudget_isProportionalToInversePivots() {
    // min (x1^2 + 2 x2^2 + 3 x3^2) / 2, sum x = 1: x_i = (1/p_i) / sum(1/p) = (6, 3, 2) / 11.
    double[][] p = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}};
    double[] x = QuadraticProgram.solve(p, ONES3, new double[] {1}, null, 0);
    assertThat(x).containsExactly(new double[] {6.0 / 11, 3.0 / 11, 2.0 / 11}, within(TOL));
  }

  @Test
  void solve_bindingExtraInequality_meetsItExactly() {
    // Same objective with x3 >= 0.5 written as the extra row (0, 0, 1) >= 0.5: x3 = .5 and the
    // rest .5 * (2, 1) / 3.
    double[][] p = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}};
    double[] x = QuadraticProgram.solve(p, ONES3, new double[] {1}, new double[] {0, 0, 1}, 0.5);
    assertThat(x).containsExactly(new double[] {1.0 / 3, 1.0 / 6, 0.5}, within(TOL));
  }

  @Test
  void solve_boundActive_keepsTheEntryAtZero() {
    // Strong positive correlation with a low-variance asset drives the high-variance one to 0.
    double[][] p = {{0.01, 0.027}, {0.027, 0.09}};
    double[] x = QuadraticProgram.solve(p, new double[][] {{1, 1}}, new double[] {1}, null, 0);
    assertThat(x).containsExactly(1.0, 0.0);
  }

  @Test
  void polish_seededRandomMinimumVariance_succeedsAndKeepsTheAdmmSupport() {
    Random rnd = new Random(31);
    int polished = 0;
    for (int trial = 0; trial < 50; trial++) {
      int n = 2 + rnd.nextInt(15);
      double[][] cov = LongOnlyTest.randomCovariance(rnd, n, 40 + rnd.nextInt(200));
      double[][] ones = new double[1][n];
      Arrays.fill(ones[0], 1.0);
      double[] x = QuadraticProgram.solve(cov, ones, new double[] {1}, null, 0);
      double[][] unit = scaled(cov);
      // Re-polishing the solution is a fixed point when the first polish succeeded.
      double[] again = QuadraticProgram.polish(unit, ones, new double[] {1}, null, 0, x);
      if (again != null) {
        polished++;
        assertThat(again).containsExactly(x, within(1e-12));
      }
    }
    assertThat(polished).isEqualTo(50);
  }

  @Test
  void polish_wrongSupport_isRejected() {
    // Dropping the asset that the optimum holds violates a KKT sign: no polished answer.
    double[][] p = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}};
    assertThat(
            QuadraticProgram.polish(
                p, ONES3, new double[] {1}, null, 0, new double[] {0.0, 0.5, 0.5}))
        .isNull();
  }

  private static double[][] scaled(double[][] cov) {
    double m = 0;
    for (int i = 0; i < cov.length; i++) {
      m += cov[i][i];
    }
    m /= cov.length;
    double[][] out = new double[cov.length][cov.length];
    for (int i = 0; i < cov.length; i++) {
      for (int j = 0; j < cov.length; j++) {
        out[i][j] = cov[i][j] / m;
      }
    }
    return out;
  }
}
