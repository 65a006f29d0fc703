package dev.rotor.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConcentrationTest {

  private static final double TOL = 1e-12;

  @Test
  void hhi_handWorked_matchesSumOfSquares() {
    // weights 50, 30, 20 (percent) -> 0.25 + 0.09 + 0.04 = 0.38; effective N = 1/0.38 =
    // 2.6315789...
    assertThat(Concentration.hhi(new double[] {50, 30, 20})).isCloseTo(0.38, within(TOL));
    assertThat(Concentration.effectiveNumber(new double[] {0.5, 0.3, 0.2}))
        .isCloseTo(1 / 0.38, within(TOL));
  }

  @Test
  void hhi_nEqualWeights_isOneOverN() {
    for (int n = 1; n <= 600; n += 37) {
      double[] w = new double[n];
      Arrays.fill(w, 1.0 / n);
      assertThat(Concentration.hhi(w)).isCloseTo(1.0 / n, within(TOL));
      assertThat(Concentration.effectiveNumber(w)).isCloseTo(n, within(1e-9));
    }
  }

  @Test
  void hhi_seededRandomWeights_between1OverNAnd1AndScaleFree() {
    Random rnd = new Random(42);
    for (int k = 0; k < 200; k++) {
      int n = 1 + rnd.nextInt(50);
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = rnd.nextDouble() + 1e-9;
      }
      double h = Concentration.hhi(w);
      assertThat(h).isBetween(1.0 / n - TOL, 1.0 + TOL);
      double[] scaled = Arrays.stream(w).map(x -> x * 100).toArray();
      assertThat(Concentration.hhi(scaled)).isCloseTo(h, within(TOL));
    }
  }

  @Test
  void hhi_empty_isNaN() {
    assertThat(Concentration.hhi(new double[0])).isNaN();
    assertThat(Concentration.effectiveNumber(new double[0])).isNaN();
  }

  static List<double[]> badWeights() {
    return List.of(
        new double[] {0.5, -0.1},
        new double[] {Double.NaN},
        new double[] {0, 0},
        new double[] {Double.POSITIVE_INFINITY, 1});
  }

  @ParameterizedTest
  @MethodSource("badWeights")
  void hhi_badWeights_throwsNamingWeights(double[] w) {
    assertThatThrownBy(() -> Concentration.hhi(w))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights");
  }

  @Test
  void equityWeights_mixedRows_keepsPositiveEquityNormalised() {
    CrossSection cs =
        new CrossSection(
            "X",
            LocalDate.of(2026, 6, 19),
            List.of(
                Constituent.of("A").withAssetClass("Equity").with(ConstituentField.WEIGHT, 0.6),
                Constituent.of("B").withAssetClass("Equity").with(ConstituentField.WEIGHT, 0.2),
                Constituent.of("USD").withAssetClass("Cash").with(ConstituentField.WEIGHT, 0.2),
                Constituent.of("C").withAssetClass("Equity")));
    Map<String, Double> w = Concentration.equityWeights(cs);
    assertThat(w.keySet()).containsExactly("A", "B");
    assertThat(w.get("A")).isCloseTo(0.75, within(TOL));
    // 0.75^2 + 0.25^2 = 0.625
    assertThat(Concentration.hhi(cs)).isCloseTo(0.625, within(TOL));
  }

  @Test
  void equityWeights_noEquity_throwsNamingSnapshot() {
    CrossSection cs =
        new CrossSection("X", LocalDate.of(2026, 6, 19), List.of(Constituent.of("USD")));
    assertThatThrownBy(() -> Concentration.equityWeights(cs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("snapshot");
  }

  @Test
  void hhi_ivvHoldings_matchesPandas() {
    // Oracle: concentration_oracle.py (pandas, equity rows of IVV_holdings.csv, 2026-06-19).
    CrossSection ivv = ConcentrationData.ivv();
    Map<String, Double> w = Concentration.equityWeights(ivv);
    assertThat(w).hasSize((int) ConcentrationData.oracle("ivv.names"));
    assertThat(w.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-9));
    assertThat(Concentration.hhi(ivv))
        .isCloseTo(ConcentrationData.oracle("ivv.hhi"), within(1e-12));
    double[] v = w.values().stream().mapToDouble(Double::doubleValue).toArray();
    assertThat(Concentration.effectiveNumber(v))
        .isCloseTo(ConcentrationData.oracle("ivv.effectiveN"), within(1e-8));
  }
}
