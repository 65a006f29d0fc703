package dev.rotor.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarSeriesTest {

  private static final LocalDate D1 = LocalDate.of(2024, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 3);
  private static final LocalDate D3 = LocalDate.of(2024, 1, 4);
  private static final LocalDate[] DATES = {D1, D2, D3};

  private static Map<BarField, double[]> cols(double[] close, double[] open) {
    Map<BarField, double[]> m = new EnumMap<>(BarField.class);
    m.put(BarField.CLOSE, close);
    if (open != null) {
      m.put(BarField.OPEN, open);
    }
    return m;
  }

  @Test
  void field_nanOnSomeBars_becomesAbsentDates() {
    BarSeries b =
        BarSeries.of(DATES, cols(new double[] {1, 2, 3}, new double[] {1, Double.NaN, 3}));

    assertThat(b.has(BarField.OPEN)).isTrue();
    assertThat(b.has(BarField.HIGH)).isFalse();
    assertThat(b.field(BarField.OPEN).dates()).containsExactly(D1, D3);
    assertThat(b.field(BarField.HIGH).isEmpty()).isTrue();
    assertThat(b.valueAt(BarField.HIGH, 0)).isNaN();
    assertThat(b.closes().values()).containsExactly(1, 2, 3);
  }

  @Test
  void of_badInputs_throwNamingTheField() {
    assertThatThrownBy(() -> BarSeries.of(DATES, Map.of(BarField.OPEN, new double[3])))
        .hasMessageContaining("close is required");
    assertThatThrownBy(() -> BarSeries.of(DATES, cols(new double[] {1, Double.NaN, 3}, null)))
        .hasMessageContaining("close: NaN on 2024-01-03");
    assertThatThrownBy(() -> BarSeries.of(DATES, cols(new double[] {1, 2}, null)))
        .hasMessageContaining("close: length 2");
    assertThatThrownBy(
            () -> BarSeries.of(DATES, cols(new double[] {1, 2, 3}, new double[] {1, 1.0 / 0, 3})))
        .hasMessageContaining("open: Infinity");
    assertThatThrownBy(
            () -> BarSeries.of(new LocalDate[] {D2, D1, D3}, cols(new double[] {1, 2, 3}, null)))
        .hasMessageContaining("not strictly ascending");
    BarSeries b = BarSeries.of(DATES, cols(new double[] {1, 2, 3}, null));
    assertThatThrownBy(() -> b.column(BarField.VOLUME)).hasMessageContaining("volume is absent");
  }

  @Test
  void between_keepsColumnsAndCopies() {
    double[] close = {1, 2, 3};
    BarSeries b = BarSeries.of(DATES, cols(close, new double[] {4, 5, 6}));
    close[0] = 99;

    BarSeries sub = b.between(D2, null);

    assertThat(sub.dates()).containsExactly(D2, D3);
    assertThat(sub.column(BarField.OPEN)).containsExactly(5, 6);
    assertThat(b.column(BarField.CLOSE)[0]).isEqualTo(1);
    assertThat(b)
        .isEqualTo(BarSeries.of(DATES, cols(new double[] {1, 2, 3}, new double[] {4, 5, 6})));
  }
}
