package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MagnitudesTest {

  private static final double TOL = 1e-12;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jumped about 10% on the day|ABOUT|10",
        "rose about 24% this year|ABOUT|24",
        "gained more than 40%|MORE_THAN|40",
        "fell nearly 20 percent|NEARLY|20",
        "slipped less than 2%|LESS_THAN|2",
        "climbed 7.5%|ABOUT|7.5",
        "lost a third of its value|ABOUT|33.333333333333336",
        "lost half its value|ABOUT|50",
        "shed a quarter|ABOUT|25",
        "has doubled|ABOUT|100",
        "rose at least 5 per cent|MORE_THAN|5"
      })
  void find_phrase_readsKindAndFigure(String text, Magnitude.Kind kind, double percent) {
    Magnitude m = Magnitudes.find(text, 0, text.length()).orElseThrow();
    assertThat(m.kind()).isEqualTo(kind);
    assertThat(m.percent()).isCloseTo(percent, within(TOL));
  }

  @Test
  void find_noFigure_empty() {
    assertThat(Magnitudes.find("rose sharply", 0, 12)).isEmpty();
  }

  @Test
  void find_outsideRegion_empty() {
    String s = "rose, then 10% later";
    assertThat(Magnitudes.find(s, 0, 5)).isEmpty();
  }

  @Test
  void find_null_throws() {
    assertThatThrownBy(() -> Magnitudes.find(null, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
