package dev.rotor.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrequencyTest {

  @ParameterizedTest
  @CsvSource({"1,DAILY", "3,DAILY", "7,WEEKLY", "31,MONTHLY", "91,QUARTERLY", "365,ANNUAL"})
  void infer_regularSpacing_givesFrequency(int step, Frequency expected) {
    LocalDate[] d = new LocalDate[20];
    for (int i = 0; i < d.length; i++) {
      d[i] = LocalDate.of(2000, 1, 3).plusDays((long) i * step);
    }
    assertThat(Frequency.infer(d)).isEqualTo(expected);
  }

  @Test
  void parse_labels_andUnknownNamesTheChoices() {
    assertThat(Frequency.parse("Monthly")).isEqualTo(Frequency.MONTHLY);
    assertThat(Frequency.DAILY.periodsPerYear()).isEqualTo(252);
    assertThatThrownBy(() -> Frequency.parse("hourly")).hasMessageContaining("daily, weekly");
    assertThat(SeriesKind.parse("ETF")).isEqualTo(SeriesKind.ETF);
    assertThatThrownBy(() -> SeriesKind.parse("bond")).hasMessageContaining("kind: unknown");
  }
}
