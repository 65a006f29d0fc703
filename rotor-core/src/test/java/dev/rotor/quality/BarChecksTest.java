package dev.rotor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.series.BarField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChecksTest {

  private static final double NAN = Double.NaN;
  private static final double OHLC_TOL = 0.001;
  private static final int LISTED = 5;
  private static final LocalDate D0 = LocalDate.of(2024, 6, 3);

  private static LocalDate[] days(int n) {
    LocalDate[] d = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      d[i] = D0.plusDays(i);
    }
    return d;
  }

  private static LocalDate day(int i) {
    return D0.plusDays(i);
  }

  @Test
  void nonPositive_zeroAndNegativeClose_oneErrorSkippingNaN() {
    List<Finding> out = new ArrayList<>();
    BarChecks.nonPositive(days(5), BarField.CLOSE, new double[] {10, 0, -1, NAN, 5}, LISTED, out);
    assertThat(out)
        .containsExactly(
            new Finding(
                CheckKind.NON_POSITIVE_PRICE,
                Severity.ERROR,
                day(1),
                day(2),
                2,
                "close <= 0 on 2 observations: 2024-06-04 (0.0), 2024-06-05 (-1.0)"));
  }

  @Test
  void nonPositive_allPositive_noFinding() {
    List<Finding> out = new ArrayList<>();
    BarChecks.nonPositive(days(2), BarField.LOW, new double[] {1e-9, 3}, LISTED, out);
    assertThat(out).isEmpty();
  }

  @Test
  void missing_nanOpens_oneWarning() {
    List<Finding> out = new ArrayList<>();
    BarChecks.missing(days(4), BarField.OPEN, new double[] {1, NAN, 2, NAN}, LISTED, out);
    assertThat(out)
        .containsExactly(
            new Finding(
                CheckKind.MISSING_FIELD,
                Severity.WARNING,
                day(1),
                day(3),
                2,
                "open missing on 2 bars: 2024-06-04, 2024-06-06"));
  }

  @Test
  void ohlc_mixedBars_flagsOnlyThoseBeyondTolerance() {
    // bar: 0 clean; 1 high < low; 2 close 0.2 % over high; 3 close 0.05 % over high (within);
    // 4 open under low; 5 high missing (close unchecked against it); 6 close under low.
    double[] open = {10, 9.5, 9.5, 9.5, 8.9, 9.5, 9.5};
    double[] high = {11, 9, 10, 10, 10, NAN, 10};
    double[] low = {9, 10, 9, 9, 9, 9, 9};
    double[] close = {10.5, 9.5, 10.02, 10.005, 9.5, 100, 8.5};
    List<Finding> out = new ArrayList<>();
    BarChecks.ohlc(days(7), open, high, low, close, OHLC_TOL, LISTED, out);
    assertThat(out)
        .containsExactly(
            new Finding(
                CheckKind.OHLC_INCONSISTENT,
                Severity.ERROR,
                day(1),
                day(6),
                4,
                "open/high/low/close inconsistent beyond relative tolerance 0.001 on 4 bars: "
                    + "2024-06-04 (low 10.0 > high 9.0), 2024-06-05 (close 10.02 > high 10.0), "
                    + "2024-06-07 (low 9.0 > open 8.9), 2024-06-09 (low 9.0 > close 8.5)"));
  }

  @Test
  void ohlc_zeroTolerance_flagsTinyExcess() {
    List<Finding> out = new ArrayList<>();
    BarChecks.ohlc(days(1), null, new double[] {10}, null, new double[] {10.005}, 0, LISTED, out);
    assertThat(out).singleElement().extracting(Finding::count).isEqualTo(1);
  }

  @Test
  void ohlc_closeOnlyOrNonPositiveSides_noFinding() {
    List<Finding> out = new ArrayList<>();
    BarChecks.ohlc(days(2), null, null, null, new double[] {5, 6}, OHLC_TOL, LISTED, out);
    // A non-positive low is a NON_POSITIVE_PRICE error, not also an OHLC one.
    BarChecks.ohlc(
        days(1),
        null,
        new double[] {10},
        new double[] {-1},
        new double[] {12},
        OHLC_TOL,
        LISTED,
        out);
    assertThat(out)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("close 12.0 > high 10.0"));
  }

  @Test
  void volume_zeroMissingNegative_warningThenError() {
    List<Finding> out = new ArrayList<>();
    BarChecks.volume(days(5), new double[] {100, 0, NAN, -5, 200}, LISTED, out);
    assertThat(out)
        .containsExactly(
            new Finding(
                CheckKind.VOLUME,
                Severity.WARNING,
                day(1),
                day(2),
                2,
                "zero or missing volume on 2 bars: 2024-06-04 (0), 2024-06-05 (missing)"),
            new Finding(
                CheckKind.VOLUME,
                Severity.ERROR,
                day(3),
                day(3),
                1,
                "negative volume on 1 bar: 2024-06-06 (-5.0)"));
  }

  @Test
  void volume_allPositive_noFinding() {
    List<Finding> out = new ArrayList<>();
    BarChecks.volume(days(2), new double[] {1, 2}, LISTED, out);
    assertThat(out).isEmpty();
  }
}
