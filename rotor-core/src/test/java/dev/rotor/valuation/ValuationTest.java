package dev.rotor.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real-data figures come from the pandas oracle {@code
 * src/test/resources/oracles/valuation/valuation_oracle.py} (run {@code /usr/bin/python3
 * rotor-core/src/test/resources/oracles/valuation/valuation_oracle.py /work/shared/data}), output
 * {@code aggregates.csv} committed beside it.
 */
class ValuationTest {

  private static final double TOL = 1e-12;

  /** Relative tolerance against pandas (pairwise summation vs left to right). */
  private static final double REL = 1e-10;

  private static final LocalDate D = LocalDate.of(2024, 1, 31);

  private static Constituent row(String t, String idx, double cap, double income, double pe) {
    return Constituent.of(t)
        .withMemberships(idx)
        .with(ConstituentField.MARKET_CAP, cap)
        .with(ConstituentField.INCOME, income)
        .with(ConstituentField.PE, pe);
  }

  private static CrossSection hand() {
    // A: cap 100, income 5 (pe 20); B: cap 50, income -5 (no pe); C: cap 50, income 10 (pe 5);
    // D: cap 30, income unknown; E: cap unknown.
    return new CrossSection(
        "hand",
        D,
        List.of(
            row("A", "RUT", 100, 5, 20),
            row("B", "RUT, S&P 500", 50, -5, Double.NaN),
            row("C", "S&P 500", 50, 10, 5),
            row("D", "RUT", 30, Double.NaN, Double.NaN),
            row("E", "RUT", Double.NaN, 1, 10)));
  }

  @Test
  void aggregate_handWorked_sumsIncomeOverCap() {
    AggregateValuation v = Valuation.aggregate(hand());
    // rows with cap and income: A, B, C; income 5 - 5 + 10 = 10 over cap 200 -> 0.05, P/E 20.
    assertThat(v.rows()).isEqualTo(5);
    assertThat(v.rowsWithData()).isEqualTo(3);
    assertThat(v.capTotal()).isCloseTo(230, within(TOL));
    assertThat(v.capWithData()).isCloseTo(200, within(TOL));
    assertThat(v.incomeSum()).isCloseTo(10, within(TOL));
    assertThat(v.earningsYield()).isCloseTo(0.05, within(TOL));
    assertThat(v.pe()).isCloseTo(20, within(TOL));
    assertThat(v.negativeCount()).isEqualTo(1);
    assertThat(v.negativeCapShare()).isCloseTo(0.25, within(TOL));
    // ex negative: (5 + 10) / 150 = 0.1
    assertThat(v.earningsYieldExNegative()).isCloseTo(0.1, within(TOL));
    assertThat(v.peExNegative()).isCloseTo(10, within(TOL));
    // harmonic over A, C (E has no cap): 150 / (100/20 + 50/5) = 150 / 15 = 10
    assertThat(v.harmonicPe()).isCloseTo(10, within(TOL));
    assertThat(v.rowCoverage()).isCloseTo(0.6, within(TOL));
    assertThat(v.capCoverage()).isCloseTo(200.0 / 230, within(TOL));
    assertThat(v.snapshot()).isEqualTo("hand");
    assertThat(v.asOf()).isEqualTo(D);
  }

  @Test
  void aggregate_membership_filtersExactTrimmedCodes() {
    AggregateValuation rut = Valuation.aggregate(hand(), "RUT");
    // A, B, D, E; data A, B: income 0 over cap 150 -> yield 0, P/E NaN
    assertThat(rut.rows()).isEqualTo(4);
    assertThat(rut.earningsYield()).isCloseTo(0, within(TOL));
    assertThat(rut.pe()).isNaN();
    assertThat(rut.universe()).isEqualTo("RUT");
    assertThat(Valuation.aggregate(hand(), "S&P 500").rows()).isEqualTo(2);
    assertThat(Valuation.aggregate(hand(), "S&P").rows()).isZero();
  }

  @Test
  void aggregate_noData_isNaNNotZero() {
    AggregateValuation v = Valuation.aggregate(new CrossSection("x", null, List.of()));
    assertThat(v.earningsYield()).isNaN();
    assertThat(v.pe()).isNaN();
    assertThat(v.incomeSum()).isNaN();
    assertThat(v.harmonicPe()).isNaN();
    assertThat(v.rowCoverage()).isNaN();
    assertThat(v.capCoverage()).isNaN();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void aggregate_blankMembership_throws(String m) {
    assertThatThrownBy(() -> Valuation.aggregate(hand(), m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("membership");
  }

  @Test
  void aggregate_randomConsistentPe_harmonicEqualsAggregateAndYieldBounded() {
    Random rnd = new Random(20260629L);
    for (int trial = 0; trial < 50; trial++) {
      List<Constituent> rows = new ArrayList<>();
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      int n = 1 + rnd.nextInt(40);
      for (int i = 0; i < n; i++) {
        double cap = Math.exp(18 + 4 * rnd.nextDouble());
        double income = cap * (0.005 + 0.15 * rnd.nextDouble());
        min = Math.min(min, income / cap);
        max = Math.max(max, income / cap);
        rows.add(row("T" + i, "", cap, income, cap / income));
      }
      AggregateValuation v = Valuation.aggregate(new CrossSection("r", D, rows));
      assertThat(v.harmonicPe()).isCloseTo(v.pe(), within(v.pe() * 1e-12));
      assertThat(v.earningsYield()).isBetween(min - TOL, max + TOL);
      assertThat(v.earningsYieldExNegative()).isEqualTo(v.earningsYield());
    }
  }

  @Test
  void aggregate_randomWithLosses_exNegativeAtLeastYield() {
    Random rnd = new Random(7L);
    for (int trial = 0; trial < 50; trial++) {
      List<Constituent> rows = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        double cap = Math.exp(18 + 4 * rnd.nextDouble());
        rows.add(row("T" + i, "", cap, cap * (rnd.nextDouble() * 0.2 - 0.05), Double.NaN));
      }
      AggregateValuation v = Valuation.aggregate(new CrossSection("r", D, rows));
      assertThat(v.earningsYieldExNegative()).isGreaterThanOrEqualTo(v.earningsYield());
      assertThat(v.negativeCapShare()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void aggregate_sp500Yfinance_matchesPandas() {
    check(Valuation.aggregate(RealSnapshots.sp500(), "S&P 500"), "sp500_2026-06-29");
  }

  @Test
  void aggregate_finvizRut_matchesPandas() {
    AggregateValuation v = Valuation.aggregate(RealSnapshots.finviz(), "RUT");
    check(v, "finviz_rut_2023-08");
    // minus signs lost in the source: no negative earner can be seen (biased yield)
    assertThat(v.negativeCount()).isZero();
  }

  @Test
  void aggregate_finvizSp500_matchesPandas() {
    check(Valuation.aggregate(RealSnapshots.finviz(), "S&P 500"), "finviz_sp500_2023-08");
  }

  private static void check(AggregateValuation v, String universe) {
    Map<String, Double> o = Oracle.aggregates().get(universe);
    assertThat(v.rows()).isEqualTo(o.get("rows").intValue());
    assertThat(v.rowsWithData()).isEqualTo(o.get("rows_with_data").intValue());
    assertThat(v.negativeCount()).isEqualTo(o.get("negative_count").intValue());
    rel(v.capTotal(), o.get("cap_total"));
    rel(v.capWithData(), o.get("cap_with_data"));
    rel(v.incomeSum(), o.get("income_sum"));
    rel(v.earningsYield(), o.get("earnings_yield"));
    rel(v.pe(), o.get("pe"));
    assertThat(v.negativeCapShare()).isCloseTo(o.get("negative_cap_share"), within(TOL));
    rel(v.earningsYieldExNegative(), o.get("earnings_yield_ex_negative"));
    rel(v.harmonicPe(), o.get("harmonic_pe"));
  }

  private static void rel(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * REL));
  }

  @Test
  void reportsEarnings_anyIncome_true() {
    assertThat(Valuation.reportsEarnings(hand())).isTrue();
  }

  @Test
  void withEarnings_incomeReported_returnsSnapshotUnchanged() {
    CrossSection cs = hand();
    assertThat(Valuation.withEarnings(cs)).isSameAs(cs);
  }

  @Test
  void withEarnings_noIncome_approximatesCapOverPe() {
    // A: 100 / 20 = 5; B: loss maker without a P/E keeps NaN; C: 50 / 5 = 10;
    // D: P/E 0 is not positive -> NaN; E: no cap -> NaN.
    CrossSection cs =
        new CrossSection(
            "no income",
            D,
            List.of(
                row("A", "RUT", 100, Double.NaN, 20),
                row("B", "RUT", 50, Double.NaN, Double.NaN),
                row("C", "RUT", 50, Double.NaN, 5),
                row("D", "RUT", 30, Double.NaN, 0),
                row("E", "RUT", Double.NaN, Double.NaN, 10)));
    assertThat(Valuation.reportsEarnings(cs)).isFalse();
    CrossSection out = Valuation.withEarnings(cs);
    assertThat(out.name()).isEqualTo("no income");
    assertThat(out.asOf()).isEqualTo(D);
    assertThat(out.rows()).extracting(Constituent::ticker).containsExactly("A", "B", "C", "D", "E");
    assertThat(out.rows().get(0).income()).isCloseTo(5.0, within(TOL));
    assertThat(out.rows().get(1).income()).isNaN();
    assertThat(out.rows().get(2).income()).isCloseTo(10.0, within(TOL));
    assertThat(out.rows().get(3).income()).isNaN();
    assertThat(out.rows().get(4).income()).isNaN();
    // aggregate over A and C: income 15 over cap 150 -> yield 0.1, P/E 10.
    assertThat(Valuation.aggregate(out).earningsYield()).isCloseTo(0.1, within(TOL));
  }

  private static CrossSection incomes(int n, double first) {
    java.util.List<dev.rotor.crosssection.Constituent> rows = new java.util.ArrayList<>();
    for (int k = 0; k < n; k++) {
      rows.add(
          dev.rotor.crosssection.Constituent.of("T" + k)
              .with(dev.rotor.crosssection.ConstituentField.INCOME, k == 0 ? first : 1.0));
    }
    return new CrossSection("s", java.time.LocalDate.of(2023, 8, 31), rows);
  }

  @Test
  void lostMinusSigns_hundredValuesNoneNegative_true() {
    assertThat(Valuation.lostMinusSigns(incomes(100, 1.0))).isTrue();
  }

  @Test
  void lostMinusSigns_oneNegativeOrTooFew_false() {
    assertThat(Valuation.lostMinusSigns(incomes(100, -1.0))).isFalse();
    assertThat(Valuation.lostMinusSigns(incomes(99, 1.0))).isFalse();
  }

  @Test
  void lossesSignedWhereNoPe_negatesOnlyIncomeWithoutPositivePe() {
    CrossSection cs =
        new CrossSection(
            "s",
            java.time.LocalDate.of(2023, 8, 31),
            java.util.List.of(
                dev.rotor.crosssection.Constituent.of("A")
                    .with(dev.rotor.crosssection.ConstituentField.INCOME, 5.0)
                    .with(dev.rotor.crosssection.ConstituentField.PE, 12.0),
                dev.rotor.crosssection.Constituent.of("B")
                    .with(dev.rotor.crosssection.ConstituentField.INCOME, 3.0),
                dev.rotor.crosssection.Constituent.of("C")
                    .with(dev.rotor.crosssection.ConstituentField.INCOME, 2.0)
                    .with(dev.rotor.crosssection.ConstituentField.PE, -4.0)));
    CrossSection signed = Valuation.lossesSignedWhereNoPe(cs);
    assertThat(signed.rows()).extracting(c -> c.income()).containsExactly(5.0, -3.0, -2.0);
    assertThat(signed.asOf()).isEqualTo(cs.asOf());
  }
}
