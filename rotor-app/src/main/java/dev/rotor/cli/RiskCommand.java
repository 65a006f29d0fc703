package dev.rotor.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rotor.returns.PriceBasis;
import dev.rotor.risk.DrawdownEpisode;
import dev.rotor.risk.RiskFree;
import dev.rotor.risk.RiskReport;
import dev.rotor.risk.RiskStatistics;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesKind;
import dev.rotor.service.RotorService;
import dev.rotor.store.StoredSeries;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor risk}: performance and risk statistics of any series. */
@Command(
    name = "risk",
    mixinStandardHelpOptions = true,
    description = {
      "Performance and risk statistics of a price or returns series: total return, CAGR,"
          + " volatility (close-to-close, EWMA 0.94, Parkinson, Garman-Klass, Yang-Zhang),"
          + " downside deviation, Sharpe, Sortino, Calmar, Omega, drawdowns, VaR and CVaR at 95%%"
          + " and 99%% (historical, Gaussian, Cornish-Fisher; losses as negative returns), skewness,"
          + " excess kurtosis, tail ratio; with --benchmark: beta, correlation, up and down capture.",
      "--rf takes a constant annual rate (0.04 or 4%%), a FRED yield series in percent (e.g."
          + " DGS3MO, TB3MS) or a per-period rate series (French RF). Conventions in"
          + " docs/conventions.md."
    })
final class RiskCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--series",
      required = true,
      paramLabel = "ID",
      description = "Series to measure (levels or returns).")
  String series;

  @Option(names = "--benchmark", paramLabel = "ID", description = "Benchmark of the same type.")
  String benchmark;

  @Option(
      names = "--rf",
      paramLabel = "ID|RATE",
      description = "Risk-free rate: constant annual (0.04, 4%%) or series id (default 0).")
  String rf;

  @Mixin DateRangeOptions range;

  @Option(
      names = "--basis",
      description =
          "price (close) or total (adjusted close) for level series; default ${DEFAULT-VALUE}.")
  PriceBasis basis = PriceBasis.PRICE;

  @Option(names = "--json", description = "JSON output (fields in docs/cli.md).")
  boolean json;

  record DrawdownDto(
      String peak,
      String trough,
      String recovery,
      double depth,
      int periodsToTrough,
      Integer periodsToRecovery) {}

  record RiskDto(
      String series,
      String benchmark,
      String riskFree,
      boolean synthetic,
      String start,
      String end,
      int periods,
      String frequency,
      Map<String, Double> figures,
      Double cagr,
      Double volatility,
      Double maxDrawdown,
      Double sharpe,
      Double sortino,
      @JsonProperty("var_95_historical") Double var95Historical,
      @JsonProperty("cvar_95_historical") Double cvar95Historical,
      Double beta,
      List<DrawdownDto> drawdowns) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      StoredSeries s = service.series(series);
      boolean returns = isReturns(s);
      RiskStatistics st;
      boolean synthetic = s.info().synthetic();
      String benchId = null;
      try {
        DateSeries main =
            service
                .levels(series, returns ? PriceBasis.PRICE : basis)
                .values()
                .between(range.from, range.to);
        Optional<DateSeries> bench = Optional.empty();
        if (benchmark != null) {
          StoredSeries b = service.series(benchmark);
          if (isReturns(b) != returns) {
            throw new IllegalArgumentException(
                "--benchmark: "
                    + b.info().id()
                    + " must be "
                    + (returns ? "returns" : "levels")
                    + " like "
                    + s.info().id());
          }
          benchId = b.info().id().value();
          synthetic |= b.info().synthetic();
          bench =
              Optional.of(
                  service
                      .levels(benchmark, returns ? PriceBasis.PRICE : basis)
                      .values()
                      .between(range.from, range.to));
        }
        RiskFree riskFree = riskFree(service);
        Optional<BarSeries> ohlc = Optional.empty();
        if (s.bars() && !returns) {
          BarSeries bars = service.barsOf(series).between(range.from, range.to);
          if (bars.has(BarField.OPEN) && bars.has(BarField.HIGH) && bars.has(BarField.LOW)) {
            ohlc = Optional.of(bars);
          }
        }
        st =
            returns
                ? RiskReport.compute(main, s.info().frequency(), bench, riskFree, ohlc)
                : RiskReport.computeFromLevels(main, s.info().frequency(), bench, riskFree, ohlc);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      Map<String, Double> figs = new LinkedHashMap<>();
      st.figures().forEach((k, v) -> figs.put(k, Json.number(v)));
      List<DrawdownDto> dd = new ArrayList<>();
      for (DrawdownEpisode e : st.drawdowns().episodes()) {
        if (dd.size() == 5) {
          break;
        }
        dd.add(
            new DrawdownDto(
                e.peak() == null ? null : e.peak().toString(),
                e.trough().toString(),
                e.recovery() == null ? null : e.recovery().toString(),
                e.depth(),
                e.periodsToTrough(),
                e.recovered() ? e.periodsToRecovery() : null));
      }
      RiskDto dto =
          new RiskDto(
              s.info().id().value(),
              benchId,
              rf == null ? "0" : rf,
              synthetic,
              String.valueOf(st.start()),
              String.valueOf(st.end()),
              st.periods(),
              st.frequency().label(),
              figs,
              figs.get("cagr"),
              figs.get("volatility"),
              figs.get("max_drawdown"),
              figs.get("sharpe"),
              figs.get("sortino"),
              figs.get("var_95_historical"),
              figs.get("cvar_95_historical"),
              figs.get("beta"),
              dd);
      if (json) {
        Json.write(out, dto);
        return 0;
      }
      SyntheticBanner.print(out, synthetic);
      out.printf(
          "Risk of %s%s, %s..%s (%d %s returns, risk-free %s)%n",
          dto.series(),
          benchId == null ? "" : " vs " + benchId,
          dto.start(),
          dto.end(),
          dto.periods(),
          dto.frequency(),
          dto.riskFree());
      TextTable t = new TextTable("FIGURE", "VALUE");
      for (Map.Entry<String, Double> e : figs.entrySet()) {
        t.add(e.getKey(), fmt(e.getKey(), e.getValue()));
      }
      t.print(out);
      TextTable d = new TextTable("DRAWDOWN", "PEAK", "TROUGH", "RECOVERY", "PERIODS TO TROUGH");
      for (DrawdownDto x : dd) {
        d.add(
            String.format(Locale.ROOT, "%.2f%%", 100 * x.depth()),
            String.valueOf(x.peak()),
            x.trough(),
            x.recovery() == null ? "not yet" : x.recovery(),
            String.valueOf(x.periodsToTrough()));
      }
      d.print(out);
      return 0;
    }
  }

  private static boolean isReturns(StoredSeries s) {
    SeriesKind k = s.info().kind();
    return k == SeriesKind.RETURNS || k == SeriesKind.FACTOR;
  }

  private RiskFree riskFree(RotorService service) {
    if (rf == null) {
      return RiskFree.zero();
    }
    String t = rf.trim();
    try {
      double v =
          t.endsWith("%")
              ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100
              : Double.parseDouble(t);
      return RiskFree.constant(v);
    } catch (NumberFormatException e) {
      StoredSeries r = service.series(t);
      DateSeries values = service.levels(t, PriceBasis.PRICE).values();
      if (isReturns(r)) {
        return RiskFree.periodRates(values, r.info().frequency());
      }
      return RiskFree.annualPercentYields(values);
    }
  }

  private static String fmt(String key, Double v) {
    if (v == null) {
      return "n/a";
    }
    boolean ratio =
        key.startsWith("sharpe")
            || key.startsWith("sortino")
            || key.startsWith("calmar")
            || key.startsWith("omega")
            || key.equals("beta")
            || key.equals("correlation")
            || key.endsWith("capture")
            || key.equals("skewness")
            || key.equals("excess_kurtosis")
            || key.equals("tail_ratio")
            || key.equals("benchmark_periods");
    return ratio
        ? String.format(Locale.ROOT, "%.3f", v)
        : String.format(Locale.ROOT, "%+.2f%%", 100 * v);
  }
}
