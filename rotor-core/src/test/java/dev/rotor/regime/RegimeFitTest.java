package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegimeFitTest {

  private static final RegimeParameters P = new RegimeParameters(0.9, 0.8, -1, 1, 1, 4);
  private static final RegimeProbabilities PROBS =
      new RegimeProbabilities(new double[] {0.2, 0.9}, new double[] {0.8, 0.1});

  @Test
  void constructor_wrongStandardErrorCount_throws() {
    assertThatThrownBy(() -> new RegimeFit(P, new double[5], 0, 1, true, PROBS, PROBS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("standardErrors");
  }

  @Test
  void constructor_probabilityLengthsDiffer_throws() {
    RegimeProbabilities one = new RegimeProbabilities(new double[] {1}, new double[] {0});
    assertThatThrownBy(() -> new RegimeFit(P, new double[6], 0, 1, true, PROBS, one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("smoothed");
  }

  @Test
  void constructor_negativeIterations_throws() {
    assertThatThrownBy(() -> new RegimeFit(P, new double[6], 0, -1, true, PROBS, PROBS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("iterations");
  }

  @Test
  void accessors_copyAndDelegate() {
    double[] se = {1, 2, 3, 4, 5, 6};
    RegimeFit fit = new RegimeFit(P, se, -3, 7, true, PROBS, PROBS);
    se[0] = 99;
    fit.standardErrors()[1] = 99;
    assertThat(fit.standardError(RegimeParameter.P00)).isEqualTo(1);
    assertThat(fit.standardError(RegimeParameter.P11)).isEqualTo(2);
    assertThat(fit.standardError(RegimeParameter.VARIANCE1)).isEqualTo(6);
    assertThat(fit.expectedDuration(0)).isEqualTo(P.expectedDuration(0));
    assertThat(fit.transitionMatrix()[1]).containsExactly(P.transitionMatrix()[1]);
    assertThat(fit.size()).isEqualTo(2);
    assertThat(fit)
        .isEqualTo(new RegimeFit(P, new double[] {1, 2, 3, 4, 5, 6}, -3, 7, true, PROBS, PROBS));
    assertThat(fit.toString()).contains("logLikelihood=-3.0", "periods=2");
  }

  @Test
  void undefined_isAllNaN() {
    RegimeFit u = RegimeFit.undefined(4);
    assertThat(u.parameters().isDefined()).isFalse();
    assertThat(u.logLikelihood()).isNaN();
    assertThat(u.standardErrors()).containsOnly(Double.NaN);
    assertThat(u.smoothed().state0()).hasSize(4).containsOnly(Double.NaN);
    assertThat(u.converged()).isFalse();
  }
}
