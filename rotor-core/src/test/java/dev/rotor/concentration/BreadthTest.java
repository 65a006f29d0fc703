package dev.rotor.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.holding.OracleCsv;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BreadthTest {

  private static final double TOL = 1e-12;
  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

  private static DateSeries series(double[] v) {
    DateSeries.Builder b = DateSeries.builder();
    for (int i = 0; i < v.length; i++) {
      b.put(D0.plusDays(i), v[i]);
    }
    return b.build();
  }

  @Test
  void of_handWorked_countsAboveAndAdvanceDecline() {
    // X: closes 1..50 -> day 50 mean 25.5 < 50: above. Y: 10 x 49 then 9 -> mean 9.98 > 9: below.
    // Day 49: X up, Y flat -> A/D +1; day 50: X up, Y down -> 0; line from day 49: 1, 1.
    // Z: closes only on days 48 and 50 -> never eligible, and no advance on day 50 (day 49 absent).
    double[] x = new double[50];
    double[] y = new double[50];
    for (int i = 0; i < 50; i++) {
      x[i] = i + 1;
      y[i] = i < 49 ? 10 : 9;
    }
    DateSeries z =
        DateSeries.of(new LocalDate[] {D0.plusDays(47), D0.plusDays(49)}, new double[] {1, 2});
    BreadthResult r =
        Breadth.of(
            Map.of("X", series(x), "Y", series(y), "Z", z), D0.plusDays(48), D0.plusDays(49));
    assertThat(r.names()).isEqualTo(3);
    assertThat(r.days()).hasSize(2);
    BreadthDay d49 = r.days().get(0);
    assertThat(d49.eligible50()).isZero();
    assertThat(d49.share50()).isNaN();
    assertThat(d49.advancers()).isEqualTo(1);
    assertThat(d49.decliners()).isZero();
    assertThat(d49.adLine()).isEqualTo(1);
    BreadthDay d50 = r.days().get(1);
    assertThat(d50.above50()).isEqualTo(1);
    assertThat(d50.eligible50()).isEqualTo(2);
    assertThat(d50.share50()).isCloseTo(0.5, within(TOL));
    assertThat(d50.eligible200()).isZero();
    assertThat(d50.share200()).isNaN();
    assertThat(d50.advancers()).isEqualTo(1);
    assertThat(d50.decliners()).isEqualTo(1);
    assertThat(d50.adLine()).isEqualTo(1);
    assertThat(r.survivorshipNote()).contains("still listed in 2026");
  }

  @Test
  void of_seededRandomPanel_sharesInUnitIntervalAndLineIsCumulative() {
    Random rnd = new Random(11);
    Map<String, DateSeries> panel = new HashMap<>();
    for (int k = 0; k < 30; k++) {
      DateSeries.Builder b = DateSeries.builder();
      double p = 100;
      for (int i = rnd.nextInt(100); i < 400; i++) {
        p *= Math.exp(0.02 * rnd.nextGaussian());
        if (rnd.nextDouble() > 0.05) {
          b.put(D0.plusDays(i), p);
        }
      }
      panel.put("N" + k, b.build());
    }
    BreadthResult r = Breadth.of(panel, D0.plusDays(150), D0.plusDays(399));
    long line = 0;
    for (BreadthDay d : r.days()) {
      line += d.advancers() - d.decliners();
      assertThat(d.adLine()).isEqualTo(line);
      assertThat(d.above50()).isBetween(0, d.eligible50());
      assertThat(d.eligible50()).isLessThanOrEqualTo(30);
      assertThat(d.eligible200()).isLessThanOrEqualTo(d.eligible50());
      if (d.eligible50() > 0) {
        assertThat(d.share50()).isBetween(0.0, 1.0);
      }
      if (d.eligible200() > 0) {
        assertThat(d.share200()).isBetween(0.0, 1.0);
      }
      assertThat(d.advancers() + d.decliners()).isLessThanOrEqualTo(30);
    }
  }

  @Test
  void of_toBeforeFrom_throwsNamingTo() {
    assertThatThrownBy(() -> Breadth.of(Map.of(), D0.plusDays(1), D0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to");
  }

  @Test
  void of_stockPanel2024Q1_matchesPandas() {
    // Oracle: concentration_oracle.py -> breadth_2024q1.csv (pandas rolling means on the panel).
    BreadthResult r =
        Breadth.of(
            ConcentrationData.panel(LocalDate.of(2024, 3, 31)),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 3, 31));
    OracleCsv o = OracleCsv.read("/oracles/concentration/breadth_2024q1.csv");
    assertThat(r.names()).isEqualTo((int) ConcentrationData.oracle("panel.names"));
    assertThat(r.days()).hasSize(o.size());
    List<BreadthDay> days = r.days();
    for (int i = 0; i < days.size(); i++) {
      BreadthDay d = days.get(i);
      assertThat(d.date()).isEqualTo(LocalDate.parse(o.text(i, "date")));
      assertThat(d.above50()).isEqualTo((int) o.number(i, "above50"));
      assertThat(d.eligible50()).isEqualTo((int) o.number(i, "eligible50"));
      assertThat(d.above200()).isEqualTo((int) o.number(i, "above200"));
      assertThat(d.eligible200()).isEqualTo((int) o.number(i, "eligible200"));
      assertThat(d.advancers()).isEqualTo((int) o.number(i, "advancers"));
      assertThat(d.decliners()).isEqualTo((int) o.number(i, "decliners"));
      assertThat(d.adLine()).isEqualTo((long) o.number(i, "adLine"));
    }
  }
}
