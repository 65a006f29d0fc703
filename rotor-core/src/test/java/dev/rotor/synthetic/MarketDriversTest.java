package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketDriversTest {

  private static final double TOL = 1e-15;
  private static final SyntheticSpec SPEC =
      SyntheticSpec.defaults().withDates(LocalDate.of(2015, 11, 2), LocalDate.of(2016, 8, 31));
  private static final LocalDate[] DATES =
      SPEC.calendar().tradingDays(SPEC.start(), SPEC.end()).toArray(new LocalDate[0]);
  private static final MarketDrivers D = MarketDrivers.simulate(SPEC, DATES);

  @Test
  void returns_noIdiosyncraticRisk_isExactLinearCombination() {
    Loadings l = new Loadings(0.252, 1.1, 0.4, -0.2, -0.05, 0.0);

    double[] r = D.returns(l, new SplitMix(1));

    assertThat(r[0]).isZero();
    for (int t = 1; t < r.length; t++) {
      double expected =
          0.001 + 1.1 * D.market[t] + 0.4 * D.size[t] - 0.2 * D.growth[t] - 0.05 * D.dTenYear[t];
      assertThat(r[t]).isCloseTo(expected, offset(TOL));
    }
  }

  @Test
  void flags_followPlantedRegimesAndRecessionMonths() {
    PlantedParameters p = SPEC.planted();
    for (int t = 0; t < DATES.length; t++) {
      assertThat(D.sign[t]).isEqualTo(p.leaderOn(DATES[t]).sign());
      assertThat(D.recession[t]).isEqualTo(p.isRecession(YearMonth.from(DATES[t])));
    }
    assertThat(D.sign[0]).isEqualTo(-1);
    assertThat(D.sign[DATES.length - 1]).isEqualTo(1);
  }

  @Test
  void yields_startAtPlantedValuesAndChangesAreDifferences() {
    assertThat(D.tenYear[0]).isEqualTo(3.0);
    assertThat(D.twoYear[0]).isEqualTo(3.0 - 2.0);
    for (int t = 1; t < DATES.length; t++) {
      assertThat(D.dTenYear[t]).isEqualTo(D.tenYear[t] - D.tenYear[t - 1]);
    }
  }

  @Test
  void dailySd_recessionDaysScaledForEquityPart() {
    Loadings equityOnly = Loadings.of(1.0, 0.0, 0.0, 0.0, 0.1);

    double[] sd = D.dailySd(equityOnly);

    for (int t = 0; t < DATES.length; t++) {
      double calm = Math.sqrt((0.14 * 0.14 + 0.01) / 252);
      assertThat(sd[t]).isCloseTo(D.recession[t] ? 2 * calm : calm, offset(1e-15));
    }
  }

  @Test
  void simulate_dayBeforeFirstRegime_throws() {
    SyntheticSpec spec =
        SyntheticSpec.defaults()
            .withPlanted(
                PlantedParameters.defaults()
                    .withRegimes(
                        List.of(
                            LeadershipRegime.of(
                                LocalDate.of(2014, 1, 1), Leadership.SMALL_LEADS))));
    LocalDate[] early = {LocalDate.of(2013, 12, 31), LocalDate.of(2014, 1, 2)};

    assertThatThrownBy(() -> MarketDrivers.simulate(spec, early))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("planted");
  }
}
