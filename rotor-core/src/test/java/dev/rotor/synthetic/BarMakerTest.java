package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BarMakerTest {

  private static final double TOL = 1e-12;
  private static final BarShape SHAPE = BarShape.defaults();

  @Test
  void levels_knownReturns_compoundFromStart() {
    double[] level = BarMaker.levels(new double[] {0.0, Math.log(1.1), Math.log(0.5)}, 100.0);

    // 100, 100 * 1.1, 100 * 1.1 * 0.5 by hand.
    assertThat(level[0]).isEqualTo(100.0);
    assertThat(level[1]).isCloseTo(110.0, offset(TOL * 110));
    assertThat(level[2]).isCloseTo(55.0, offset(TOL * 55));
  }

  @Test
  void levels_firstReturnIgnored() {
    assertThat(BarMaker.levels(new double[] {5.0, 0.0}, 10.0)).containsExactly(10.0, 10.0);
  }

  @Test
  void volume_knownInputs_matchesFormula() {
    // 1e6 * exp(0.3 * 0.02 / 0.01 + 0.2 * 0.5) = 1e6 * exp(0.7) = 2,013,752.707... by hand.
    assertThat(BarMaker.volume(1e6, -0.02, 0.01, SHAPE, 0.5)).isEqualTo(2_013_753.0);
    assertThat(BarMaker.volume(1e6, 0.5, 0.0, SHAPE, 0.0)).isEqualTo(1e6);
    assertThat(BarMaker.volume(1e-3, 0.0, 0.01, SHAPE, 0.0)).isEqualTo(1.0);
  }

  @Test
  void ohlcv_seededRandomReturns_barsConsistent() {
    SplitMix draws = new SplitMix(99);
    int n = 2_000;
    LocalDate[] dates = new LocalDate[n];
    double[] r = new double[n];
    double[] sd = new double[n];
    for (int t = 0; t < n; t++) {
      dates[t] = LocalDate.of(2000, 1, 1).plusDays(t);
      sd[t] = 0.005 + 0.03 * draws.nextDouble();
      r[t] = t == 0 ? 0.0 : sd[t] * draws.nextGaussian();
    }

    BarSeries b = BarMaker.ohlcv(dates, r, 50.0, sd, 0.01, 1e6, SHAPE, new SplitMix(1));

    double[] expectedClose = BarMaker.levels(r, 50.0);
    assertThat(b.column(BarField.CLOSE)).containsExactly(expectedClose);
    assertThat(b.valueAt(BarField.OPEN, 0)).isEqualTo(50.0);
    for (int t = 0; t < n; t++) {
      double open = b.valueAt(BarField.OPEN, t);
      double close = b.valueAt(BarField.CLOSE, t);
      assertThat(b.valueAt(BarField.LOW, t)).isLessThanOrEqualTo(Math.min(open, close));
      assertThat(b.valueAt(BarField.HIGH, t)).isGreaterThanOrEqualTo(Math.max(open, close));
      assertThat(b.valueAt(BarField.VOLUME, t)).isGreaterThanOrEqualTo(1.0);
    }
  }

  @Test
  void closeVolume_hasOnlyCloseAndVolume() {
    LocalDate[] dates = {LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3)};

    BarSeries b =
        BarMaker.closeVolume(dates, new double[] {0, 0.01}, 10, 0.01, 100, SHAPE, new SplitMix(3));

    assertThat(b.has(BarField.CLOSE)).isTrue();
    assertThat(b.has(BarField.VOLUME)).isTrue();
    assertThat(b.has(BarField.OPEN)).isFalse();
    assertThat(b.valueAt(BarField.CLOSE, 1)).isCloseTo(10 * Math.exp(0.01), offset(TOL));
  }
}
