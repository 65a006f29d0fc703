package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacroPathTest {

  @Test
  void monthly_shortRange_oneObservationPerMonthOnItsFirstDay() {
    SyntheticSpec spec =
        SyntheticSpec.defaults().withDates(LocalDate.of(2015, 12, 15), LocalDate.of(2016, 2, 1));
    LocalDate[] dates =
        spec.calendar().tradingDays(spec.start(), spec.end()).toArray(new LocalDate[0]);

    List<SyntheticSeries> series = MacroPath.monthly(spec, MarketDrivers.simulate(spec, dates));

    assertThat(series)
        .extracting(s -> s.info().id().tail())
        .containsExactly("FED_FUNDS", "RETAIL_SALES", "SENTIMENT", "RECESSION");
    DateSeries flag = series.get(3).values();
    assertThat(flag.dates())
        .containsExactly(
            LocalDate.of(2015, 12, 1), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 1));
    assertThat(flag.values()).containsExactly(0.0, 1.0, 1.0);
    assertThat(series.get(1).values().valueAt(0)).isEqualTo(430_000.0);
    assertThat(series.get(2).values().valueAt(0)).isEqualTo(80.0);
    for (SyntheticSeries s : series) {
      assertThat(s.info().synthetic()).isTrue();
    }
  }

  @Test
  void monthly_fedFunds_neverNegative() {
    SyntheticSpec spec = SyntheticSpec.defaults().withSeed(5).withStockCount(1);
    LocalDate[] dates =
        spec.calendar().tradingDays(spec.start(), spec.end()).toArray(new LocalDate[0]);

    DateSeries ff = MacroPath.monthly(spec, MarketDrivers.simulate(spec, dates)).get(0).values();

    for (double v : ff.values()) {
      assertThat(v).isGreaterThanOrEqualTo(0.0);
    }
  }
}
