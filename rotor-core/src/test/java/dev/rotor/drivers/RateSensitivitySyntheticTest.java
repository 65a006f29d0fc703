package dev.rotor.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.returns.ReturnKind;
import dev.rotor.scenario.StandardErrors;
import dev.rotor.series.Frequency;
import dev.rotor.synthetic.PlantedParameters;
import dev.rotor.synthetic.SyntheticData;
import dev.rotor.synthetic.SyntheticIndex;
import dev.rotor.synthetic.SyntheticMarket;
import dev.rotor.synthetic.SyntheticSpec;
import org.junit.jupiter.api.Test;

/**
 * {@link RateSensitivity} recovers the synthetic market's planted rate betas: the SMALL and LARGE
 * index log returns load on the 10-year yield change with {@link PlantedParameters#indices()}
 * {@code rate()} (log return per percentage point: -0.07 and -0.03 by default), so the slope per
 * basis point is {@code rate / 100}.
 */
class RateSensitivitySyntheticTest {

  private static final double CONFIDENCE = 0.95;
  private static final SyntheticData DATA = SyntheticMarket.generate(SyntheticSpec.defaults());
  private static final PlantedParameters P = DATA.planted();

  private static RateSensitivityFit fit(Frequency sampling) {
    return RateSensitivity.fitOne(
        DATA.get("synthetic/indices/SMALL").closesOrValues(),
        DATA.get("synthetic/indices/LARGE").closesOrValues(),
        DATA.get("synthetic/macro/YIELD_10Y").closesOrValues(),
        Regressor.TEN_YEAR,
        sampling,
        ReturnKind.LOG);
  }

  @Test
  void fitOne_dailyOnTenYear_plantedBetasInsideNeweyWestIntervals() {
    RateSensitivityFit f = fit(Frequency.DAILY);
    double small = P.indices().get(SyntheticIndex.SMALL).rate() / 100.0;
    double large = P.indices().get(SyntheticIndex.LARGE).rate() / 100.0;
    assertInside(
        f.fit(Target.SMALL).interval(Regressor.TEN_YEAR, StandardErrors.NEWEY_WEST, CONFIDENCE),
        small);
    assertInside(
        f.fit(Target.LARGE).interval(Regressor.TEN_YEAR, StandardErrors.NEWEY_WEST, CONFIDENCE),
        large);
    Interval d = f.difference(Regressor.TEN_YEAR, StandardErrors.NEWEY_WEST, CONFIDENCE);
    assertInside(d, small - large);
    // The planted difference (-0.04 per point) is large enough to be detected.
    assertThat(d.excludesZeroBelow()).isTrue();
    assertThat(f.rollingBeta().size()).isEqualTo(f.fit(Target.SMALL).observations() - 251);
  }

  @Test
  void fitOne_weeklyOnTenYear_plantedBetasInsideNeweyWestIntervals() {
    RateSensitivityFit f = fit(Frequency.WEEKLY);
    double small = P.indices().get(SyntheticIndex.SMALL).rate() / 100.0;
    double large = P.indices().get(SyntheticIndex.LARGE).rate() / 100.0;
    assertInside(
        f.fit(Target.SMALL).interval(Regressor.TEN_YEAR, StandardErrors.NEWEY_WEST, CONFIDENCE),
        small);
    assertInside(
        f.fit(Target.LARGE).interval(Regressor.TEN_YEAR, StandardErrors.NEWEY_WEST, CONFIDENCE),
        large);
    assertInside(
        f.difference(Regressor.TEN_YEAR, StandardErrors.NEWEY_WEST, CONFIDENCE), small - large);
  }

  private static void assertInside(Interval i, double truth) {
    assertThat(truth).as(i.toString()).isBetween(i.lower(), i.upper());
  }
}
