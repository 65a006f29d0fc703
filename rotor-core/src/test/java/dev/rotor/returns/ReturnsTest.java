package dev.rotor.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReturnsTest {

  private static final double TOL = 1e-12;

  @Test
  void fromPrices_simpleAndLog_matchDefinitions() {
    double[] p = {100, 110, 99};
    assertThat(Returns.fromPrices(p, ReturnKind.SIMPLE))
        .containsExactly(new double[] {0.1, -0.1}, within(TOL));
    assertThat(Returns.fromPrices(p, ReturnKind.LOG))
        .containsExactly(new double[] {Math.log(1.1), Math.log(0.9)}, within(TOL));
    assertThat(Returns.fromPrices(new double[] {5}, ReturnKind.SIMPLE)).isEmpty();
  }

  @Test
  void fromPrices_nonPositivePrice_throwsNamingIndex() {
    assertThatThrownBy(() -> Returns.fromPrices(new double[] {1, 0, 2}, ReturnKind.SIMPLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 1");
  }

  @Test
  void fromBars_totalBasisWithoutAdjClose_isAnError() {
    BarSeries b =
        BarSeries.of(
            new LocalDate[] {LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3)},
            Map.of(BarField.CLOSE, new double[] {1, 2}));
    assertThat(Returns.fromBars(b, PriceBasis.PRICE, ReturnKind.SIMPLE).values())
        .containsExactly(1.0);
    assertThatThrownBy(() -> Returns.fromBars(b, PriceBasis.TOTAL, ReturnKind.SIMPLE))
        .hasMessageContaining("adj_close");
  }

  @Test
  void compound_simpleAndLogAgree_onRandomPrices() {
    Random rnd = new Random(11);
    double[] p = new double[500];
    p[0] = 100;
    for (int i = 1; i < p.length; i++) {
      p[i] = p[i - 1] * Math.exp(0.01 * rnd.nextGaussian());
    }
    double total = p[p.length - 1] / p[0] - 1;
    assertThat(Returns.compound(Returns.fromPrices(p, ReturnKind.SIMPLE), ReturnKind.SIMPLE))
        .isCloseTo(total, within(1e-10));
    assertThat(Returns.compound(Returns.fromPrices(p, ReturnKind.LOG), ReturnKind.LOG))
        .isCloseTo(total, within(1e-10));
    double[] cum = Returns.cumulative(Returns.fromPrices(p, ReturnKind.SIMPLE));
    assertThat(cum[cum.length - 1]).isCloseTo(1 + total, within(1e-10));
    assertThat(Returns.simpleToLog(Returns.logToSimple(0.3))).isCloseTo(0.3, within(TOL));
    assertThat(Returns.compound(new double[0], ReturnKind.SIMPLE)).isZero();
  }

  @Test
  void annualise_zeroPeriods_isNaN() {
    assertThat(Returns.annualise(0.1, 0, 252)).isNaN();
    assertThat(Returns.annualise(0.21, 2, 1)).isCloseTo(0.1, within(TOL));
  }

  /**
   * Oracle: pandas 1.5.3 on ../shared/data/market-base/indices/SPX.csv, computed here with
   * /usr/bin/python3: {@code y = close.loc['2019-12-31':'2020-12-31']; r = y.pct_change().dropna();
   * np.prod(1 + r) - 1} = 0.16258921994069464 over 253 returns; {@code np.log(y/y.shift()).sum()} =
   * 0.15064960387045362; over 2019-12-31..2024-12-31 total 0.8204984554813388 in 1258 returns,
   * annualised {@code (1+tot)**(252/1258)-1} = 0.1275110177412051.
   */
  @Test
  void compound_realSpx2020_matchesPandas() {
    DateSeries spx = RealSeries.column("market-base/indices/SPX.csv", "close");
    DateSeries y = spx.between(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 12, 31));
    double[] simple = Returns.fromPrices(y, ReturnKind.SIMPLE).values();
    assertThat(simple).hasSize(253);
    assertThat(Returns.compound(simple, ReturnKind.SIMPLE))
        .isCloseTo(0.16258921994069464, within(1e-12));
    double logSum = 0;
    for (double r : Returns.fromPrices(y, ReturnKind.LOG).values()) {
      logSum += r;
    }
    assertThat(logSum).isCloseTo(0.15064960387045362, within(1e-12));
    DateSeries z = spx.between(LocalDate.of(2019, 12, 31), LocalDate.of(2024, 12, 31));
    double tot =
        Returns.compound(Returns.fromPrices(z, ReturnKind.SIMPLE).values(), ReturnKind.SIMPLE);
    assertThat(tot).isCloseTo(0.8204984554813388, within(1e-12));
    assertThat(Returns.annualise(tot, z.size() - 1, Frequency.DAILY.periodsPerYear()))
        .isCloseTo(0.1275110177412051, within(1e-12));
  }
}
