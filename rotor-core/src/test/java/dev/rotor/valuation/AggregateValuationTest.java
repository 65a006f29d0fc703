package dev.rotor.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AggregateValuationTest {

  private static final double TOL = 1e-12;

  private static AggregateValuation of(int rows, int withData, int negative, double eyEx) {
    return new AggregateValuation(
        "s", "all", null, rows, withData, 100, 80, 4, 0.05, 20, negative, 0.1, eyEx, 18);
  }

  @Test
  void peExNegative_positiveYield_isInverse() {
    assertThat(of(4, 2, 0, 0.04).peExNegative()).isCloseTo(25, within(TOL));
    assertThat(of(4, 2, 0, 0.0).peExNegative()).isNaN();
  }

  @Test
  void coverage_rowsAndCap_areShares() {
    AggregateValuation v = of(4, 2, 1, 0.05);
    assertThat(v.rowCoverage()).isCloseTo(0.5, within(TOL));
    assertThat(v.capCoverage()).isCloseTo(0.8, within(TOL));
  }

  @ParameterizedTest
  @CsvSource({"-1, 0, 0", "2, 3, 0", "4, -1, 0", "4, 2, 3", "4, 2, -1"})
  void new_inconsistentCounts_throws(int rows, int withData, int negative) {
    assertThatThrownBy(() -> of(rows, withData, negative, 0.05))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
