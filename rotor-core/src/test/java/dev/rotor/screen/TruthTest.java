package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TruthTest {

  /** Kleene's strong three-valued tables, as SQL's AND / OR (ISO/IEC 9075 truth tables). */
  @ParameterizedTest(name = "{0} and/or {1}")
  @CsvSource({
    "TRUE, TRUE, TRUE, TRUE",
    "TRUE, FALSE, FALSE, TRUE",
    "TRUE, UNKNOWN, UNKNOWN, TRUE",
    "FALSE, TRUE, FALSE, TRUE",
    "FALSE, FALSE, FALSE, FALSE",
    "FALSE, UNKNOWN, FALSE, UNKNOWN",
    "UNKNOWN, TRUE, UNKNOWN, TRUE",
    "UNKNOWN, FALSE, FALSE, UNKNOWN",
    "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN"
  })
  void andOr_kleeneTable(Truth a, Truth b, Truth and, Truth or) {
    assertThat(a.and(b)).isEqualTo(and);
    assertThat(a.or(b)).isEqualTo(or);
  }

  @Test
  void not_swapsTrueAndFalse_keepsUnknown() {
    assertThat(Truth.TRUE.not()).isEqualTo(Truth.FALSE);
    assertThat(Truth.FALSE.not()).isEqualTo(Truth.TRUE);
    assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void of_boolean_mapsToTrueOrFalse() {
    assertThat(Truth.of(true)).isEqualTo(Truth.TRUE);
    assertThat(Truth.of(false)).isEqualTo(Truth.FALSE);
  }

  @Test
  void deMorgan_holdsForEveryPair() {
    for (Truth a : Truth.values()) {
      for (Truth b : Truth.values()) {
        assertThat(a.and(b).not()).isEqualTo(a.not().or(b.not()));
        assertThat(a.or(b).not()).isEqualTo(a.not().and(b.not()));
      }
    }
  }
}
