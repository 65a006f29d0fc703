package dev.rotor.holding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.Frequency;
import org.junit.jupiter.api.Test;

class HoldingPeriodTest {

  private static final WindowSpan NONE = new WindowSpan(1, Frequency.MONTHLY, 12, 0, 0, null, null);

  @Test
  void new_valid_keepsFields() {
    HoldingPeriod h = new HoldingPeriod(NONE, AnnualisedDistribution.empty());
    assertThat(h.span()).isSameAs(NONE);
  }

  @Test
  void new_nullField_throws() {
    assertThatThrownBy(() -> new HoldingPeriod(null, AnnualisedDistribution.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("span");
    assertThatThrownBy(() -> new HoldingPeriod(NONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("returns");
  }
}
