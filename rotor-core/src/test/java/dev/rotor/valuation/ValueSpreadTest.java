package dev.rotor.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueSpreadTest {

  private static final double TOL = 1e-12;
  private static final LocalDate Y1 = LocalDate.of(2021, 12, 31);
  private static final LocalDate Y2 = LocalDate.of(2022, 12, 31);
  private static final LocalDate Y3 = LocalDate.of(2023, 12, 31);
  private static final LocalDate Y4 = LocalDate.of(2024, 12, 31);

  @Test
  void of_handWorked_logRatioAndPercentile() {
    DateSeries value =
        DateSeries.builder().put(Y1, 2.0).put(Y2, 1.5).put(Y3, 3.0).put(Y4, 2.0).build();
    DateSeries growth = DateSeries.builder().put(Y1, 0.5).put(Y2, 0.5).put(Y4, 0.4).build();
    ValueSpread s = ValueSpread.of(value, growth);
    // common Y1, Y2, Y4: ln(4) = 1.3862943611198906, ln(3) = 1.0986122886681098, ln(5) =
    // 1.6094379124341003
    assertThat(s.spread().size()).isEqualTo(3);
    assertThat(s.spread().valueAt(0)).isCloseTo(1.3862943611198906, within(TOL));
    assertThat(s.spread().valueAt(1)).isCloseTo(1.0986122886681098, within(TOL));
    assertThat(s.current()).isCloseTo(1.6094379124341003, within(TOL));
    assertThat(s.asOf()).isEqualTo(Y4);
    assertThat(s.percentile()).isCloseTo(1.0, within(TOL));
  }

  @Test
  void of_currentIsMinimum_percentileIsOneOverN() {
    DateSeries value = DateSeries.builder().put(Y1, 3.0).put(Y2, 2.0).put(Y3, 1.0).build();
    DateSeries growth = DateSeries.builder().put(Y1, 1.0).put(Y2, 1.0).put(Y3, 1.0).build();
    ValueSpread s = ValueSpread.of(value, growth);
    assertThat(s.percentile()).isCloseTo(1.0 / 3, within(TOL));
    assertThat(s.current()).isCloseTo(0.0, within(TOL));
  }

  @Test
  void of_randomScaling_spreadInvariantToCommonFactor() {
    Random rnd = new Random(11L);
    DateSeries.Builder v = DateSeries.builder();
    DateSeries.Builder g = DateSeries.builder();
    DateSeries.Builder v2 = DateSeries.builder();
    DateSeries.Builder g2 = DateSeries.builder();
    LocalDate d = Y1;
    for (int i = 0; i < 60; i++, d = d.plusMonths(1)) {
      double a = 0.5 + rnd.nextDouble();
      double b = 0.1 + rnd.nextDouble();
      double k = 0.2 + 3 * rnd.nextDouble();
      v.put(d, a);
      g.put(d, b);
      v2.put(d, a * k);
      g2.put(d, b * k);
    }
    ValueSpread s1 = ValueSpread.of(v.build(), g.build());
    ValueSpread s2 = ValueSpread.of(v2.build(), g2.build());
    for (int i = 0; i < 60; i++) {
      assertThat(s2.spread().valueAt(i)).isCloseTo(s1.spread().valueAt(i), within(1e-12));
    }
    assertThat(s2.percentile()).isEqualTo(s1.percentile());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -1.0})
  void of_nonPositiveBeMe_throwsNamingArgument(double bad) {
    DateSeries ok = DateSeries.builder().put(Y1, 1.0).build();
    DateSeries wrong = DateSeries.builder().put(Y1, bad).build();
    assertThatThrownBy(() -> ValueSpread.of(wrong, ok)).hasMessageContaining("valueBeMe");
    assertThatThrownBy(() -> ValueSpread.of(ok, wrong)).hasMessageContaining("growthBeMe");
  }

  @Test
  void of_noCommonDate_throws() {
    DateSeries a = DateSeries.builder().put(Y1, 1.0).build();
    DateSeries b = DateSeries.builder().put(Y2, 1.0).build();
    assertThatThrownBy(() -> ValueSpread.of(a, b)).isInstanceOf(IllegalArgumentException.class);
  }
}
