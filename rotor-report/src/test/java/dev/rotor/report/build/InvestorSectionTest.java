package dev.rotor.report.build;

import static dev.rotor.report.build.RiskSectionTest.assertWellFormed;
import static dev.rotor.report.build.RiskSectionTest.print;
import static dev.rotor.report.build.RiskSectionTest.synthetic;
import static dev.rotor.report.build.RiskSectionTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.allocation.Allocations;
import dev.rotor.allocation.AssetReturns;
import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.holding.HoldingComparison;
import dev.rotor.holding.HoldingPeriods;
import dev.rotor.report.Section;
import dev.rotor.report.Sentence;
import dev.rotor.report.Table;
import dev.rotor.screen.ScreenQuery;
import dev.rotor.screen.ScreenResult;
import dev.rotor.screen.Screener;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvestorSectionTest {

  static Table table(Section s, String id) {
    return s.blocks().stream()
        .filter(b -> b instanceof Table t && t.id().equals(id))
        .map(b -> (Table) b)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + id));
  }

  @Test
  void build_synthetic_everySubPartIsPresentAndWellFormed() {
    Section s = InvestorSection.build(synthetic());
    print(s);
    assertWellFormed(s);
    assertThat(s.sentences())
        .extracting(Sentence::id)
        .contains(
            "investor.correlation",
            "investor.correlation_rule",
            "investor.mix",
            "investor.holding",
            "investor.holding_rule",
            "investor.screen",
            "investor.screen_caveat",
            "investor.etfs_missing")
        .noneMatch(id -> id.endsWith("_unavailable"));
  }

  @Test
  void build_synthetic_diversificationEqualsTheAllocationKernel() {
    Context ctx = synthetic();
    AssetReturns r = InvestorSection.weekly(ctx);
    double rho = r.correlation().get(0, 1);
    Section s = InvestorSection.build(ctx);
    assertThat(text(s, "investor.correlation"))
        .contains(String.format(Locale.ROOT, "correlation of %.2f", rho))
        .contains(r.periodCount() + " weeks");
    assertThat(text(s, "investor.correlation_rule")).contains(ReportRule.correlationWord(rho));
    double mix = Allocations.of(r, new double[] {0.5, 0.5}, 0).volatility();
    // 50/50 volatility by hand: sqrt(w' S w) with the kernel's annualised covariance
    double[][] c = r.annualisedCovariance();
    double byHand = Math.sqrt(0.25 * c[0][0] + 0.25 * c[1][1] + 0.5 * c[0][1]);
    assertThat(mix).isCloseTo(byHand, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(text(s, "investor.mix"))
        .contains(Format.pctAbs(mix))
        .contains(Format.pctAbs(Math.sqrt(c[0][0])))
        .contains(Format.pctAbs(Math.sqrt(c[1][1])));
  }

  @Test
  void build_synthetic_holdingOddsEqualTheHoldingKernel() {
    Context ctx = synthetic();
    Universe u = ctx.universe();
    List<HoldingComparison> h =
        HoldingPeriods.compareLevels(
            ctx.values(u.small()), ctx.values(u.large()), InvestorSection.HORIZONS);
    Section s = InvestorSection.build(ctx);
    String fact = text(s, "investor.holding");
    String rule = text(s, "investor.holding_rule");
    for (HoldingComparison c : h) {
      if (c.span().windows() == 0) {
        assertThat(fact).contains("too short for a");
        continue;
      }
      assertThat(fact)
          .contains(
              String.format(
                  Locale.ROOT,
                  "%s of %,d %d-year windows (%d independent)",
                  Format.prob(c.smallBeatsLarge()),
                  c.span().windows(),
                  c.span().years(),
                  c.span().independentWindows()));
      String word = ReportRule.oddsWord(c.smallBeatsLarge());
      assertThat(rule)
          .contains(
              switch (word) {
                case "usually" -> "usually beat";
                case "usually not" -> "usually did not beat";
                default -> "about as often as not";
              });
    }
    assertThat(table(s, "investor.holding_table").rows()).isNotEmpty();
  }

  @Test
  void build_synthetic_screenListsTheKernelsTopTenInOrder() {
    Context ctx = synthetic();
    CrossSection cs = ctx.snapshot(ctx.role(Universe.Role.SMALL_FUNDAMENTALS)).get().rows();
    ScreenResult r =
        Screener.run(
            cs,
            ScreenQuery.parse(
                "memberships contains \"SMALL\" and " + InvestorTables.SCREEN_WHERE,
                InvestorTables.SCREEN_RANK,
                InvestorTables.TOP));
    Section s = InvestorSection.build(ctx);
    Table t = table(s, "investor.screen_table");
    assertThat(t.rows()).hasSize(Math.min(10, r.matched()));
    double prevCap = Double.POSITIVE_INFINITY;
    for (int i = 0; i < t.rows().size(); i++) {
      Constituent c = r.hits().get(i).row();
      assertThat(t.rows().get(i).get(1)).isEqualTo(c.ticker());
      assertThat(c.memberships()).contains("SMALL");
      assertThat(c.get(ConstituentField.PE)).isBetween(0.0, 30.0);
      assertThat(c.get(ConstituentField.DEBT_TO_EQUITY)).isLessThan(1.0);
      assertThat(c.get(ConstituentField.MARKET_CAP)).isLessThanOrEqualTo(prevCap);
      prevCap = c.get(ConstituentField.MARKET_CAP);
    }
    assertThat(text(s, "investor.screen")).contains(r.matched() + " pass");
    assertThat(text(s, "investor.screen_caveat")).contains("not a recommendation");
  }

  @Test
  void signsLost_snapshotWithoutAnyNegative_isFlagged() {
    java.util.ArrayList<Constituent> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 150; i++) {
      rows.add(
          Constituent.of("T" + i)
              .withMemberships("RUT")
              .with(ConstituentField.SALES_GROWTH, 0.01 * i)
              .with(ConstituentField.INCOME, 1e6));
    }
    CrossSection cs = new CrossSection("x", java.time.LocalDate.of(2023, 8, 31), rows);
    ScreenResult all = Screener.run(cs, ScreenQuery.parse(null, null, ScreenQuery.ALL));
    assertThat(InvestorTables.signsLost(all)).isTrue();
    rows.set(3, rows.get(3).with(ConstituentField.INCOME, -5));
    cs = new CrossSection("x", java.time.LocalDate.of(2023, 8, 31), rows);
    all = Screener.run(cs, ScreenQuery.parse(null, null, ScreenQuery.ALL));
    assertThat(InvestorTables.signsLost(all)).isFalse();
  }
}
