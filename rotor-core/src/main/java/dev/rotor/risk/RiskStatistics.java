package dev.rotor.risk;

import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every risk figure of one returns series, computed by {@link RiskReport}. Conventions are in
 * {@code docs/conventions-risk.md}: simple returns; annualised with {@code periodsPerYear} of the
 * frequency; sample ({@code n - 1}) statistics; losses (VaR, CVaR, drawdowns) as negative returns;
 * NaN where there is too little data or a zero denominator.
 *
 * @param start date of the first return
 * @param end date of the last return
 * @param periods number of returns
 * @param frequency the frequency used for annualisation
 * @param totalReturn compounded simple return over the sample
 * @param cagr annualised geometric return {@code (1 + total)^(periodsPerYear / periods) - 1}
 * @param volatility annualised volatility estimates
 * @param downsideDeviation annualised downside deviation below the risk-free rate
 * @param ratios risk-adjusted ratios
 * @param drawdowns drawdown figures and the episode table
 * @param tail value at risk, expected shortfall and tail ratio, per period
 * @param skewness adjusted skewness G1 (pandas, Excel)
 * @param excessKurtosis adjusted excess kurtosis G2 (pandas, Excel)
 * @param benchmark figures against the benchmark, when one was given
 */
public record RiskStatistics(
    LocalDate start,
    LocalDate end,
    int periods,
    Frequency frequency,
    double totalReturn,
    double cagr,
    Volatilities volatility,
    double downsideDeviation,
    RiskRatios ratios,
    DrawdownFigures drawdowns,
    TailFigures tail,
    double skewness,
    double excessKurtosis,
    Optional<BenchmarkFigures> benchmark) {

  /** Validates the record. */
  public RiskStatistics {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(volatility, "volatility");
    Objects.requireNonNull(ratios, "ratios");
    Objects.requireNonNull(drawdowns, "drawdowns");
    Objects.requireNonNull(tail, "tail");
    Objects.requireNonNull(benchmark, "benchmark");
    if (periods < 1) {
      throw new IllegalArgumentException("periods: " + periods + " is below 1");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end: " + end + " is before start " + start);
    }
  }

  /**
   * Annualised volatilities: close-to-close (sample standard deviation of returns), RiskMetrics
   * EWMA ({@code lambda = 0.94}), and from OHLC bars Parkinson, Garman-Klass and Yang-Zhang (NaN
   * when no bars were given or too few carry open, high and low).
   */
  public record Volatilities(
      double closeToClose, double ewma, double parkinson, double garmanKlass, double yangZhang) {}

  /** Annualised Sharpe and Sortino, Calmar (CAGR over max drawdown) and Omega (threshold rf). */
  public record RiskRatios(double sharpe, double sortino, double calmar, double omega) {}

  /**
   * Drawdowns: the deepest and the current one (both in (-1, 0], 0 at a high) and every episode,
   * deepest first.
   */
  public record DrawdownFigures(
      double maxDrawdown, double currentDrawdown, List<DrawdownEpisode> episodes) {
    /** Copies the episodes. */
    public DrawdownFigures {
      episodes = List.copyOf(episodes);
    }
  }

  /**
   * One-period VaR and CVaR at 95% and 99% by each {@link VarMethod}, as negative returns, and the
   * tail ratio.
   */
  public record TailFigures(
      double var95Historical,
      double var95Gaussian,
      double var95CornishFisher,
      double var99Historical,
      double var99Gaussian,
      double var99CornishFisher,
      double cvar95Historical,
      double cvar95Gaussian,
      double cvar95CornishFisher,
      double cvar99Historical,
      double cvar99Gaussian,
      double cvar99CornishFisher,
      double tailRatio) {}

  /**
   * Figures against a benchmark on the periods both series share.
   *
   * @param periods number of shared periods
   * @param beta OLS slope on the benchmark returns
   * @param correlation Pearson correlation with the benchmark returns
   * @param upCapture annualised return in up-benchmark periods over the benchmark's
   * @param downCapture annualised return in down-benchmark periods over the benchmark's
   */
  public record BenchmarkFigures(
      int periods, double beta, double correlation, double upCapture, double downCapture) {}

  /**
   * Every scalar figure under a stable snake_case name ({@code var_95_historical}, ...), in report
   * order; benchmark figures only when a benchmark was given.
   */
  public Map<String, Double> figures() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("total_return", totalReturn);
    m.put("cagr", cagr);
    m.put("volatility", volatility.closeToClose());
    m.put("volatility_ewma", volatility.ewma());
    m.put("volatility_parkinson", volatility.parkinson());
    m.put("volatility_garman_klass", volatility.garmanKlass());
    m.put("volatility_yang_zhang", volatility.yangZhang());
    m.put("downside_deviation", downsideDeviation);
    m.put("sharpe", ratios.sharpe());
    m.put("sortino", ratios.sortino());
    m.put("calmar", ratios.calmar());
    m.put("omega", ratios.omega());
    m.put("max_drawdown", drawdowns.maxDrawdown());
    m.put("current_drawdown", drawdowns.currentDrawdown());
    m.put("var_95_historical", tail.var95Historical());
    m.put("var_95_gaussian", tail.var95Gaussian());
    m.put("var_95_cornish_fisher", tail.var95CornishFisher());
    m.put("var_99_historical", tail.var99Historical());
    m.put("var_99_gaussian", tail.var99Gaussian());
    m.put("var_99_cornish_fisher", tail.var99CornishFisher());
    m.put("cvar_95_historical", tail.cvar95Historical());
    m.put("cvar_95_gaussian", tail.cvar95Gaussian());
    m.put("cvar_95_cornish_fisher", tail.cvar95CornishFisher());
    m.put("cvar_99_historical", tail.cvar99Historical());
    m.put("cvar_99_gaussian", tail.cvar99Gaussian());
    m.put("cvar_99_cornish_fisher", tail.cvar99CornishFisher());
    m.put("tail_ratio", tail.tailRatio());
    m.put("skewness", skewness);
    m.put("excess_kurtosis", excessKurtosis);
    benchmark.ifPresent(
        b -> {
          m.put("benchmark_periods", (double) b.periods());
          m.put("beta", b.beta());
          m.put("correlation", b.correlation());
          m.put("up_capture", b.upCapture());
          m.put("down_capture", b.downCapture());
        });
    return m;
  }
}
