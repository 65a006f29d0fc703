package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeadershipRegimeTest {

  @Test
  void of_keepsFields() {
    LeadershipRegime r = LeadershipRegime.of(LocalDate.of(2020, 4, 1), Leadership.SMALL_LEADS);

    assertThat(r.start()).isEqualTo(LocalDate.of(2020, 4, 1));
    assertThat(r.leader()).isEqualTo(Leadership.SMALL_LEADS);
  }

  @Test
  void constructor_nulls_throwNamingField() {
    assertThatThrownBy(() -> LeadershipRegime.of(null, Leadership.SMALL_LEADS))
        .hasMessageContaining("start");
    assertThatThrownBy(() -> LeadershipRegime.of(LocalDate.of(2020, 4, 1), null))
        .hasMessageContaining("leader");
  }
}
