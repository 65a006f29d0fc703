package dev.rotor.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.RealSeries;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResampleTest {

  /**
   * Oracle: pandas 1.5.3 on ../shared/data/market-base/indices/SPX.csv (/usr/bin/python3): {@code
   * c.groupby([c.index.year, c.index.month]).tail(1)} gives 2020-02-28 2954.22, 2020-03-31 2584.59,
   * 2020-04-30 2912.43, 2020-05-29 3044.31; monthly simple return for 2020-03 =
   * -0.12511932083595656, log = -0.13366776859296695. Weekly {@code
   * groupby(to_period('W-SUN')).tail(1)}: 2024-03-28 5254.35 (Good Friday week), 2024-04-05
   * 5204.34.
   */
  @Test
  void lastPerPeriod_realSpx_matchesPandas() {
    DateSeries spx = RealSeries.column("market-base/indices/SPX.csv", "close");
    DateSeries m =
        Resample.lastPerPeriod(spx, Frequency.MONTHLY)
            .between(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 5, 31));
    assertThat(m.dates())
        .containsExactly(
            LocalDate.of(2020, 2, 28),
            LocalDate.of(2020, 3, 31),
            LocalDate.of(2020, 4, 30),
            LocalDate.of(2020, 5, 29));
    assertThat(m.values()).containsExactly(2954.22, 2584.59, 2912.43, 3044.31);
    assertThat(Returns.fromPrices(m, ReturnKind.SIMPLE).valueAt(0))
        .isCloseTo(-0.12511932083595656, within(1e-15));
    assertThat(Returns.fromPrices(m, ReturnKind.LOG).valueAt(0))
        .isCloseTo(-0.13366776859296695, within(1e-15));
    DateSeries w =
        Resample.lastPerPeriod(spx, Frequency.WEEKLY)
            .between(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 4, 8));
    assertThat(w.dates()).containsExactly(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 5));
    assertThat(w.values()).containsExactly(5254.35, 5204.34);
  }

  @Test
  void lastPerPeriod_randomDaily_equalsNaiveGrouping() {
    Random rnd = new Random(3);
    DateSeries.Builder b = DateSeries.builder();
    LocalDate d = LocalDate.of(2001, 1, 1);
    for (int i = 0; i < 3000; i++) {
      d = d.plusDays(1 + rnd.nextInt(3));
      b.put(d, rnd.nextDouble());
    }
    DateSeries s = b.build();
    for (Frequency f : Frequency.values()) {
      DateSeries r = Resample.lastPerPeriod(s, f);
      // naive: an observation is kept iff no later observation shares its period
      int k = 0;
      for (int i = 0; i < s.size(); i++) {
        boolean last = true;
        for (int j = i + 1; j < s.size() && j < i + 400; j++) {
          if (Resample.periodKey(s.dateAt(j), f) == Resample.periodKey(s.dateAt(i), f)) {
            last = false;
            break;
          }
        }
        if (last) {
          assertThat(r.dateAt(k)).isEqualTo(s.dateAt(i));
          assertThat(r.valueAt(k)).isEqualTo(s.valueAt(i));
          k++;
        }
      }
      assertThat(r.size()).isEqualTo(k);
    }
  }
}
