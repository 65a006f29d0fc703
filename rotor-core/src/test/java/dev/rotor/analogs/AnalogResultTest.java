package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.returns.ReturnKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalogResultTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 30);
  private static final AnalogSpec SPEC =
      new AnalogSpec(ReturnKind.SIMPLE, List.of(1, 3), 3, 10, 1, 0.9);
  private static final List<ForwardSummary> SUMMARIES =
      List.of(new ForwardSummary(1, 1, 0, 0, 0, 0, 0), new ForwardSummary(3, 1, 0, 0, 0, 0, 0));

  private static Analog analog(LocalDate d) {
    return new Analog(d, Double.NaN, new double[] {0}, new double[] {0, 0});
  }

  @Test
  void summaryAndDates_lookUp() {
    AnalogResult r =
        new AnalogResult(
            AnalogMethod.THRESHOLD,
            AS_OF,
            List.of(new StateFeature("recent_3m", 0.04)),
            List.of(analog(LocalDate.of(2020, 6, 15))),
            SUMMARIES,
            SPEC);
    assertThat(r.dates()).containsExactly(LocalDate.of(2020, 6, 15));
    assertThat(r.summary(3).horizonMonths()).isEqualTo(3);
    assertThatThrownBy(() -> r.summary(6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("months:");
  }

  @Test
  void new_analogOnOrAfterAsOf_throws() {
    assertThatThrownBy(
            () ->
                new AnalogResult(
                    AnalogMethod.THRESHOLD,
                    AS_OF,
                    List.of(),
                    List.of(analog(AS_OF)),
                    SUMMARIES,
                    SPEC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("analogs:");
  }

  @Test
  void new_summaryPerHorizonMissing_throws() {
    assertThatThrownBy(
            () ->
                new AnalogResult(
                    AnalogMethod.THRESHOLD,
                    AS_OF,
                    List.of(),
                    List.of(),
                    SUMMARIES.subList(0, 1),
                    SPEC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("summaries:");
  }
}
