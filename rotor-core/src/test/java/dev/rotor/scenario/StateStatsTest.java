package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StateStatsTest {

  private static final double TOL = 1e-12;

  @Test
  void of_handWorked_meanSdTAndAnnualised() {
    // r = 1 %, 3 %, -1 %: mean 1 %, sd sqrt((0 + 0.02^2 + 0.02^2) / 2) = 0.02,
    // t = 0.01 / (0.02 / sqrt 3) = 0.8660254037844386; 12 x mean = 0.12;
    // geometric (1.01 x 1.03 x 0.99)^(12/3) - 1 = 0.12505867400202697 (numpy).
    StateStats s = StateStats.of(new double[] {0.01, 0.03, -0.01});
    assertThat(s.months()).isEqualTo(3);
    assertThat(s.meanMonthly()).isCloseTo(0.01, within(TOL));
    assertThat(s.sd()).isCloseTo(0.02, within(TOL));
    assertThat(s.tStat()).isCloseTo(0.8660254037844386, within(TOL));
    assertThat(s.annualised()).isCloseTo(0.12, within(TOL));
    assertThat(s.annualisedGeometric()).isCloseTo(0.12505867400202697, within(TOL));
  }

  @Test
  void of_tooFew_givesNaN() {
    StateStats one = StateStats.of(new double[] {0.02});
    assertThat(one.meanMonthly()).isEqualTo(0.02);
    assertThat(one.sd()).isNaN();
    assertThat(one.tStat()).isNaN();
    StateStats none = StateStats.of(new double[0]);
    assertThat(none.months()).isZero();
    assertThat(none.meanMonthly()).isNaN();
    assertThat(none.annualisedGeometric()).isNaN();
  }

  @Test
  void new_negativeMonths_throws() {
    assertThatThrownBy(() -> new StateStats(-1, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("months:");
  }
}
