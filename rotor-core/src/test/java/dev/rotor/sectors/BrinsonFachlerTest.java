package dev.rotor.sectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BrinsonFachlerTest {

  private static final double TOL = 1e-12;
  private static final double ORACLE_TOL = 1e-12;

  /*
   * Hand-worked: weights P = (0.5, 0.3, 0.2), B = (0.4, 0.4, 0.2); returns P = (10%, 2%, -5%),
   * B = (8%, 4%, -3%). r_P = 0.05 + 0.006 - 0.01 = 0.046; r_B = 0.032 + 0.016 - 0.006 = 0.042.
   * Allocation: A 0.1(0.08-0.042) = 0.0038, B -0.1(0.04-0.042) = 0.0002, C 0 -> 0.004.
   * Selection: A 0.4(0.02) = 0.008, B 0.4(-0.02) = -0.008, C 0.2(-0.02) = -0.004 -> -0.004.
   * Interaction: A 0.1(0.02) = 0.002, B -0.1(-0.02) = 0.002, C 0 -> 0.004.
   * Total 0.004 = r_P - r_B.
   */
  @Test
  void attribute_handWorkedExample_matchesArithmetic() {
    Attribution a =
        BrinsonFachler.attribute(
            Map.of("A", 0.5, "B", 0.3, "C", 0.2),
            Map.of("A", 0.10, "B", 0.02, "C", -0.05),
            Map.of("A", 0.4, "B", 0.4, "C", 0.2),
            Map.of("A", 0.08, "B", 0.04, "C", -0.03));
    assertThat(a.portfolioReturn()).isCloseTo(0.046, within(TOL));
    assertThat(a.benchmarkReturn()).isCloseTo(0.042, within(TOL));
    assertThat(a.allocation()).isCloseTo(0.004, within(TOL));
    assertThat(a.selection()).isCloseTo(-0.004, within(TOL));
    assertThat(a.interaction()).isCloseTo(0.004, within(TOL));
    assertThat(a.rows().get(0).allocation()).isCloseTo(0.0038, within(TOL));
    assertThat(a.rows().get(1).allocation()).isCloseTo(0.0002, within(TOL));
    assertThat(a.rows().get(2).selection()).isCloseTo(-0.004, within(TOL));
  }

  @Test
  void attribute_randomPortfolios_effectsSumToActiveReturn() {
    SplittableRandom rnd = new SplittableRandom(20241105L);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + rnd.nextInt(12);
      Map<String, Double> wp = weights(rnd, n);
      Map<String, Double> wb = weights(rnd, n);
      Map<String, Double> rp = returns(rnd, n);
      Map<String, Double> rb = returns(rnd, n);
      Attribution a = BrinsonFachler.attribute(wp, rp, wb, rb);
      assertThat(a.allocation() + a.selection() + a.interaction())
          .isCloseTo(a.activeReturn(), within(TOL));
      double rowSum = a.rows().stream().mapToDouble(AttributionRow::total).sum();
      assertThat(rowSum).isCloseTo(a.activeReturn(), within(TOL));
    }
  }

  @Test
  void attribute_identicalPortfolios_allEffectsZero() {
    SplittableRandom rnd = new SplittableRandom(7L);
    Map<String, Double> w = weights(rnd, 11);
    Map<String, Double> r = returns(rnd, 11);
    Attribution a = BrinsonFachler.attribute(w, r, w, r);
    for (AttributionRow row : a.rows()) {
      assertThat(row.allocation()).isEqualTo(0.0);
      assertThat(row.selection()).isEqualTo(0.0);
      assertThat(row.interaction()).isEqualTo(0.0);
    }
    assertThat(a.activeReturn()).isEqualTo(0.0);
  }

  @Test
  void attribute_sameSectorReturnsBothSides_pureAllocation() {
    Map<String, Double> r = Map.of("A", 0.05, "B", -0.02);
    Attribution a =
        BrinsonFachler.attribute(Map.of("A", 0.2, "B", 0.8), r, Map.of("A", 0.6, "B", 0.4), r);
    assertThat(a.selection()).isEqualTo(0.0);
    assertThat(a.interaction()).isEqualTo(0.0);
    assertThat(a.allocation()).isCloseTo(a.activeReturn(), within(TOL));
  }

  @Test
  void attribute_sectorOnlyInPortfolio_borrowsReturnAndHasOnlyAllocation() {
    Attribution a =
        BrinsonFachler.attribute(
            Map.of("A", 0.5, "X", 0.5),
            Map.of("A", 0.1, "X", 0.3),
            Map.of("A", 1.0),
            Map.of("A", 0.05));
    AttributionRow x = a.rows().get(1);
    assertThat(x.benchmarkReturn()).isEqualTo(0.3);
    assertThat(x.interaction()).isEqualTo(0.0);
    assertThat(x.selection()).isEqualTo(0.0);
    // 0.5 (0.3 - 0.05)
    assertThat(x.allocation()).isCloseTo(0.125, within(TOL));
    assertThat(a.allocation() + a.selection() + a.interaction())
        .isCloseTo(a.activeReturn(), within(TOL));
  }

  /**
   * IWM (portfolio) vs IVV (benchmark), 2024-11-05..2024-12-31: holdings sector weights and
   * holdings-weighted sector returns from the stock panel, attribution by pandas
   * (sectors_oracle.py).
   */
  @Test
  void attribute_iwmVsIvvOracleInputs_matchesPandas() {
    for (String small : new String[] {"IWM", "IJR"}) {
      Attribution a =
          BrinsonFachler.attribute(
              SectorsOracle.bySector(small + ".weight"),
              SectorsOracle.bySector(small + ".return"),
              SectorsOracle.bySector("IVV.weight"),
              SectorsOracle.bySector("IVV.return"));
      String p = "bf." + small + "_vs_IVV";
      assertThat(a.portfolioReturn())
          .isCloseTo(SectorsOracle.number(p + ".rP"), within(ORACLE_TOL));
      assertThat(a.benchmarkReturn())
          .isCloseTo(SectorsOracle.number(p + ".rB"), within(ORACLE_TOL));
      assertThat(a.allocation())
          .isCloseTo(SectorsOracle.number(p + ".allocation"), within(ORACLE_TOL));
      assertThat(a.selection())
          .isCloseTo(SectorsOracle.number(p + ".selection"), within(ORACLE_TOL));
      assertThat(a.interaction())
          .isCloseTo(SectorsOracle.number(p + ".interaction"), within(ORACLE_TOL));
      for (AttributionRow row : a.rows()) {
        String k = row.sector().replace(' ', '_');
        assertThat(row.allocation())
            .isCloseTo(SectorsOracle.number(p + ".allocation." + k), within(ORACLE_TOL));
        assertThat(row.selection())
            .isCloseTo(SectorsOracle.number(p + ".selection." + k), within(ORACLE_TOL));
      }
    }
  }

  static Stream<Arguments> badInputs() {
    Map<String, Double> ok = Map.of("A", 1.0);
    Map<String, Double> r = Map.of("A", 0.1);
    return Stream.of(
        Arguments.of(Map.of("A", 0.9), r, ok, r, "portfolioWeights"),
        Arguments.of(ok, r, Map.of("A", 1.1), r, "benchmarkWeights"),
        Arguments.of(ok, Map.of(), ok, r, "portfolioReturns"),
        Arguments.of(ok, r, ok, Map.of(), "benchmarkReturns"),
        Arguments.of(ok, Map.of("A", Double.NaN), ok, r, "portfolioReturns"),
        Arguments.of(Map.of("A", Double.POSITIVE_INFINITY), r, ok, r, "portfolioWeights"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void attribute_badInput_throwsNamingArgument(
      Map<String, Double> wp,
      Map<String, Double> rp,
      Map<String, Double> wb,
      Map<String, Double> rb,
      String argument) {
    assertThatThrownBy(() -> BrinsonFachler.attribute(wp, rp, wb, rb))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(argument);
  }

  private static Map<String, Double> weights(SplittableRandom rnd, int n) {
    double[] w = new double[n];
    double s = 0;
    for (int i = 0; i < n; i++) {
      w[i] = rnd.nextDouble();
      s += w[i];
    }
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      out.put("S" + i, w[i] / s);
    }
    return out;
  }

  private static Map<String, Double> returns(SplittableRandom rnd, int n) {
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      out.put("S" + i, rnd.nextDouble(-0.3, 0.3));
    }
    return out;
  }
}
