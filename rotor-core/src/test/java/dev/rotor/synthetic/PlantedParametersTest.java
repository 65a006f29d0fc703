package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlantedParametersTest {

  private static final double TOL = 1e-12;
  private static final PlantedParameters P = PlantedParameters.defaults();

  /**
   * Oracle: numpy, as the covariance matrix B S B' + diag(k^2 idio^2) of the default index loadings
   * B (market, size, growth, rate) with S = diag(k^2 0.14^2, k^2 0.06^2, k^2 0.10^2, 0.85^2);
   * script /usr/bin/python3 with numpy, k = 1 and k = 2.
   */
  @Test
  void indexVolAndCorrelation_defaults_matchNumpyCovarianceMatrix() {
    assertThat(P.indexVol(SyntheticIndex.SMALL, false)).isCloseTo(0.1683456266138209, offset(TOL));
    assertThat(P.indexVol(SyntheticIndex.LARGE, false)).isCloseTo(0.1437019484906172, offset(TOL));
    assertThat(P.indexVol(SyntheticIndex.TECH, false)).isCloseTo(0.20030476779148318, offset(TOL));
    assertThat(P.indexVol(SyntheticIndex.LARGE, true)).isCloseTo(0.28398987658013447, offset(TOL));
    assertThat(P.indexCorrelation(SyntheticIndex.SMALL, SyntheticIndex.LARGE, false))
        .isCloseTo(0.8729168283590789, offset(TOL));
    assertThat(P.indexCorrelation(SyntheticIndex.SMALL, SyntheticIndex.TECH, false))
        .isCloseTo(0.7584274207185434, offset(TOL));
    assertThat(P.indexCorrelation(SyntheticIndex.LARGE, SyntheticIndex.TECH, true))
        .isCloseTo(0.8241998394349188, offset(TOL));
    assertThat(P.indexCorrelation(SyntheticIndex.TECH, SyntheticIndex.TECH, true)).isEqualTo(1.0);
  }

  @Test
  void smallMinusLargeDrift_defaults_isPlusMinusRelativeDriftInEveryState() {
    for (boolean rec : new boolean[] {false, true}) {
      assertThat(P.smallMinusLargeDrift(Leadership.SMALL_LEADS, rec)).isEqualTo(0.25);
      assertThat(P.smallMinusLargeDrift(Leadership.LARGE_LEADS, rec)).isEqualTo(-0.25);
    }
  }

  @Test
  void defaults_smallCapsMoreRateSensitiveThanLarge() {
    assertThat(P.indices().get(SyntheticIndex.SMALL).rate())
        .isLessThan(P.indices().get(SyntheticIndex.LARGE).rate());
  }

  @Test
  void leaderOn_switchDates_inclusiveStart() {
    assertThat(P.leaderOn(LocalDate.of(2014, 1, 1))).isEqualTo(Leadership.LARGE_LEADS);
    assertThat(P.leaderOn(LocalDate.of(2016, 6, 30))).isEqualTo(Leadership.LARGE_LEADS);
    assertThat(P.leaderOn(LocalDate.of(2016, 7, 1))).isEqualTo(Leadership.SMALL_LEADS);
    assertThat(P.leaderOn(LocalDate.of(2030, 1, 1))).isEqualTo(Leadership.LARGE_LEADS);
    assertThatThrownBy(() -> P.leaderOn(LocalDate.of(2013, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("date");
  }

  @Test
  void isRecession_plantedMonthsOnly() {
    assertThat(P.recessionMonths()).hasSize(10);
    assertThat(P.isRecession(YearMonth.of(2016, 1))).isTrue();
    assertThat(P.isRecession(YearMonth.of(2016, 7))).isFalse();
    assertThat(P.isRecession(YearMonth.of(2020, 3))).isTrue();
    assertThat(P.isRecession(YearMonth.of(2020, 2))).isFalse();
  }

  @Test
  void variance_isCovarianceWithItselfPlusIdiosyncratic() {
    Loadings l = Loadings.of(0.5, 0.2, -0.1, -0.04, 0.3);

    assertThat(P.variance(l, true) - P.covariance(l, l, true)).isCloseTo(4 * 0.09, offset(TOL));
  }

  @Test
  void maps_areCopiedAndUnmodifiable() {
    Map<SyntheticIndex, Loadings> m = new EnumMap<>(DefaultParameters.indices());
    PlantedParameters p = copyWithIndices(m);
    m.put(SyntheticIndex.SMALL, Loadings.of(9, 9, 9, 9, 9));

    assertThat(p.indices().get(SyntheticIndex.SMALL).market()).isEqualTo(1.0);
    assertThatThrownBy(() -> p.indices().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withCopies_changeOnlyTheirField() {
    PlantedParameters p =
        P.withRelativeDrift(0.1)
            .withRecessionMonths(List.of())
            .withRegimes(
                List.of(LeadershipRegime.of(LocalDate.of(2000, 1, 1), Leadership.SMALL_LEADS)));

    assertThat(p.relativeDrift()).isEqualTo(0.1);
    assertThat(p.recessionMonths()).isEmpty();
    assertThat(p.regimes()).hasSize(1);
    assertThat(p.indices()).isEqualTo(P.indices());
    assertThat(p.tenYear()).isEqualTo(P.tenYear());
  }

  static Stream<Arguments> badParameters() {
    LeadershipRegime a = LeadershipRegime.of(LocalDate.of(2014, 1, 1), Leadership.SMALL_LEADS);
    LeadershipRegime b = LeadershipRegime.of(LocalDate.of(2015, 1, 1), Leadership.LARGE_LEADS);
    Map<SyntheticIndex, Loadings> missing = new EnumMap<>(DefaultParameters.indices());
    missing.remove(SyntheticIndex.TECH);
    return Stream.of(
        Arguments.of("regimes", (UnaryOperator<PlantedParameters>) p -> p.withRegimes(List.of())),
        Arguments.of(
            "regimes", (UnaryOperator<PlantedParameters>) p -> p.withRegimes(List.of(b, a))),
        Arguments.of(
            "regimes", (UnaryOperator<PlantedParameters>) p -> p.withRegimes(List.of(a, a))),
        Arguments.of(
            "recessionMonths",
            (UnaryOperator<PlantedParameters>)
                p -> p.withRecessionMonths(List.of(YearMonth.of(2020, 2), YearMonth.of(2020, 1)))),
        Arguments.of(
            "relativeDrift",
            (UnaryOperator<PlantedParameters>) p -> p.withRelativeDrift(Double.NaN)),
        Arguments.of(
            "relativeDrift",
            (UnaryOperator<PlantedParameters>) p -> p.withRelativeDrift(Double.POSITIVE_INFINITY)),
        Arguments.of("indices", (UnaryOperator<PlantedParameters>) p -> copyWithIndices(missing)));
  }

  @ParameterizedTest
  @MethodSource("badParameters")
  void constructor_badArgument_throwsNamingIt(String name, UnaryOperator<PlantedParameters> edit) {
    assertThatThrownBy(() -> edit.apply(P))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }

  @Test
  void constructor_nonPositiveMultiplierOrNegativeVol_throws() {
    assertThatThrownBy(() -> copy(0.0, 0.14))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recessionVolMultiplier");
    assertThatThrownBy(() -> copy(2.0, -0.14))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("marketVol");
  }

  private static PlantedParameters copy(double multiplier, double marketVol) {
    return new PlantedParameters(
        P.regimes(),
        P.recessionMonths(),
        P.relativeDrift(),
        P.marketDrift(),
        P.recessionMarketDrift(),
        multiplier,
        marketVol,
        P.sizeVol(),
        P.growthDrift(),
        P.growthVol(),
        P.indices(),
        P.sectors(),
        P.tenYear(),
        P.termSpread(),
        P.fedFundsSpread(),
        P.macro(),
        P.bars());
  }

  private static PlantedParameters copyWithIndices(Map<SyntheticIndex, Loadings> indices) {
    return new PlantedParameters(
        P.regimes(),
        P.recessionMonths(),
        P.relativeDrift(),
        P.marketDrift(),
        P.recessionMarketDrift(),
        P.recessionVolMultiplier(),
        P.marketVol(),
        P.sizeVol(),
        P.growthDrift(),
        P.growthVol(),
        indices,
        P.sectors(),
        P.tenYear(),
        P.termSpread(),
        P.fedFundsSpread(),
        P.macro(),
        P.bars());
  }
}
