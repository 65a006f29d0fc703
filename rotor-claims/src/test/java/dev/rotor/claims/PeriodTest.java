package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final LocalDate D = LocalDate.of(2024, 1, 1);

  @Test
  void new_baseNotBeforeEnd_throws() {
    assertThatThrownBy(() -> new Period(D, D, "p", "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base");
  }

  @Test
  void capAt_earlierEnd_movesEnd() {
    Period p = new Period(D, D.plusDays(30), "p", "r").capAt(D.plusDays(10));
    assertThat(p.end()).isEqualTo(D.plusDays(10));
    assertThat(p.rule()).contains("article date");
  }

  @Test
  void capAt_beforeBase_unchanged() {
    Period p = new Period(D, D.plusDays(30), "p", "r");
    assertThat(p.capAt(D.minusDays(1))).isEqualTo(p);
  }
}
