package dev.rotor.report.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.analogs.AnalogResult;
import dev.rotor.analogs.AnalogSpec;
import dev.rotor.analogs.Analogs;
import dev.rotor.analogs.ForwardSummary;
import dev.rotor.analogs.NeighbourRule;
import dev.rotor.analogs.RelativeSeries;
import dev.rotor.analogs.Sampling;
import dev.rotor.episodes.EpisodeTable;
import dev.rotor.regime.MarkovSwitching;
import dev.rotor.regime.RegimeEstimate;
import dev.rotor.report.Section;
import dev.rotor.report.Sentence;
import dev.rotor.returns.RelativeLines;
import dev.rotor.returns.Resample;
import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The history section's numbers are the kernels' (MarkovSwitching, Analogs, Episodes; each has its
 * statsmodels or pandas oracle in rotor-core) applied to the relative line small / large, here on
 * the synthetic sample.
 */
class HistorySectionTest {
  private static Context ctx;
  private static Section section;
  private static DateSeries line;

  @BeforeAll
  static void build() {
    ctx = Context.of(SyntheticReportData.defaults(), ReportRequest.defaults());
    section = HistorySection.build(ctx);
    line =
        RelativeLines.ratio(ctx.values(ctx.universe().small()), ctx.values(ctx.universe().large()));
  }

  private static String text(String key) {
    return section.sentences().stream()
        .filter(s -> s.id().equals("history." + key))
        .map(Sentence::text)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void regime_probabilityIsTheFittedFilteredProbability() {
    DateSeries r =
        Returns.fromPrices(Resample.lastPerPeriod(line, Frequency.WEEKLY), ReturnKind.LOG);
    RegimeEstimate est = MarkovSwitching.fit(r);
    int n = est.dates().size();
    double p = est.fit().filtered().get(n - 1, 1);
    assertThat(text("regime"))
        .contains(n + " weeks to " + est.dates().get(n - 1))
        .contains("is " + Format.prob(p) + ".");
    assertThat(text("regime_rule")).contains(ReportRule.regimeWord(p));
  }

  @Test
  void analogs_summaryIsTheKernelsLongestHorizon() {
    AnalogSpec spec = AnalogSpec.defaults();
    AnalogResult r =
        Analogs.nearest(
            RelativeSeries.ofLevel(line, Sampling.of(Frequency.DAILY)),
            ctx.asOf(),
            NeighbourRule.defaults().withK(HistorySection.ANALOGS),
            spec);
    ForwardSummary y = r.summary(spec.horizonMonths().get(spec.horizonMonths().size() - 1));
    assertThat(text("analogs"))
        .startsWith("The " + r.analogs().size() + " past dates")
        .contains("median relative return of " + Format.pct(y.median()))
        .contains("in " + Format.prob(y.hitRate()) + " of the " + y.count())
        .contains(Format.interval(y.lower(), y.upper()));
  }

  @Test
  void episodes_countIsTheEpisodeTables() {
    EpisodeTable t = EpisodeFacts.table(ctx);
    assertThat(text("episode_count")).contains("through " + t.episodes().size() + " leadership");
  }
}
