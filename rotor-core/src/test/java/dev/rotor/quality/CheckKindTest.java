package dev.rotor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CheckKindTest {

  @Test
  void label_multiWordKind_isHyphenatedLowerCase() {
    assertThat(CheckKind.NON_TRADING_DAY.label()).isEqualTo("non-trading-day");
    assertThat(CheckKind.GAP.label()).isEqualTo("gap");
  }

  @Test
  void label_allKinds_areDistinct() {
    assertThat(Arrays.stream(CheckKind.values()).map(CheckKind::label))
        .doesNotHaveDuplicates()
        .allMatch(s -> s.matches("[a-z-]+"));
  }
}
