package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimTest {

  private static final Sentence S = new Sentence(0, 0, "x", "", false);

  @ParameterizedTest
  @ValueSource(ints = {0, 2, -2})
  void new_badDirection_throws(int dir) {
    assertThatThrownBy(
            () ->
                new Claim(
                    S,
                    ClaimType.ABSOLUTE,
                    "A",
                    Optional.empty(),
                    dir,
                    Strength.PLAIN,
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    "c",
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("direction");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void new_reasonNotMatchingType_throws(boolean untestableType) {
    ClaimType t = untestableType ? ClaimType.UNTESTABLE : ClaimType.ABSOLUTE;
    Optional<String> why = untestableType ? Optional.empty() : Optional.of("r");
    assertThatThrownBy(
            () ->
                new Claim(
                    S,
                    t,
                    "A",
                    Optional.empty(),
                    1,
                    Strength.PLAIN,
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    "c",
                    why))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("untestable");
  }
}
