package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StockUniverseTest {

  private static final double TOL = 1e-12;

  private static StockUniverse universe(int count) {
    SyntheticSpec spec =
        SyntheticSpec.defaults()
            .withDates(LocalDate.of(2014, 1, 2), LocalDate.of(2014, 2, 28))
            .withStockCount(count);
    LocalDate[] dates =
        spec.calendar().tradingDays(spec.start(), spec.end()).toArray(new LocalDate[0]);
    return StockUniverse.generate(spec, MarketDrivers.simulate(spec, dates));
  }

  @Test
  void generate_manyStocks_loadingsFollowPlantedRules() {
    StockUniverse u = universe(2000);

    assertThat(u.truth()).hasSize(2000);
    assertThat(u.truth().get(0).ticker()).isEqualTo("S0001");
    assertThat(u.truth().get(1999).ticker()).isEqualTo("S2000");
    double tiltSum = 0;
    for (StockLoadings s : u.truth()) {
      double logCap = Math.log10(s.startMarketCap());
      assertThat(logCap).isBetween(8.5, 12.0);
      assertThat(s.loadings().size()).isCloseTo((11.0 - logCap) / 2.5, offset(TOL));
      assertThat(s.loadings().alpha()).isZero();
      double idio = s.loadings().idioVol() - 0.10 * Math.max(s.loadings().size(), 0);
      assertThat(idio).isBetween(0.15 - TOL, 0.25 + TOL);
      Loadings sector = PlantedParameters.defaults().sectors().get(s.sector());
      tiltSum += s.loadings().rate() - sector.rate();
    }
    // Mean rate tilt: -0.03 x mean size loading, which is (11 - 10.25) / 2.5 = 0.3 for a log cap
    // uniform on [8.5, 12]; noise sd 0.01 and size spread give a standard error below 0.001.
    assertThat(tiltSum / 2000).isCloseTo(-0.03 * 0.3, offset(0.004));
  }

  @Test
  void generate_threeStocks_tickersThreeDigitsAndSnapshotOnLastDay() {
    StockUniverse u = universe(3);

    assertThat(u.truth()).extracting(StockLoadings::ticker).containsExactly("S001", "S002", "S003");
    assertThat(u.snapshot().asOf()).isEqualTo(LocalDate.of(2014, 2, 28));
    assertThat(u.snapshot().rows()).hasSize(3);
    assertThat(u.series().get(0).info().id().value()).isEqualTo("synthetic/stocks/S001");
  }
}
