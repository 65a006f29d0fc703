package dev.rotor.cli;

import dev.rotor.series.DateSeries;
import dev.rotor.service.RotorService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor drivers rates}. */
@Command(
    name = "rates",
    mixinStandardHelpOptions = true,
    description = {
      "Rate sensitivity: OLS of small, large and small-minus-large returns on changes in the"
          + " 2-year and 10-year Treasury yields (per 100 bp), Newey-West standard errors,"
          + " R-squared, the difference of betas (small - large) with a 95%% interval, and the"
          + " latest rolling one-year beta of small-minus-large on the 2-year change.",
      "Slice sub-periods with --from/--to. Conventions in docs/conventions.md."
    })
final class DriversRatesCommand implements Callable<Integer> {
  @ParentCommand DriversCommand parent;
  @Spec CommandSpec spec;

  @Option(
      names = "--small",
      required = true,
      paramLabel = "ID",
      description = "Small-cap levels (e.g. RUT).")
  String small;

  @Option(
      names = "--large",
      required = true,
      paramLabel = "ID",
      description = "Large-cap levels (e.g. indices/SPX).")
  String large;

  @Option(
      names = "--dgs2",
      paramLabel = "ID",
      description = "2-year yield in percent (default ${DEFAULT-VALUE}).")
  String dgs2 = "fred_macro-monitor/DGS2";

  @Option(
      names = "--dgs10",
      paramLabel = "ID",
      description = "10-year yield in percent (default ${DEFAULT-VALUE}).")
  String dgs10 = "fred_macro-monitor/DGS10";

  @Option(
      names = "--fedfunds",
      paramLabel = "ID",
      description = "Fed funds rate for the rate-cut proxy (default ${DEFAULT-VALUE}).")
  String fedfunds = "fred_macro-monitor/FEDFUNDS";

  @Mixin DateRangeOptions range;

  @Option(names = "--frequency", description = "daily or weekly (default ${DEFAULT-VALUE}).")
  String frequency = "weekly";

  @Mixin JsonOption output;

  record BetaDto(
      String target,
      String regressor,
      double beta100bp,
      double lower100bp,
      double upper100bp,
      double rSquared,
      int observations) {}

  record DiffDto(String regressor, double difference100bp, double lower100bp, double upper100bp) {}

  record Result(
      String first,
      String last,
      String frequency,
      List<BetaDto> betas,
      List<DiffDto> differences,
      Double rollingBetaLatest100bp,
      String rollingBetaDate,
      Double rateCutProxy,
      Double rateCutProxyChange3m,
      String rateCutProxyDate) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = parent.root.openService()) {
      dev.rotor.drivers.RateSensitivityFit fit;
      try {
        dev.rotor.series.Frequency f = dev.rotor.series.Frequency.parse(frequency);
        fit =
            dev.rotor.drivers.RateSensitivity.fit(
                service
                    .levels(small, dev.rotor.returns.PriceBasis.PRICE)
                    .values()
                    .between(range.from, range.to),
                service
                    .levels(large, dev.rotor.returns.PriceBasis.PRICE)
                    .values()
                    .between(range.from, range.to),
                service.levels(dgs2, dev.rotor.returns.PriceBasis.PRICE).values(),
                service.levels(dgs10, dev.rotor.returns.PriceBasis.PRICE).values(),
                f);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      var nw = dev.rotor.scenario.StandardErrors.NEWEY_WEST;
      List<BetaDto> betas = new ArrayList<>();
      for (dev.rotor.drivers.Target t : dev.rotor.drivers.Target.values()) {
        dev.rotor.drivers.RegressionFit rf = fit.fit(t);
        for (dev.rotor.drivers.Regressor r : dev.rotor.drivers.Regressor.values()) {
          dev.rotor.drivers.Interval iv = rf.interval(r, nw, 0.95);
          betas.add(
              new BetaDto(
                  t.name().toLowerCase(Locale.ROOT),
                  r.name().toLowerCase(Locale.ROOT),
                  100 * iv.estimate(),
                  100 * iv.lower(),
                  100 * iv.upper(),
                  rf.rSquared(),
                  rf.observations()));
        }
      }
      List<DiffDto> diffs = new ArrayList<>();
      for (dev.rotor.drivers.Regressor r : dev.rotor.drivers.Regressor.values()) {
        dev.rotor.drivers.Interval iv = fit.difference(r, nw, 0.95);
        diffs.add(
            new DiffDto(
                r.name().toLowerCase(Locale.ROOT),
                100 * iv.estimate(),
                100 * iv.lower(),
                100 * iv.upper()));
      }
      DateSeries rb = fit.rollingBeta();
      Double proxyNow = null;
      Double proxyChange = null;
      String proxyDate = null;
      try {
        dev.rotor.drivers.RateCutProxy proxy =
            dev.rotor.drivers.RateCutProxy.of(
                service
                    .levels(dgs2, dev.rotor.returns.PriceBasis.PRICE)
                    .values()
                    .between(null, range.to),
                service.levels(fedfunds, dev.rotor.returns.PriceBasis.PRICE).values());
        DateSeries sp = proxy.spread();
        if (!sp.isEmpty()) {
          proxyNow = sp.lastValue();
          proxyDate = sp.lastDate().toString();
          var before = sp.asOf(sp.lastDate().minusMonths(3));
          proxyChange = before.isPresent() ? sp.lastValue() - before.getAsDouble() : null;
        }
      } catch (dev.rotor.store.StoreException | IllegalArgumentException e) {
        proxyNow = null;
      }
      Result res =
          new Result(
              String.valueOf(fit.firstDate()),
              String.valueOf(fit.lastDate()),
              frequency,
              betas,
              diffs,
              rb.isEmpty() ? null : 100 * rb.lastValue(),
              rb.isEmpty() ? null : rb.lastDate().toString(),
              proxyNow,
              proxyChange,
              proxyDate);
      if (output.json) {
        Json.write(out, res);
        return 0;
      }
      out.printf(
          "Rate sensitivity %s..%s (%s returns; return per +100 bp, 95%% Newey-West intervals)%n",
          res.first(), res.last(), frequency);
      TextTable t = new TextTable("TARGET", "YIELD", "BETA / 100BP", "95% INTERVAL", "R2", "N");
      for (BetaDto b : betas) {
        t.add(
            b.target(),
            b.regressor(),
            pct(b.beta100bp()),
            "[" + pct(b.lower100bp()) + ", " + pct(b.upper100bp()) + "]",
            String.format(Locale.ROOT, "%.4f", b.rSquared()),
            String.valueOf(b.observations()));
      }
      t.print(out);
      for (DiffDto d : diffs) {
        boolean sig = d.lower100bp() > 0 || d.upper100bp() < 0;
        out.printf(
            "small - large on %s: %s [%s, %s] per +100 bp: %s%n",
            d.regressor(),
            pct(d.difference100bp()),
            pct(d.lower100bp()),
            pct(d.upper100bp()),
            sig ? "significant at 95%" : "not significant (interval contains 0)");
      }
      if (res.rollingBetaLatest100bp() != null) {
        out.printf(
            "rolling one-year beta of small - large on the 2-year change, %s: %s per +100 bp%n",
            res.rollingBetaDate(), pct(res.rollingBetaLatest100bp()));
      }
      if (res.rateCutProxy() != null) {
        out.printf(
            "rate-cut proxy (2-year yield - fed funds) on %s: %+.2f points%s (negative: markets price cuts)%n",
            res.rateCutProxyDate(),
            res.rateCutProxy(),
            res.rateCutProxyChange3m() == null
                ? ""
                : String.format(Locale.ROOT, ", %+.2f over 3 months", res.rateCutProxyChange3m()));
      }
      return 0;
    }
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%+.2f%%", 100 * v);
  }
}
