package dev.rotor.report.build;

import static dev.rotor.report.build.RiskSectionTest.assertWellFormed;
import static dev.rotor.report.build.RiskSectionTest.print;
import static dev.rotor.report.build.RiskSectionTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.allocation.AssetReturns;
import dev.rotor.etf.EtfComparison;
import dev.rotor.etf.EtfComparisonResult;
import dev.rotor.holding.HoldingComparison;
import dev.rotor.holding.HoldingPeriods;
import dev.rotor.liquidity.Liquidity;
import dev.rotor.liquidity.LiquidityMeasure;
import dev.rotor.liquidity.LiquiditySpec;
import dev.rotor.liquidity.Position;
import dev.rotor.report.Section;
import dev.rotor.report.Sentence;
import dev.rotor.scenario.ConditionalSplit;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The risk and investor sections on the shared real data (skipped outside CI when absent). */
class RiskInvestorRealDataTest {
  static final LocalDate AS_OF = LocalDate.of(2024, 1, 26);
  private static final double TOL = 1e-12;

  static Context at(LocalDate asOf) {
    return Context.of(new RiskRealReportData(), new ReportRequest(asOf, null, null, null));
  }

  @Test
  void build_realAt20240126_everySubPartIsComputed() {
    Context ctx = at(AS_OF);
    Section r = RiskSection.build(ctx);
    Section i = InvestorSection.build(ctx);
    print(r);
    print(i);
    assertWellFormed(r);
    assertWellFormed(i);
    assertThat(r.sentences())
        .extracting(Sentence::id)
        .noneMatch(id -> id.endsWith("_unavailable") || id.endsWith("_missing"));
    assertThat(i.sentences())
        .extracting(Sentence::id)
        .noneMatch(id -> id.endsWith("_unavailable") || id.endsWith("_missing"));
  }

  @Test
  void build_realAtDefaultAsOf_everySubPartIsComputed() {
    Context ctx = at(null);
    Section r = RiskSection.build(ctx);
    Section i = InvestorSection.build(ctx);
    print(r);
    print(i);
    assertWellFormed(r);
    assertWellFormed(i);
  }

  // Oracle: src/test/resources/oracles/risk-investor/oracle.py (pandas 1.5.3), output oracle.txt:
  // /usr/bin/python3 oracle.py /work/shared/data
  @Test
  void build_realAt20240126_numbersMatchThePandasOracle() {
    Context ctx = at(AS_OF);
    Universe u = ctx.universe();
    RiskSection.Stat s = RiskSection.stat(ctx, u.small(), u.smallName(), AS_OF.minusYears(5));
    assertThat(s.st().volatility().closeToClose()).isCloseTo(0.273095757329253, within(TOL));
    assertThat(s.st().drawdowns().maxDrawdown()).isCloseTo(-0.41874948686972946, within(TOL));
    assertThat(s.st().tail().var95Historical()).isCloseTo(-0.025229837600075966, within(TOL));
    assertThat(s.st().tail().cvar95Historical()).isCloseTo(-0.03958170566699087, within(TOL));
    assertThat(s.st().benchmark().get().beta()).isCloseTo(1.1301914737330492, within(TOL));
    AssetReturns w = InvestorSection.weekly(ctx);
    assertThat(w.periodCount()).isEqualTo(260);
    assertThat(w.correlation().get(0, 1)).isCloseTo(0.8835008681038661, within(TOL));
    HoldingComparison h1 =
        HoldingPeriods.compareLevels(ctx.values(u.small()), ctx.values(u.large()), List.of(1))
            .get(0);
    assertThat(h1.span().windows()).isEqualTo(1656);
    assertThat(h1.smallBeatsLarge()).isCloseTo(0.2892512077294686, within(TOL));
    LiquiditySpec spec =
        LiquiditySpec.of(AS_OF.minusYears(1), AS_OF, Position.dollars(LiquidityFacts.POSITION_USD));
    double amihud =
        Liquidity.profile("IWM", ctx.bars("etf-seasonality/IWM").get(), spec)
            .value(LiquidityMeasure.AMIHUD);
    assertThat(amihud).isCloseTo(1.6460874743970597e-06, within(1e-15));
    EtfComparisonResult te =
        EtfComparison.compare(
            ctx.values("factor_attribution/etf/IWM").between(AS_OF.minusYears(3), AS_OF),
            ctx.values(u.small()).between(AS_OF.minusYears(3), AS_OF),
            0.0,
            Frequency.DAILY);
    assertThat(te.trackingError()).isCloseTo(0.011488825705425922, within(TOL));
    ConditionalSplit rec = ScenarioFacts.recessionSplit(ctx);
    assertThat(rec.inState().months()).isEqualTo(2);
    assertThat(rec.inState().meanMonthly()).isCloseTo(-0.042039443856156544, within(TOL));
    ConditionalSplit longRec =
        dev.rotor.scenario.ConditionalReturns.split(
            dev.rotor.scenario.ConditionalReturns.difference(
                ctx.values(ctx.role(Universe.Role.SIZE_DECILE_SMALL)),
                ctx.values(ctx.role(Universe.Role.SIZE_DECILE_LARGE))),
            dev.rotor.scenario.MonthlyStates.fromIndicator(
                "recession", ctx.values(ctx.role(Universe.Role.RECESSION))));
    assertThat(longRec.inState().months()).isEqualTo(58);
    assertThat(longRec.inState().meanMonthly()).isCloseTo(-0.0016724137931034503, within(TOL));
    // and the sentences carry those numbers, formatted
    Section r = RiskSection.build(ctx);
    Section i = InvestorSection.build(ctx);
    assertThat(text(r, "risks.volatility")).contains("27.3%");
    assertThat(text(r, "risks.drawdown")).contains("-41.9%");
    assertThat(text(r, "risks.var")).contains("-2.5%").contains("-4.0%");
    assertThat(text(r, "risks.beta")).contains("1.13");
    assertThat(text(r, "risks.liquidity")).contains("0.165%");
    assertThat(text(r, "risks.recession")).contains("-4.2% a month");
    assertThat(text(i, "investor.correlation")).contains("0.88");
    assertThat(text(i, "investor.holding")).contains("29% of 1,656 1-year windows");
  }

  @Test
  void build_realThreeMonthsAfterTheIndicesStart_sectionsStillBuild() {
    Context ctx = at(LocalDate.of(2016, 9, 30));
    Section r = RiskSection.build(ctx);
    Section i = InvestorSection.build(ctx);
    print(r);
    print(i);
    assertThat(r.blocks()).isNotEmpty();
    assertThat(i.blocks()).isNotEmpty();
  }

  @Test
  void build_real_timing() {
    for (LocalDate d : new LocalDate[] {AS_OF, null}) {
      // load the CSVs (cached per JVM) outside the timing: a real run reads them from the store
      RiskSection.build(at(d));
      InvestorSection.build(at(d));
      long[] rt = new long[7];
      long[] it = new long[7];
      for (int k = 0; k < rt.length; k++) {
        Context ctx = at(d);
        EpisodeFacts.line(ctx);
        long t0 = System.nanoTime();
        RiskSection.build(ctx);
        long t1 = System.nanoTime();
        InvestorSection.build(ctx);
        long t2 = System.nanoTime();
        rt[k] = t1 - t0;
        it[k] = t2 - t1;
      }
      System.out.printf(
          "as-of %s (data loaded): risks first %.1f ms, median %.1f ms; investor first %.1f ms, median %.1f ms%n",
          d, rt[0] / 1e6, median(rt) / 1e6, it[0] / 1e6, median(it) / 1e6);
    }
  }

  private static double median(long[] x) {
    long[] s = x.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
