package dev.rotor.cli;

import dev.rotor.allocation.Allocation;
import dev.rotor.allocation.AllocationMethod;
import dev.rotor.allocation.Allocations;
import dev.rotor.allocation.AssetReturns;
import dev.rotor.allocation.Backtest;
import dev.rotor.allocation.BacktestResult;
import dev.rotor.allocation.CorrelationMatrix;
import dev.rotor.allocation.FrontierPoint;
import dev.rotor.allocation.Rebalancing;
import dev.rotor.returns.PriceBasis;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import dev.rotor.service.RotorService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor allocate}: correlations, long-only allocations, frontier and backtests. */
@Command(
    name = "allocate",
    mixinStandardHelpOptions = true,
    description = {
      "Diversification and allocation across level series (e.g. IWM SPY QQQ): the correlation"
          + " matrix, long-only minimum-variance, maximum-Sharpe, equal-risk-contribution and"
          + " equal-weight portfolios with risk contributions and diversification ratio,"
          + " efficient-frontier points, and a backtest of --weights with rebalancing and costs.",
      "Moments are annualised from --frequency returns on common dates. Solver: Hipparchus"
          + " ADMM QP (OSQP method) with an exact polishing step; ERC by Newton on Spinu's convex"
          + " form."
    })
final class AllocateCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "2..*",
      paramLabel = "ID",
      description = "Level series (prices or index levels).")
  List<String> ids;

  @Option(
      names = "--frequency",
      description = "daily, weekly or monthly returns (default ${DEFAULT-VALUE}).")
  String frequency = "weekly";

  @Option(
      names = "--rf",
      description = "Annual risk-free rate for max Sharpe (default ${DEFAULT-VALUE}).")
  double rf = 0.0;

  @Mixin DateRangeOptions range;

  @Option(
      names = "--frontier",
      description = "Efficient-frontier points (default ${DEFAULT-VALUE}; 0 = none).")
  int frontier = 5;

  @Option(
      names = "--weights",
      split = ",",
      description = "Backtest these weights (comma-separated, summing to 1).")
  double[] weights;

  @Option(
      names = "--rebalance",
      description = "none, monthly or quarterly (default ${DEFAULT-VALUE}).")
  Rebalancing rebalance = Rebalancing.MONTHLY;

  @Option(
      names = "--cost-bps",
      description = "Transaction cost in bps of traded notional (default ${DEFAULT-VALUE}).")
  double costBps = 10;

  @Option(names = "--basis", description = "price or total (default ${DEFAULT-VALUE}).")
  PriceBasis basis = PriceBasis.PRICE;

  @Option(
      names = "--rolling",
      description = "Also the latest rolling correlation of each pair over this many periods.")
  Integer rolling;

  @Mixin JsonOption output;

  record RollingDto(
      String a, String b, int window, String date, Double correlation, Double min, Double max) {}

  record AllocationDto(
      String method,
      Map<String, Double> weights,
      double expectedReturn,
      double volatility,
      Double sharpe,
      double diversificationRatio,
      Map<String, Double> riskContributions) {}

  record FrontierDto(double expectedReturn, double volatility, Map<String, Double> weights) {}

  record BacktestDto(
      List<Double> weights,
      String rebalancing,
      double costBps,
      double cagr,
      double volatility,
      double totalTurnover) {}

  record ResultDto(
      List<String> ids,
      String frequency,
      String first,
      String last,
      int observations,
      boolean synthetic,
      double[][] correlation,
      List<AllocationDto> allocations,
      List<FrontierDto> frontier,
      BacktestDto backtest,
      List<RollingDto> rollingCorrelations) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      Map<SeriesId, DateSeries> levels = new LinkedHashMap<>();
      boolean synthetic = false;
      AssetReturns r;
      List<Allocation> allocations = new ArrayList<>();
      List<FrontierPoint> points = List.of();
      BacktestResult bt = null;
      try {
        for (String q : ids) {
          RotorService.Levels l = service.levels(q, basis);
          synthetic |= l.series().info().synthetic();
          if (levels.put(l.id(), l.values().between(range.from, range.to)) != null) {
            throw new IllegalArgumentException("ids: " + l.id() + " named twice");
          }
        }
        r = AssetReturns.fromLevels(levels, Frequency.parse(frequency));
        for (AllocationMethod m : AllocationMethod.values()) {
          allocations.add(Allocations.solve(r, m, rf));
        }
        if (frontier > 0) {
          points = Allocations.frontier(r, frontier);
        }
        if (weights != null) {
          bt = Backtest.run(r, weights, rebalance, costBps);
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      List<String> names = r.ids().stream().map(SeriesId::value).toList();
      List<AllocationDto> adto = new ArrayList<>();
      for (Allocation a : allocations) {
        adto.add(
            new AllocationDto(
                a.method().name().toLowerCase(Locale.ROOT),
                keyed(names, a.weights()),
                a.expectedReturn(),
                a.volatility(),
                Json.number(a.sharpeRatio()),
                a.diversificationRatio(),
                keyed(names, a.riskContributions())));
      }
      List<FrontierDto> fdto = new ArrayList<>();
      for (FrontierPoint p : points) {
        fdto.add(new FrontierDto(p.expectedReturn(), p.volatility(), keyed(names, p.weights())));
      }
      BacktestDto bdto = null;
      if (bt != null) {
        List<Double> w = new ArrayList<>();
        for (double x : weights) {
          w.add(x);
        }
        bdto =
            new BacktestDto(
                w,
                rebalance.name().toLowerCase(Locale.ROOT),
                costBps,
                bt.cagr(),
                bt.volatility(),
                bt.totalTurnover());
      }
      List<RollingDto> rollingDtos = new ArrayList<>();
      if (rolling != null) {
        for (int i = 0; i < names.size(); i++) {
          for (int j = i + 1; j < names.size(); j++) {
            DateSeries rc;
            try {
              rc = r.rollingCorrelation(i, j, rolling);
            } catch (IllegalArgumentException e) {
              throw new UsageException("--rolling: " + e.getMessage());
            }
            double lo = Double.NaN;
            double hi = Double.NaN;
            for (double v : rc.values()) {
              lo = Double.isNaN(lo) ? v : Math.min(lo, v);
              hi = Double.isNaN(hi) ? v : Math.max(hi, v);
            }
            rollingDtos.add(
                new RollingDto(
                    names.get(i),
                    names.get(j),
                    rolling,
                    rc.isEmpty() ? null : rc.lastDate().toString(),
                    rc.isEmpty() ? null : rc.lastValue(),
                    Json.number(lo),
                    Json.number(hi)));
          }
        }
      }
      CorrelationMatrix cm = r.correlation();
      LocalDate[] d = r.dates();
      ResultDto dto =
          new ResultDto(
              names,
              frequency,
              d.length == 0 ? null : d[0].toString(),
              d.length == 0 ? null : d[d.length - 1].toString(),
              d.length,
              synthetic,
              cm.values(),
              adto,
              fdto,
              bdto,
              rollingDtos);
      if (output.json) {
        Json.write(out, dto);
        return 0;
      }
      SyntheticBanner.print(out, synthetic);
      out.printf(
          "%d %s returns %s..%s (annualised; rf %.2f%%)%n",
          dto.observations(), frequency, dto.first(), dto.last(), 100 * rf);
      List<String> head = new ArrayList<>(List.of("CORRELATION"));
      names.forEach(n -> head.add(SeriesId.of(n).tail()));
      TextTable ct = new TextTable(head.toArray(String[]::new));
      for (int i = 0; i < names.size(); i++) {
        List<String> row = new ArrayList<>(List.of(SeriesId.of(names.get(i)).tail()));
        for (int j = 0; j < names.size(); j++) {
          row.add(String.format(Locale.ROOT, "%.3f", cm.values()[i][j]));
        }
        ct.add(row.toArray(String[]::new));
      }
      ct.print(out);
      for (RollingDto x : rollingDtos) {
        out.printf(
            "rolling %d-period correlation %s/%s on %s: %s (range %s to %s)%n",
            x.window(),
            SeriesId.of(x.a()).tail(),
            SeriesId.of(x.b()).tail(),
            x.date(),
            x.correlation() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", x.correlation()),
            x.min() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", x.min()),
            x.max() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", x.max()));
      }
      out.println();
      List<String> ah = new ArrayList<>(List.of("PORTFOLIO"));
      names.forEach(n -> ah.add(SeriesId.of(n).tail()));
      ah.addAll(List.of("RETURN", "VOL", "SHARPE", "DIV. RATIO"));
      TextTable at = new TextTable(ah.toArray(String[]::new));
      for (AllocationDto a : adto) {
        List<String> row = new ArrayList<>(List.of(a.method()));
        a.weights().values().forEach(w -> row.add(pct(w)));
        row.addAll(
            List.of(
                pct(a.expectedReturn()),
                pct(a.volatility()),
                a.sharpe() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", a.sharpe()),
                String.format(Locale.ROOT, "%.3f", a.diversificationRatio())));
        at.add(row.toArray(String[]::new));
      }
      for (FrontierDto f : fdto) {
        List<String> row = new ArrayList<>(List.of("frontier"));
        f.weights().values().forEach(w -> row.add(pct(w)));
        row.addAll(List.of(pct(f.expectedReturn()), pct(f.volatility()), "", ""));
        at.add(row.toArray(String[]::new));
      }
      at.print(out);
      if (bdto != null) {
        out.printf(
            "Backtest %s, rebalanced %s, %.0f bps: CAGR %s, vol %s, total turnover %.2f%n",
            bdto.weights(),
            bdto.rebalancing(),
            costBps,
            pct(bdto.cagr()),
            pct(bdto.volatility()),
            bdto.totalTurnover());
      }
      return 0;
    }
  }

  private static Map<String, Double> keyed(List<String> names, double[] v) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      m.put(names.get(i), Json.number(v[i]));
    }
    return m;
  }

  private static String pct(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }
}
