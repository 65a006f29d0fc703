package dev.rotor.liquidity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LiquiditySpecTest {

  private static final LocalDate A = LocalDate.of(2024, 1, 1);
  private static final LocalDate B = LocalDate.of(2024, 12, 31);

  @Test
  void of_usesTheDefaults() {
    LiquiditySpec s = LiquiditySpec.of(A, B, Position.dollars(1e6));
    assertThat(s.participation()).isEqualTo(0.10);
    assertThat(s.impactCoefficient()).isEqualTo(1.0);
    assertThat(s.spreadVariant()).isEqualTo(SpreadVariant.OVERNIGHT_ADJUSTED);
  }

  @Test
  void withers_changeOneField() {
    LiquiditySpec s = LiquiditySpec.of(null, null, Position.dollars(1e6));
    assertThat(s.withParticipation(0.2).participation()).isEqualTo(0.2);
    assertThat(s.withImpactCoefficient(0.7).impactCoefficient()).isEqualTo(0.7);
    assertThat(s.withSpreadVariant(SpreadVariant.UNADJUSTED).spreadVariant())
        .isEqualTo(SpreadVariant.UNADJUSTED);
    assertThat(s.withPosition(Position.shares(3)).position()).isEqualTo(Position.shares(3));
    assertThat(s.withWindow(A, B).from()).isEqualTo(A);
    assertThat(s.withWindow(A, B).withParticipation(0.2).to()).isEqualTo(B);
  }

  static Stream<Arguments> bad() {
    Position p = Position.dollars(1);
    SpreadVariant v = SpreadVariant.OVERNIGHT_ADJUSTED;
    return Stream.of(
        Arguments.of(B, A, p, 0.1, 1.0, v, "from:"),
        Arguments.of(A, B, p, 0.0, 1.0, v, "participation:"),
        Arguments.of(A, B, p, 1.5, 1.0, v, "participation:"),
        Arguments.of(A, B, p, Double.NaN, 1.0, v, "participation:"),
        Arguments.of(A, B, p, 0.1, 0.0, v, "impactCoefficient:"),
        Arguments.of(A, B, p, 0.1, Double.POSITIVE_INFINITY, v, "impactCoefficient:"),
        Arguments.of(A, B, p, 0.1, Double.NaN, v, "impactCoefficient:"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void constructor_badArgument_rejectedNamingIt(
      LocalDate from,
      LocalDate to,
      Position p,
      double participation,
      double y,
      SpreadVariant v,
      String prefix) {
    assertThatThrownBy(() -> new LiquiditySpec(from, to, p, participation, y, v))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(prefix);
  }

  @Test
  void constructor_fullParticipation_allowed() {
    assertThat(LiquiditySpec.of(A, A, Position.dollars(1)).withParticipation(1.0).participation())
        .isEqualTo(1.0);
  }
}
