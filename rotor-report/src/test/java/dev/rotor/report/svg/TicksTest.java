package dev.rotor.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicksTest {
  private static final double TOL = 1e-12;

  @ParameterizedTest
  @CsvSource({"0.7,1", "1,1", "1.3,2", "3,5", "7,10", "0.013,0.02", "420,500"})
  void niceStep_raw_roundsUpTo125(double raw, double expected) {
    assertThat(Ticks.niceStep(raw)).isCloseTo(expected, org.assertj.core.data.Offset.offset(TOL));
  }

  @Test
  void linear_unitRange_fiveSteps() {
    assertThat(Ticks.linear(0, 1, 5).stream().map(Ticks.Tick::label))
        .containsExactly("0.0", "0.2", "0.4", "0.6", "0.8", "1.0");
  }

  @Test
  void linear_negativeRange_typographicMinusAndEnclosingTicks() {
    List<Ticks.Tick> t = Ticks.linear(-27.3, 0, 6);
    assertThat(t.get(0).value()).isLessThanOrEqualTo(-27.3);
    assertThat(t.get(t.size() - 1).value()).isGreaterThanOrEqualTo(0);
    assertThat(t.get(0).label()).isEqualTo("\u221230");
  }

  @Test
  void linear_constantValue_widened() {
    assertThat(Ticks.linear(5, 5, 5).size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void log_twoDecades_oneTwoFive() {
    assertThat(Ticks.log(1, 100).stream().map(Ticks.Tick::label))
        .containsExactly("1", "2", "5", "10", "20", "50", "100");
  }

  @Test
  void log_shortRange_fallsBackToLinearInside() {
    List<Ticks.Tick> t = Ticks.log(0.9, 1.6);
    assertThat(t.size()).isGreaterThanOrEqualTo(3);
    assertThat(t).allSatisfy(k -> assertThat(k.value()).isBetween(0.9, 1.6));
  }

  @ParameterizedTest
  @CsvSource({"12345.6,1,'12,345.6'", "-0.5,2,\u22120.50", "0.0000000000001,0,0"})
  void format_values_groupedWithMinus(double v, int decimals, String expected) {
    assertThat(Ticks.format(v, decimals)).isEqualTo(expected);
  }

  @Test
  void dates_eightYears_yearLabels() {
    List<Ticks.Tick> t = Ticks.dates(LocalDate.of(2017, 5, 3), LocalDate.of(2024, 12, 31), 668);
    assertThat(t.stream().map(Ticks.Tick::label))
        .containsExactly("2018", "2019", "2020", "2021", "2022", "2023", "2024");
  }

  @Test
  void dates_sixMonths_monthLabels() {
    List<Ticks.Tick> t = Ticks.dates(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 7, 15), 668);
    assertThat(t.get(0).label()).isEqualTo("Feb 2024");
    assertThat(t)
        .allSatisfy(
            k -> assertThat(LocalDate.ofEpochDay((long) k.value()).getDayOfMonth()).isEqualTo(1));
  }

  @Test
  void dates_threeWeeks_dayLabels() {
    List<Ticks.Tick> t = Ticks.dates(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 21), 668);
    assertThat(t.get(0).label()).isEqualTo("1 Mar");
  }

  /** Invariant on seeded random spans: labels never overlap (ticks x label width fit the axis). */
  @Test
  void dates_randomSpans_labelsFit() {
    Random rnd = new Random(7);
    for (int i = 0; i < 500; i++) {
      LocalDate from = LocalDate.of(1990, 1, 1).plusDays(rnd.nextInt(10_000));
      LocalDate to = from.plusDays(1 + rnd.nextInt(12_000));
      double width = 200 + rnd.nextInt(800);
      List<Ticks.Tick> t = Ticks.dates(from, to, width);
      double span = to.toEpochDay() - from.toEpochDay();
      for (int k = 1; k < t.size(); k++) {
        double gapPx = (t.get(k).value() - t.get(k - 1).value()) / span * width;
        double labelPx = Math.max(t.get(k).label().length(), t.get(k - 1).label().length()) * 6.6;
        assertThat(gapPx).as(from + ".." + to + " at " + width).isGreaterThan(labelPx);
      }
    }
  }
}
