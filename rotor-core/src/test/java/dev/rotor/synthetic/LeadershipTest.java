package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadershipTest {

  @Test
  void sign_smallLeadsPositiveLargeLeadsNegative() {
    assertThat(Leadership.SMALL_LEADS.sign()).isEqualTo(1);
    assertThat(Leadership.LARGE_LEADS.sign()).isEqualTo(-1);
  }
}
