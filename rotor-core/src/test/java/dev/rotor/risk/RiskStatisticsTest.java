package dev.rotor.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskStatisticsTest {

  private static final LocalDate A = LocalDate.of(2020, 1, 31);
  private static final LocalDate B = LocalDate.of(2020, 12, 31);

  private static RiskStatistics stats(
      LocalDate start, LocalDate end, int periods, Optional<RiskStatistics.BenchmarkFigures> b) {
    double x = 0.1;
    return new RiskStatistics(
        start,
        end,
        periods,
        Frequency.MONTHLY,
        x,
        x,
        new RiskStatistics.Volatilities(x, x, x, x, x),
        x,
        new RiskStatistics.RiskRatios(x, x, x, x),
        new RiskStatistics.DrawdownFigures(-x, 0, List.of()),
        new RiskStatistics.TailFigures(x, x, x, x, x, x, x, x, x, x, x, x, x),
        x,
        x,
        b);
  }

  @Test
  void figures_listsEveryScalarWithStableNames() {
    RiskStatistics s = stats(A, B, 12, Optional.empty());
    assertThat(s.figures()).hasSize(29);
    assertThat(new ArrayList<>(s.figures().keySet()).subList(0, 3))
        .containsExactly("total_return", "cagr", "volatility");
    assertThat(s.figures()).containsKeys("var_95_historical", "cvar_99_cornish_fisher", "omega");
    RiskStatistics withBenchmark =
        stats(A, B, 12, Optional.of(new RiskStatistics.BenchmarkFigures(12, 1, 0.9, 1.1, 0.8)));
    assertThat(withBenchmark.figures()).hasSize(34).containsEntry("beta", 1.0);
  }

  @Test
  void drawdownFigures_copiesTheEpisodes() {
    List<DrawdownEpisode> list = new ArrayList<>();
    list.add(new DrawdownEpisode(A, B, null, -0.2, 3, 5));
    RiskStatistics.DrawdownFigures f = new RiskStatistics.DrawdownFigures(-0.2, -0.1, list);
    list.clear();
    assertThat(f.episodes()).hasSize(1);
  }

  @Test
  void record_invalid_isRejected() {
    assertThatThrownBy(() -> stats(A, B, 0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("periods");
    assertThatThrownBy(() -> stats(B, A, 3, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("end");
    assertThatThrownBy(() -> stats(A, B, 3, null)).isInstanceOf(NullPointerException.class);
  }
}
