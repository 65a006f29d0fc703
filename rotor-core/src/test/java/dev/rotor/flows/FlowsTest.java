package dev.rotor.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real-data figures from the pandas oracle {@code
 * src/test/resources/oracles/valuation/valuation_oracle.py} (run {@code /usr/bin/python3
 * rotor-core/src/test/resources/oracles/valuation/valuation_oracle.py /work/shared/data}), output
 * {@code flows.csv}: IWM vs SPY, window 63, pandas {@code (x - x.shift(1).rolling(63).mean()) /
 * x.shift(1).rolling(63).std(ddof=1)}.
 */
class FlowsTest {

  private static final double TOL = 1e-12;

  /** Relative tolerance against pandas' online rolling moments. */
  private static final double REL = 1e-8;

  private static final LocalDate D0 = LocalDate.of(2024, 1, 2);

  private static BarSeries bars(double[] close, double[] volume) {
    LocalDate[] d = new LocalDate[close.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = D0.plusDays(i);
    }
    Map<BarField, double[]> m = new EnumMap<>(BarField.class);
    m.put(BarField.CLOSE, close);
    m.put(BarField.VOLUME, volume);
    return BarSeries.of(d, m);
  }

  @Test
  void of_handWorked_shareAndZScores() {
    // dv small = 10*1, 10*2, 10*3 = 10, 20, 30; dv large = 30 each -> share 0.25, 0.4, 0.5
    BarSeries s = bars(new double[] {10, 10, 10}, new double[] {1, 2, 3});
    BarSeries l = bars(new double[] {30, 30, 30}, new double[] {1, 1, 1});
    FlowSeries f = Flows.of(s, l, 2);
    assertThat(f.smallDollarVolume().values()).containsExactly(10, 20, 30);
    assertThat(f.smallShare().valueAt(0)).isCloseTo(0.25, within(TOL));
    assertThat(f.smallShare().valueAt(1)).isCloseTo(0.4, within(TOL));
    // z at t=2 over {0.25, 0.4}: mean 0.325, sd = 0.15/sqrt(2); z = 0.175 / 0.10606601717798213
    assertThat(f.smallShareZ().size()).isEqualTo(1);
    assertThat(f.smallShareZ().valueAt(0)).isCloseTo(0.175 / 0.10606601717798213, within(1e-9));
    // volume z of small: {1, 2} mean 1.5 sd 0.7071067811865476; (3 - 1.5)/sd = 2.1213203435596424
    assertThat(f.smallVolumeZ().valueAt(0)).isCloseTo(2.1213203435596424, within(1e-12));
    // large volume constant: sd 0 -> absent
    assertThat(f.largeVolumeZ().isEmpty()).isTrue();
  }

  @Test
  void of_randomBars_shareInUnitIntervalAndScaleInvariantZ() {
    Random rnd = new Random(42L);
    int n = 200;
    double[] cs = new double[n];
    double[] vs = new double[n];
    double[] cl = new double[n];
    double[] vl = new double[n];
    double[] vs10 = new double[n];
    for (int i = 0; i < n; i++) {
      cs[i] = 100 + rnd.nextDouble();
      vs[i] = 1e6 * (1 + rnd.nextDouble());
      vs10[i] = 10 * vs[i];
      cl[i] = 400 + rnd.nextDouble();
      vl[i] = 5e6 * (1 + rnd.nextDouble());
    }
    FlowSeries f = Flows.of(bars(cs, vs), bars(cl, vl), 20);
    FlowSeries g = Flows.of(bars(cs, vs10), bars(cl, vl), 20);
    for (double v : f.smallShare().values()) {
      assertThat(v).isBetween(0.0, 1.0);
    }
    assertThat(f.smallShareZ().size()).isEqualTo(n - 20);
    for (int i = 0; i < f.smallVolumeZ().size(); i++) {
      assertThat(g.smallVolumeZ().valueAt(i)).isCloseTo(f.smallVolumeZ().valueAt(i), within(1e-9));
    }
  }

  @Test
  void of_disjointDates_keepsCommonOnly() {
    BarSeries s = bars(new double[] {1, 1, 1}, new double[] {1, 1, 1});
    Map<BarField, double[]> m = new EnumMap<>(BarField.class);
    m.put(BarField.CLOSE, new double[] {1, 1});
    m.put(BarField.VOLUME, new double[] {1, 1});
    BarSeries l = BarSeries.of(new LocalDate[] {D0.plusDays(1), D0.plusDays(5)}, m);
    assertThat(Flows.of(s, l, 2).smallShare().dates()).containsExactly(D0.plusDays(1));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1})
  void of_windowBelowTwo_throws(int w) {
    BarSeries s = bars(new double[] {1, 1}, new double[] {1, 1});
    assertThatThrownBy(() -> Flows.of(s, s, w)).hasMessageContaining("window");
  }

  @Test
  void of_noVolume_throwsNamingArgument() {
    BarSeries ok = bars(new double[] {1, 1}, new double[] {1, 1});
    Map<BarField, double[]> m = new EnumMap<>(BarField.class);
    m.put(BarField.CLOSE, new double[] {1, 1});
    BarSeries noVol = BarSeries.of(ok.dates(), m);
    assertThatThrownBy(() -> Flows.of(noVol, ok, 5)).hasMessageContaining("small");
    assertThatThrownBy(() -> Flows.of(ok, noVol, 5)).hasMessageContaining("large");
  }

  @Test
  void of_iwmVsSpy_matchesPandas() throws IOException {
    FlowSeries f = Flows.of(etf("IWM"), etf("SPY"), 63);
    try (InputStream in = getClass().getResourceAsStream("/oracles/valuation/flows.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      int checked = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split(",");
        LocalDate d = LocalDate.parse(c[0]);
        rel(f.smallDollarVolume(), d, c[1]);
        rel(f.largeDollarVolume(), d, c[2]);
        rel(f.smallShare(), d, c[3]);
        rel(f.smallShareZ(), d, c[4]);
        rel(f.smallVolumeZ(), d, c[5]);
        rel(f.largeVolumeZ(), d, c[6]);
        checked++;
      }
      assertThat(checked).isGreaterThan(30);
    }
  }

  private static void rel(DateSeries s, LocalDate d, String expected) {
    if (expected.equals("NaN")) {
      assertThat(s.get(d)).isEmpty();
      return;
    }
    double e = Double.parseDouble(expected);
    assertThat(s.get(d)).isPresent();
    assertThat(s.get(d).getAsDouble()).isCloseTo(e, within(Math.max(Math.abs(e), 1) * REL));
  }

  private static BarSeries etf(String ticker) {
    String file = "etf-seasonality/" + ticker + ".csv";
    DateSeries close = RealSeries.column(file, "Close");
    DateSeries volume = RealSeries.column(file, "Volume");
    if (!Arrays.equals(close.dates(), volume.dates())) {
      throw new IllegalStateException("columns with different dates");
    }
    Map<BarField, double[]> m = new EnumMap<>(BarField.class);
    m.put(BarField.CLOSE, close.values());
    m.put(BarField.VOLUME, volume.values());
    return BarSeries.of(close.dates(), m);
  }
}
