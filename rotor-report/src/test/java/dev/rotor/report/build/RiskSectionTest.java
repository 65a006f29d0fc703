package dev.rotor.report.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.liquidity.Liquidity;
import dev.rotor.liquidity.LiquidityMeasure;
import dev.rotor.liquidity.LiquiditySpec;
import dev.rotor.liquidity.Position;
import dev.rotor.report.Block;
import dev.rotor.report.Chart;
import dev.rotor.report.LineChart;
import dev.rotor.report.Section;
import dev.rotor.report.Sentence;
import dev.rotor.report.SentenceKind;
import dev.rotor.report.Table;
import dev.rotor.risk.Drawdowns;
import dev.rotor.risk.RiskFree;
import dev.rotor.risk.RiskReport;
import dev.rotor.risk.RiskStatistics;
import dev.rotor.scenario.ConditionalSplit;
import dev.rotor.scenario.StandardErrors;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskSectionTest {
  private static final double TOL = 1e-12;

  static Context synthetic() {
    return Context.of(SyntheticReportData.defaults(), ReportRequest.defaults());
  }

  /** Every FACT has sources; every interpretation rests on facts written earlier in the section. */
  static void assertWellFormed(Section s) {
    Set<String> facts = new HashSet<>();
    for (Sentence x : s.sentences()) {
      assertThat(x.text()).doesNotContain("n/a").doesNotContain("NaN");
      if (x.kind() == SentenceKind.FACT) {
        assertThat(x.sources()).as(x.id()).isNotEmpty();
        facts.add(x.id());
      } else {
        assertThat(facts).as(x.id()).containsAll(x.restsOn());
      }
    }
    for (Block b : s.blocks()) {
      if (b instanceof Table t) {
        assertThat(t.rows()).as(t.id()).isNotEmpty();
        assertThat(t.sources()).as(t.id()).isNotEmpty();
      }
      if (b instanceof Chart c) {
        assertThat(c.sources()).isNotEmpty();
      }
    }
  }

  static String text(Section s, String id) {
    return s.sentences().stream()
        .filter(x -> x.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sentence " + id))
        .text();
  }

  static void print(Section s) {
    System.out.println("== " + s.title());
    for (Block b : s.blocks()) {
      if (b instanceof dev.rotor.report.Paragraph p) {
        for (Sentence x : p.sentences()) {
          System.out.println((x.kind() == SentenceKind.FACT ? "FACT  " : "INTERP ") + x.text());
        }
      } else if (b instanceof Table t) {
        System.out.println("TABLE " + t.caption());
        System.out.println("  " + String.join(" | ", t.columns()));
        for (List<String> r : t.rows()) {
          System.out.println("  " + String.join(" | ", r));
        }
      } else if (b instanceof Chart c) {
        System.out.println("CHART " + c.spec().getClass().getSimpleName() + " " + c.sources());
      }
    }
  }

  @Test
  void build_synthetic_everySubPartIsPresentAndWellFormed() {
    Section s = RiskSection.build(synthetic());
    print(s);
    assertWellFormed(s);
    assertThat(s.sentences())
        .extracting(Sentence::id)
        .contains(
            "risks.volatility",
            "risks.volatility_rule",
            "risks.beta",
            "risks.drawdown",
            "risks.drawdown_rule",
            "risks.var",
            "risks.rate_beta",
            "risks.rate_rule",
            "risks.recession",
            "risks.liquidity",
            "risks.liquidity_rule")
        .noneMatch(id -> id.endsWith("_unavailable"));
  }

  @Test
  void build_synthetic_volatilityEqualsTheRiskKernel() {
    Context ctx = synthetic();
    Universe u = ctx.universe();
    LocalDate from = ctx.asOf().minusYears(5);
    DateSeries s = ctx.values(u.small()).between(from, ctx.asOf());
    DateSeries l = ctx.values(u.large()).between(from, ctx.asOf());
    RiskStatistics st =
        RiskReport.computeFromLevels(
            s, Frequency.DAILY, Optional.of(l), RiskFree.zero(), Optional.empty());
    RiskStatistics lt =
        RiskReport.computeFromLevels(
            l, Frequency.DAILY, Optional.empty(), RiskFree.zero(), Optional.empty());
    RiskSection.Stat mine = RiskSection.stat(ctx, u.small(), u.smallName(), from);
    assertThat(mine.st().volatility().closeToClose())
        .isCloseTo(st.volatility().closeToClose(), within(TOL));
    assertThat(mine.st().benchmark().get().beta())
        .isCloseTo(st.benchmark().get().beta(), within(TOL));
    Section sec = RiskSection.build(ctx);
    assertThat(text(sec, "risks.volatility"))
        .contains(Format.pctAbs(st.volatility().closeToClose()))
        .contains(Format.pctAbs(lt.volatility().closeToClose()));
    assertThat(text(sec, "risks.var"))
        .contains(Format.pct(st.tail().var95Historical()))
        .contains(Format.pct(st.tail().cvar95Historical()));
    String word =
        ReportRule.volWord(st.volatility().closeToClose() / lt.volatility().closeToClose());
    assertThat(text(sec, "risks.volatility_rule"))
        .contains(
            word.equals("similar")
                ? "similarly volatile"
                : "makes the " + u.smallName() + " " + word);
    double d = st.drawdowns().maxDrawdown() - lt.drawdowns().maxDrawdown();
    assertThat(text(sec, "risks.drawdown")).contains(Format.pct(st.drawdowns().maxDrawdown()));
    assertThat(text(sec, "risks.drawdown_rule"))
        .contains(Math.abs(d) >= 0.05 ? "deeper" : "similar");
  }

  @Test
  void build_synthetic_drawdownChartIsWeeklyPercentFromRunningHigh() {
    Context ctx = synthetic();
    Section s = RiskSection.build(ctx);
    LineChart c =
        s.blocks().stream()
            .filter(b -> b instanceof Chart)
            .map(b -> (LineChart) ((Chart) b).spec())
            .filter(x -> x.id().equals("drawdowns"))
            .findFirst()
            .orElseThrow();
    assertThat(c.lines()).hasSize(2);
    DateSeries v = ctx.values(ctx.universe().small()).between(ctx.asOf().minusYears(5), null);
    DateSeries path = Charts.weekly(DateSeries.of(v.dates(), Drawdowns.path(v.values())));
    LineChart.Line small = c.lines().get(0);
    assertThat(small.dates()).containsExactly(path.dates());
    assertThat(small.values()[small.values().length - 1])
        .isCloseTo(100 * path.lastValue(), within(TOL));
    for (double x : small.values()) {
      assertThat(x).isBetween(-100.0, 0.0);
    }
    // about 52 points a year over five years
    assertThat(small.dates().size()).isBetween(255, 265);
  }

  @Test
  void build_synthetic_scenarioNumbersEqualTheScenarioKernels() {
    Context ctx = synthetic();
    Section s = RiskSection.build(ctx);
    ScenarioFacts.Rates r = ScenarioFacts.rateBetas(ctx);
    var up = r.relative().shock(100, StandardErrors.NEWEY_WEST, 0.95);
    assertThat(text(s, "risks.rate_beta"))
        .contains(Format.pct(up.expectedReturn()))
        .contains(Format.interval(up.lower(), up.upper()));
    boolean sig = up.lower() > 0 || up.upper() < 0;
    assertThat(text(s, "risks.rate_rule")).contains(sig ? "is significant" : "cannot distinguish");
    ConditionalSplit sp = ScenarioFacts.recessionSplit(ctx);
    assertThat(sp.inState().months()).isGreaterThan(1);
    double[] ci = ScenarioFacts.meanInterval(sp.inState());
    assertThat(text(s, "risks.recession"))
        .contains(Format.pct(sp.inState().meanMonthly()))
        .contains(Format.interval(ci[0], ci[1]));
    assertThat(ci[0]).isLessThan(sp.inState().meanMonthly());
    assertThat(ci[1]).isGreaterThan(sp.inState().meanMonthly());
  }

  @Test
  void meanInterval_twoMonths_usesStudentTWithOneDegreeOfFreedom() {
    // Returns 0.01 and 0.03: mean 0.02, sd sqrt(2) * 0.01, se 0.01; t(0.975, 1) = 12.7062047...
    // (scipy.stats.t.ppf(0.975, 1) = 12.706204736174698) -> interval 0.02 -/+ 0.127062047.
    var st =
        dev.rotor.scenario.ConditionalReturns.split(
                DateSeries.of(
                    new LocalDate[] {LocalDate.of(2020, 3, 31), LocalDate.of(2020, 4, 30)},
                    new double[] {0.01, 0.03}),
                dev.rotor.scenario.MonthlyStates.fromIndicator(
                    "r",
                    DateSeries.of(
                        new LocalDate[] {LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 1)},
                        new double[] {1, 1})))
            .inState();
    double[] ci = ScenarioFacts.meanInterval(st);
    assertThat(ci[0]).isCloseTo(0.02 - 0.12706204736174698, within(1e-9));
    assertThat(ci[1]).isCloseTo(0.02 + 0.12706204736174698, within(1e-9));
  }

  @Test
  void build_synthetic_liquidityRatioEqualsTheLiquidityKernel() {
    Context ctx = synthetic();
    String sid = ctx.role(Universe.Role.SMALL_ETF_BARS);
    String lid = ctx.role(Universe.Role.LARGE_ETF_BARS);
    LiquiditySpec spec =
        LiquiditySpec.of(
            ctx.asOf().minusYears(1), ctx.asOf(), Position.dollars(LiquidityFacts.POSITION_USD));
    double a = Liquidity.profile("s", ctx.bars(sid).get(), spec).value(LiquidityMeasure.AMIHUD);
    double b = Liquidity.profile("l", ctx.bars(lid).get(), spec).value(LiquidityMeasure.AMIHUD);
    Section s = RiskSection.build(ctx);
    assertThat(text(s, "risks.liquidity"))
        .contains(String.format(java.util.Locale.ROOT, "%.1f times", a / b));
    assertThat(text(s, "risks.liquidity_rule"))
        .contains(a / b >= 2 || a / b <= 0.5 ? "less liquid than" : "neither");
  }

  @Test
  void build_missingYieldAndRecession_writesFactsInsteadOfFailing() {
    ReportData base = SyntheticReportData.defaults();
    ReportData thin =
        new ReportData() {
          @Override
          public boolean synthetic() {
            return true;
          }

          @Override
          public Optional<Loaded> series(String q) {
            return q.contains("macro/") ? Optional.empty() : base.series(q);
          }

          @Override
          public Optional<dev.rotor.series.BarSeries> bars(String q) {
            return Optional.empty();
          }

          @Override
          public Optional<Snapshot> snapshot(String q) {
            return Optional.empty();
          }
        };
    Section s = RiskSection.build(Context.of(thin, ReportRequest.defaults()));
    print(s);
    assertWellFormed(s);
    assertThat(s.sentences())
        .extracting(Sentence::id)
        .contains("risks.rates_missing", "risks.recession_missing", "risks.liquidity_missing");
  }
}
