package dev.rotor.flows;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.DateSeries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowSeriesTest {

  @ParameterizedTest
  @ValueSource(ints = {-5, 0, 1})
  void new_windowBelowTwo_throws(int w) {
    DateSeries e = DateSeries.empty();
    assertThatThrownBy(() -> new FlowSeries(w, e, e, e, e, e, e))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void new_nullSeries_throws(int which) {
    DateSeries e = DateSeries.empty();
    DateSeries[] s = {e, e, e, e, e, e};
    s[which] = null;
    assertThatThrownBy(() -> new FlowSeries(5, s[0], s[1], s[2], s[3], s[4], s[5]))
        .isInstanceOf(NullPointerException.class);
  }
}
