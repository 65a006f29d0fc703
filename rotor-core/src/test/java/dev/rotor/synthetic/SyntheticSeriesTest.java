package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import dev.rotor.series.SeriesInfo;
import dev.rotor.series.SeriesKind;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticSeriesTest {

  private static final SeriesInfo INFO =
      new SeriesInfo(
          SeriesId.of("synthetic/x"), "SYNTHETIC x", SeriesKind.INDEX, Frequency.DAILY, "", true);
  private static final LocalDate[] DATES = {LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3)};

  @Test
  void ofBars_closesOrValuesGivesCloses() {
    BarSeries bars = BarSeries.of(DATES, Map.of(BarField.CLOSE, new double[] {1, 2}));

    SyntheticSeries s = SyntheticSeries.ofBars(INFO, bars);

    assertThat(s.hasBars()).isTrue();
    assertThat(s.closesOrValues()).isEqualTo(bars.closes());
  }

  @Test
  void ofValues_closesOrValuesGivesValues() {
    DateSeries v = DateSeries.of(DATES, new double[] {3, 4});

    SyntheticSeries s = SyntheticSeries.ofValues(INFO, v);

    assertThat(s.hasBars()).isFalse();
    assertThat(s.closesOrValues()).isEqualTo(v);
  }

  @Test
  void constructor_bothOrNeither_throws() {
    BarSeries bars = BarSeries.of(DATES, Map.of(BarField.CLOSE, new double[] {1, 2}));
    DateSeries v = DateSeries.of(DATES, new double[] {3, 4});

    assertThatThrownBy(() -> new SyntheticSeries(INFO, bars, v))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bars/values");
    assertThatThrownBy(() -> new SyntheticSeries(INFO, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
