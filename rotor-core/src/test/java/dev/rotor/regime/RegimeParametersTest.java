package dev.rotor.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegimeParametersTest {

  private static final double TOL = 1e-15;
  private static final RegimeParameters P = new RegimeParameters(0.9, 0.8, -1, 1, 1, 4);

  @ParameterizedTest
  @CsvSource({
    "-0.1, 0.8, 0, 1, 1, 1, p00",
    "1.1, 0.8, 0, 1, 1, 1, p00",
    "NaN, 0.8, 0, 1, 1, 1, p00",
    "0.9, -0.1, 0, 1, 1, 1, p11",
    "0.9, 0.8, Infinity, 1, 1, 1, mean0",
    "0.9, 0.8, 0, NaN, 1, 1, mean0/mean1",
    "0.9, 0.8, 0, 1, 0, 1, variance0",
    "0.9, 0.8, 0, 1, -1, 1, variance0",
    "0.9, 0.8, 0, 1, 1, Infinity, variance1",
    "0.9, 0.8, 0, 1, 1, NaN, variance1"
  })
  void constructor_invalid_throwsNamingArgument(
      double p00, double p11, double m0, double m1, double v0, double v1, String name) {
    assertThatThrownBy(() -> new RegimeParameters(p00, p11, m0, m1, v0, v1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name);
  }

  @Test
  void undefined_allNaN_isNotDefined() {
    assertThat(RegimeParameters.UNDEFINED.isDefined()).isFalse();
    assertThat(P.isDefined()).isTrue();
    assertThat(RegimeParameters.UNDEFINED.toArray()).containsOnly(Double.NaN);
  }

  @Test
  void of_wrongLength_throws() {
    assertThatThrownBy(() -> RegimeParameters.of(new double[5]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("values");
  }

  @Test
  void of_toArray_roundTrips() {
    assertThat(RegimeParameters.of(P.toArray())).isEqualTo(P);
  }

  @Test
  void steadyState_twoStates_solvesPiP() {
    // pi0 = (1 - p11) / (2 - p00 - p11) = 0.2 / 0.3 = 2/3
    assertThat(P.steadyState(0)).isCloseTo(2.0 / 3, within(TOL));
    assertThat(P.steadyState(1)).isCloseTo(1.0 / 3, within(TOL));
    double next0 = P.steadyState(0) * P.transition(0, 0) + P.steadyState(1) * P.transition(1, 0);
    assertThat(next0).isCloseTo(P.steadyState(0), within(TOL));
  }

  @Test
  void steadyState_bothAbsorbing_isHalf() {
    RegimeParameters absorbing = new RegimeParameters(1, 1, 0, 1, 1, 1);
    assertThat(absorbing.steadyState(0)).isEqualTo(0.5);
    assertThat(absorbing.steadyState(1)).isEqualTo(0.5);
  }

  @Test
  void expectedDuration_isOneOverLeavingProbability() {
    assertThat(P.expectedDuration(0)).isCloseTo(10, within(1e-12));
    assertThat(P.expectedDuration(1)).isCloseTo(5, within(1e-12));
    assertThat(new RegimeParameters(1, 0.5, 0, 1, 1, 1).expectedDuration(0)).isInfinite();
  }

  @Test
  void transitionMatrix_rowsSumToOne() {
    double[][] m = P.transitionMatrix();
    assertThat(m[0]).containsExactly(0.9, 1 - 0.9);
    assertThat(m[1]).containsExactly(1 - 0.8, 0.8);
    assertThat(P.transition(0, 1)).isEqualTo(m[0][1]);
    assertThat(P.transition(1, 0)).isEqualTo(m[1][0]);
  }

  @Test
  void labelled_higherMeanFirst_swaps() {
    RegimeParameters reversed = P.swapped();
    assertThat(reversed).isEqualTo(new RegimeParameters(0.8, 0.9, 1, -1, 4, 1));
    assertThat(reversed.labelled()).isEqualTo(P);
    assertThat(P.labelled()).isSameAs(P);
  }

  @Test
  void labelled_equalMeans_lowerVarianceFirst() {
    RegimeParameters p = new RegimeParameters(0.9, 0.8, 0, 0, 4, 1);
    assertThat(p.labelled()).isEqualTo(new RegimeParameters(0.8, 0.9, 0, 0, 1, 4));
  }

  @ParameterizedTest
  @CsvSource({"-1", "2"})
  void mean_badState_throws(int state) {
    assertThatThrownBy(() -> P.mean(state))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state");
  }
}
