package dev.rotor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StressWindowTest {

  private static final LocalDate A = LocalDate.of(2020, 1, 1);

  @Test
  void standard_fourWindowsInDateOrder() {
    assertThat(StressWindow.standard())
        .extracting(StressWindow::name)
        .containsExactly("gfc-2008", "covid-2020", "rates-2022", "tariffs-2025");
  }

  /**
   * The definitions hold on the S&amp;P 500 record ({@code silverlight/SPX.csv}, Yahoo ^GSPC
   * close): each window ends on the lowest close since its start (GFC, COVID, tariffs), and COVID,
   * 2022 and the tariff shock start on a record close (highest close to date). Published closes:
   * 676.53 (2009-03-09), 3,386.15 / 2,237.40 (2020-02-19 / 2020-03-23), 4,796.56 (2022-01-03),
   * 6,144.15 / 4,982.77 (2025-02-19 / 2025-04-08).
   */
  @Test
  void standard_datesAreTheSp500PeaksAndTroughs() {
    DateSeries spx = RealSeries.column("silverlight/SPX.csv", "Close");
    for (StressWindow w :
        new StressWindow[] {
          StressWindow.GFC_2008, StressWindow.COVID_2020, StressWindow.TARIFFS_2025
        }) {
      DateSeries in = spx.between(w.start(), w.end());
      double min = java.util.Arrays.stream(in.values()).min().orElseThrow();
      assertThat(spx.get(w.end()).orElseThrow()).as(w.name()).isEqualTo(min);
    }
    for (StressWindow w :
        new StressWindow[] {
          StressWindow.COVID_2020, StressWindow.RATES_2022, StressWindow.TARIFFS_2025
        }) {
      DateSeries upTo = spx.between(null, w.start());
      double max = java.util.Arrays.stream(upTo.values()).max().orElseThrow();
      assertThat(spx.get(w.start()).orElseThrow()).as(w.name()).isEqualTo(max);
    }
    assertThat(spx.get(StressWindow.GFC_2008.end()).orElseThrow()).isEqualTo(676.530029);
    assertThat(spx.get(StressWindow.COVID_2020.start()).orElseThrow()).isEqualTo(3386.149902);
    assertThat(spx.get(StressWindow.TARIFFS_2025.end()).orElseThrow()).isEqualTo(4982.770020);
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(" ", A, A.plusDays(1), "name"),
        Arguments.of("x", A, A, "end"),
        Arguments.of("x", A, A.minusDays(1), "end"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void new_invalid_throwsNamingField(String name, LocalDate s, LocalDate e, String field) {
    assertThatThrownBy(() -> new StressWindow(name, s, e, "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + ":");
  }
}
