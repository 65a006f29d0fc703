package dev.rotor.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContributionResultTest {

  private static final double TOL = 1e-12;

  // Start weights 0.5, 0.3, 0.2 with returns 0.2, -0.1, 0.5: contributions 0.10, -0.03, 0.10;
  // index 0.17.
  private static ContributionResult sample(double index) {
    return new ContributionResult(
        LocalDate.of(2026, 6, 19),
        LocalDate.of(2022, 12, 31),
        LocalDate.of(2023, 12, 31),
        List.of(
            new NameContribution("X", 0.4, 0.5, 0.2, 0.10),
            new NameContribution("Y", 0.35, 0.3, -0.1, -0.03),
            new NameContribution("Z", 0.25, 0.2, 0.5, 0.10)),
        index,
        1.0,
        List.of(),
        Contributions.APPROXIMATION);
  }

  @Test
  void topN_two_sumsLargestStartWeights() {
    BasketContribution b = sample(0.17).topN(2);
    assertThat(b.label()).isEqualTo("top 2");
    assertThat(b.names()).containsExactly("X", "Y");
    assertThat(b.startWeight()).isCloseTo(0.8, within(TOL));
    assertThat(b.contribution()).isCloseTo(0.07, within(TOL));
    assertThat(b.shareOfTotal()).isCloseTo(0.07 / 0.17, within(TOL));
  }

  @Test
  void topN_moreThanRows_takesAll() {
    assertThat(sample(0.17).topN(10).names()).containsExactly("X", "Y", "Z");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -3})
  void topN_nonPositive_throwsNamingN(int n) {
    assertThatThrownBy(() -> sample(0.17).topN(n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n:");
  }

  @Test
  void basket_someMissing_listsMissingSorted() {
    BasketContribution b = sample(0.17).basket("b", Set.of("Z", "X", "Q", "A"));
    assertThat(b.names()).containsExactly("X", "Z");
    assertThat(b.missing()).containsExactly("A", "Q");
    assertThat(b.contribution()).isCloseTo(0.20, within(TOL));
    assertThat(b.shareOfTotal()).isCloseTo(0.20 / 0.17, within(TOL));
  }

  @Test
  void basket_zeroIndexReturn_shareIsNaN() {
    assertThat(sample(0.0).basket("b", Set.of("X")).shareOfTotal()).isNaN();
  }
}
