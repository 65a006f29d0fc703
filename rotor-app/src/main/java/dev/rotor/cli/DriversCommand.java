package dev.rotor.cli;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.flows.FlowSeries;
import dev.rotor.flows.Flows;
import dev.rotor.series.DateSeries;
import dev.rotor.service.RotorService;
import dev.rotor.store.StoredSnapshot;
import dev.rotor.valuation.AggregateValuation;
import dev.rotor.valuation.UniverseComparison;
import dev.rotor.valuation.Valuation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor drivers ...}: the measured drivers of leadership. */
@Command(
    name = "drivers",
    mixinStandardHelpOptions = true,
    description =
        "Drivers of small- vs large-cap leadership: valuation and flows (rates,"
            + " the economy and the rally decomposition are not wired yet).",
    subcommands = {
      DriversCommand.RatesCommand.class,
      DriversCommand.EconomyCommand.class,
      DriversCommand.ExplainCommand.class,
      DriversCommand.ValuationCommand.class,
      DriversCommand.FlowsCommand.class
    })
final class DriversCommand implements Runnable {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code rotor drivers valuation}. */
  @Command(
      name = "valuation",
      mixinStandardHelpOptions = true,
      description = {
        "Aggregate earnings yield and P/E of a universe from a fundamentals snapshot: index-level"
            + " yield = sum of earnings / sum of market caps (losses included and counted), P/E ="
            + " 1 / yield; with --vs, a second universe and whether the two snapshots share a date.",
        "Where a snapshot has no earnings (yfinance fundamentals), earnings are approximated as"
            + " market cap / trailing P/E; loss makers without a P/E then drop out (the output says so)."
      })
  static final class ValuationCommand implements Callable<Integer> {
    @ParentCommand DriversCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--snapshot",
        required = true,
        paramLabel = "ID",
        description = "Snapshot (e.g. finviz_2023-08).")
    String snapshot;

    @Option(
        names = "--membership",
        description = "Only rows with this membership (e.g. RUT); default all.")
    String membership = Valuation.ALL;

    @Option(names = "--vs", paramLabel = "ID", description = "Second snapshot to compare with.")
    String vs;

    @Option(names = "--vs-membership", description = "Membership filter for --vs (default all).")
    String vsMembership = Valuation.ALL;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    record Result(
        AggregateValuation small, AggregateValuation large, Boolean sameDate, List<String> notes) {}

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<String> notes = new ArrayList<>();
      try (RotorService service = parent.root.openService()) {
        AggregateValuation a;
        AggregateValuation b = null;
        UniverseComparison c = null;
        try {
          a = Valuation.aggregate(withEarnings(service, snapshot, notes), membership);
          if (vs != null) {
            b = Valuation.aggregate(withEarnings(service, vs, notes), vsMembership);
            c = Valuation.compare(a, b);
          }
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage());
        }
        if (json) {
          Json.write(out, new Result(a, b, c == null ? null : c.sameDate(), notes));
          return 0;
        }
        TextTable t =
            new TextTable(
                "UNIVERSE",
                "AS OF",
                "ROWS WITH DATA",
                "EARNINGS YIELD",
                "P/E",
                "NEGATIVE",
                "HARMONIC P/E");
        for (AggregateValuation v : b == null ? List.of(a) : List.of(a, b)) {
          t.add(
              v.snapshot() + " [" + v.universe() + "]",
              String.valueOf(v.asOf()),
              v.rowsWithData() + " / " + v.rows(),
              String.format(Locale.ROOT, "%.2f%%", 100 * v.earningsYield()),
              String.format(Locale.ROOT, "%.2f", v.pe()),
              v.negativeCount()
                  + String.format(Locale.ROOT, " (%.1f%% of cap)", 100 * v.negativeCapShare()),
              String.format(Locale.ROOT, "%.2f", v.harmonicPe()));
        }
        t.print(out);
        if (c != null && !c.sameDate()) {
          out.println(
              "NOTE: the two snapshots are of different dates ("
                  + a.asOf()
                  + " vs "
                  + b.asOf()
                  + ").");
        }
        notes.forEach(n -> out.println("NOTE: " + n));
        return 0;
      }
    }

    private static CrossSection withEarnings(RotorService service, String id, List<String> notes) {
      StoredSnapshot s = service.snapshot(id);
      CrossSection cs = service.snapshotRows(s);
      boolean anyIncome = cs.rows().stream().anyMatch(r -> !Double.isNaN(r.income()));
      if (anyIncome) {
        if (s.id().contains("finviz")) {
          notes.add(
              s.id()
                  + ": this export has lost its minus signs, so losses count as profits; the P/E is biased low.");
        }
        return cs;
      }
      List<Constituent> rows = new ArrayList<>();
      for (Constituent r : cs.rows()) {
        double cap = r.marketCap();
        double pe = r.pe();
        rows.add(pe > 0 && cap > 0 ? r.with(ConstituentField.INCOME, cap / pe) : r);
      }
      notes.add(
          s.id()
              + ": no earnings column; earnings approximated as market cap / trailing P/E, so loss makers (no P/E) are left out and the yield is biased up.");
      return new CrossSection(cs.name(), cs.asOf(), rows);
    }
  }

  /** {@code rotor drivers flows}. */
  @Command(
      name = "flows",
      mixinStandardHelpOptions = true,
      description = {
        "Dollar-volume share of a small-cap ETF against a large-cap ETF and relative-volume"
            + " z-scores against the previous --window days: a PROXY for institutional interest"
            + " (it counts trading, not money flowing in or out)."
      })
  static final class FlowsCommand implements Callable<Integer> {
    @ParentCommand DriversCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--small",
        required = true,
        paramLabel = "ID",
        description = "Small-cap ETF with volume (etf-seasonality/IWM).")
    String small;

    @Option(
        names = "--large",
        required = true,
        paramLabel = "ID",
        description = "Large-cap ETF with volume (etf-seasonality/SPY).")
    String large;

    @Option(
        names = "--window",
        description = "Trailing window for z-scores (default ${DEFAULT-VALUE}).")
    int window = 63;

    @Option(names = "--last", description = "Days to print (default ${DEFAULT-VALUE}).")
    int last = 10;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    record Row(
        String date,
        double smallShare,
        Double smallShareZ,
        Double smallVolumeZ,
        Double largeVolumeZ) {}

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (RotorService service = parent.root.openService()) {
        FlowSeries f;
        try {
          f = Flows.of(service.barsOf(small), service.barsOf(large), window);
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage());
        }
        DateSeries share = f.smallShare();
        List<Row> rows = new ArrayList<>();
        for (int i = Math.max(0, share.size() - last); i < share.size(); i++) {
          var d = share.dateAt(i);
          rows.add(
              new Row(
                  d.toString(),
                  share.valueAt(i),
                  val(f.smallShareZ(), d),
                  val(f.smallVolumeZ(), d),
                  val(f.largeVolumeZ(), d)));
        }
        if (json) {
          Json.write(out, rows);
          return 0;
        }
        out.println(
            "Dollar-volume share of "
                + small
                + " in "
                + small
                + " + "
                + large
                + " (a proxy for institutional interest, not flows)");
        TextTable t = new TextTable("DATE", "SMALL SHARE", "SHARE Z", "SMALL VOL Z", "LARGE VOL Z");
        for (Row r : rows) {
          t.add(
              r.date(),
              String.format(Locale.ROOT, "%.1f%%", 100 * r.smallShare()),
              z(r.smallShareZ()),
              z(r.smallVolumeZ()),
              z(r.largeVolumeZ()));
        }
        t.print(out);
        return 0;
      }
    }

    private static Double val(DateSeries s, java.time.LocalDate d) {
      var v = s.get(d);
      return v.isPresent() ? v.getAsDouble() : null;
    }

    private static String z(Double v) {
      return v == null ? "n/a" : String.format(Locale.ROOT, "%+.2f", v);
    }
  }

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
  static final class RatesCommand implements Callable<Integer> {
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

    @Option(names = "--from", converter = DateConverter.class, description = "First date.")
    java.time.LocalDate from;

    @Option(names = "--to", converter = DateConverter.class, description = "Last date.")
    java.time.LocalDate to;

    @Option(names = "--frequency", description = "daily or weekly (default ${DEFAULT-VALUE}).")
    String frequency = "weekly";

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    record BetaDto(
        String target,
        String regressor,
        double beta100bp,
        double lower100bp,
        double upper100bp,
        double rSquared,
        int observations) {}

    record DiffDto(
        String regressor, double difference100bp, double lower100bp, double upper100bp) {}

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
                      .between(from, to),
                  service
                      .levels(large, dev.rotor.returns.PriceBasis.PRICE)
                      .values()
                      .between(from, to),
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
                      .between(null, to),
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
        if (json) {
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
                  : String.format(
                      Locale.ROOT, ", %+.2f over 3 months", res.rateCutProxyChange3m()));
        }
        return 0;
      }
    }

    private static String pct(double v) {
      return String.format(Locale.ROOT, "%+.2f%%", 100 * v);
    }
  }

  /** {@code rotor drivers economy}. */
  @Command(
      name = "economy",
      mixinStandardHelpOptions = true,
      description = {
        "Monthly small-minus-large return differences against retail sales growth, consumer"
            + " sentiment changes, unemployment changes and the CFNAI: correlations at lags"
            + " -L..+L (k > 0: the indicator leads returns by k months) with 95%% Fisher-z"
            + " intervals; returns after positive vs other retail-sales growth surprises (m/m"
            + " growth minus the previous 12 months' average); returns in recession months.",
        "Data are revised values aligned by reference month, not by release date (the shared"
            + " release-date file holds only FRED's latest update time)."
      })
  static final class EconomyCommand implements Callable<Integer> {
    @ParentCommand DriversCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--small",
        required = true,
        paramLabel = "ID",
        description = "Small-cap levels.")
    String small;

    @Option(
        names = "--large",
        required = true,
        paramLabel = "ID",
        description = "Large-cap levels.")
    String large;

    @Option(names = "--retail", description = "Retail sales (default ${DEFAULT-VALUE}).")
    String retail = "fred_macro-monitor/RSXFS";

    @Option(names = "--sentiment", description = "Consumer sentiment (default ${DEFAULT-VALUE}).")
    String sentiment = "fred_macro-monitor/UMCSENT";

    @Option(names = "--unemployment", description = "Unemployment rate (default ${DEFAULT-VALUE}).")
    String unemployment = "fred_macro-monitor/UNRATE";

    @Option(
        names = "--cfnai",
        description = "Chicago Fed National Activity Index (default ${DEFAULT-VALUE}).")
    String cfnai = "fred_macro-monitor/CFNAI";

    @Option(names = "--recession", description = "0/1 recession flag (default ${DEFAULT-VALUE}).")
    String recession = "fred_macro-monitor/USREC";

    @Option(names = "--max-lag", description = "Largest lag in months (default ${DEFAULT-VALUE}).")
    int maxLag = 3;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    record IndicatorDto(
        String indicator, String transform, List<dev.rotor.economy.LagCorrelation> lags) {}

    record Result(
        List<IndicatorDto> indicators,
        dev.rotor.scenario.ConditionalSplit surprise,
        dev.rotor.scenario.ConditionalSplit recession,
        String note) {}

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (RotorService service = parent.root.openService()) {
        Result res;
        try {
          var pb = dev.rotor.returns.PriceBasis.PRICE;
          // Small minus large monthly simple returns, as in the economy oracle.
          DateSeries rel =
              dev.rotor.scenario.ConditionalReturns.difference(
                  dev.rotor.scenario.ConditionalReturns.monthlyReturns(
                      service.levels(small, pb).values()),
                  dev.rotor.scenario.ConditionalReturns.monthlyReturns(
                      service.levels(large, pb).values()));
          List<IndicatorDto> ind = new ArrayList<>();
          String note = null;
          Object[][] specs = {
            {retail, dev.rotor.economy.IndicatorTransform.PERCENT_GROWTH},
            {sentiment, dev.rotor.economy.IndicatorTransform.LEVEL_CHANGE},
            {unemployment, dev.rotor.economy.IndicatorTransform.LEVEL_CHANGE},
            {cfnai, dev.rotor.economy.IndicatorTransform.LEVEL}
          };
          for (Object[] sp : specs) {
            String id = (String) sp[0];
            var tr = (dev.rotor.economy.IndicatorTransform) sp[1];
            var lc =
                dev.rotor.economy.EconomicSensitivity.correlations(
                    rel, tr.apply(service.levels(id, pb).values()), maxLag);
            note = lc.note();
            ind.add(
                new IndicatorDto(
                    service.series(id).info().id().value(),
                    tr.name().toLowerCase(Locale.ROOT),
                    lc.correlations()));
          }
          var surprise =
              dev.rotor.economy.EconomicSensitivity.conditionalOnSurprise(
                  rel, service.levels(retail, pb).values());
          var rec =
              dev.rotor.economy.EconomicSensitivity.conditionalOnRecession(
                  rel, service.levels(recession, pb).values());
          res = new Result(ind, surprise, rec, note);
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage());
        }
        if (json) {
          Json.write(out, res);
          return 0;
        }
        out.println(
            "Monthly "
                + small
                + " / "
                + large
                + " relative returns against the economy (95% intervals)");
        List<String> head = new ArrayList<>(List.of("INDICATOR"));
        for (int k = -maxLag; k <= maxLag; k++) {
          head.add("LAG " + (k > 0 ? "+" : "") + k);
        }
        TextTable t = new TextTable(head.toArray(String[]::new));
        for (IndicatorDto d : res.indicators()) {
          List<String> row =
              new ArrayList<>(
                  List.of(
                      dev.rotor.series.SeriesId.of(d.indicator()).tail()
                          + " ("
                          + d.transform()
                          + ")"));
          for (var c : d.lags()) {
            boolean sig = c.lower() > 0 || c.upper() < 0;
            row.add(
                Double.isNaN(c.r())
                    ? "n/a"
                    : String.format(Locale.ROOT, "%+.2f%s", c.r(), sig ? "*" : ""));
          }
          t.add(row.toArray(String[]::new));
        }
        t.print(out);
        out.println(
            "* the 95% interval excludes 0. Lag k > 0: the indicator leads returns by k months.");
        var s = res.surprise();
        out.printf(
            "retail-sales growth surprise > 0: %d months, mean %+.2f%% vs %d other months %+.2f%% (Welch t %.2f)%n",
            s.inState().months(),
            100 * s.inState().meanMonthly(),
            s.outOfState().months(),
            100 * s.outOfState().meanMonthly(),
            s.welchT());
        var rc = res.recession();
        out.printf(
            "recession months: %d, mean %+.2f%% vs %d other months %+.2f%% (Welch t %.2f)%n",
            rc.inState().months(),
            100 * rc.inState().meanMonthly(),
            rc.outOfState().months(),
            100 * rc.outOfState().meanMonthly(),
            rc.welchT());
        out.println("NOTE: " + res.note());
        return 0;
      }
    }
  }

  /** {@code rotor drivers explain}. */
  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      description = {
        "Rally decomposition: regress weekly small-minus-large returns on the drivers' changes"
            + " over an estimation period (default: everything before the window), then split the"
            + " window's small-minus-large return into each driver's contribution (beta times the"
            + " driver's move, 95%% Newey-West interval), the intercept part and the unexplained"
            + " rest; with R-squared. The parts add up exactly to the sum of weekly returns."
      })
  static final class ExplainCommand implements Callable<Integer> {
    @ParentCommand DriversCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--small",
        required = true,
        paramLabel = "ID",
        description = "Small-cap levels.")
    String small;

    @Option(
        names = "--large",
        required = true,
        paramLabel = "ID",
        description = "Large-cap levels.")
    String large;

    @Option(
        names = "--from",
        required = true,
        converter = DateConverter.class,
        description = "Window start.")
    java.time.LocalDate from;

    @Option(
        names = "--to",
        required = true,
        converter = DateConverter.class,
        description = "Window end.")
    java.time.LocalDate to;

    @Option(
        names = "--estimation-from",
        converter = DateConverter.class,
        description = "Estimation start (default: first date).")
    java.time.LocalDate estimationFrom;

    @Option(
        names = "--estimation-to",
        converter = DateConverter.class,
        description = "Estimation end (default: the day before --from).")
    java.time.LocalDate estimationTo;

    @Option(
        names = "--drivers",
        split = ",",
        description = "Driver series (default: DGS2, DGS10, BAMLH0A0HYM2 from fred_macro-monitor).")
    List<String> drivers =
        List.of(
            "fred_macro-monitor/DGS2",
            "fred_macro-monitor/DGS10",
            "fred_macro-monitor/BAMLH0A0HYM2");

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (RotorService service = parent.root.openService()) {
        dev.rotor.drivers.RallyExplanation e;
        try {
          var pb = dev.rotor.returns.PriceBasis.PRICE;
          java.util.Map<String, DateSeries> d = new java.util.LinkedHashMap<>();
          for (String id : drivers) {
            d.put(service.series(id).info().id().tail(), service.levels(id, pb).values());
          }
          e =
              dev.rotor.drivers.RallyDecomposition.explain(
                  service.levels(small, pb).values(),
                  service.levels(large, pb).values(),
                  d,
                  estimationFrom == null ? java.time.LocalDate.of(1900, 1, 1) : estimationFrom,
                  estimationTo == null ? from.minusDays(1) : estimationTo,
                  from,
                  to,
                  dev.rotor.series.Frequency.WEEKLY);
        } catch (IllegalArgumentException ex) {
          throw new UsageException(ex.getMessage());
        }
        if (json) {
          Json.write(out, e);
          return 0;
        }
        out.printf(
            "Small minus large %s..%s (%d weeks): %+.2f%% (sum of weekly returns)%n",
            e.windowFirst(), e.windowLast(), e.windowPeriods(), 100 * e.actual());
        out.printf(
            "fitted on %d weeks %s..%s, R2 %.3f, Newey-West lags %d%n",
            e.observations(),
            e.estimationFirst(),
            e.estimationLast(),
            e.rSquared(),
            e.neweyWestLags());
        TextTable t = new TextTable("PART", "MOVE", "CONTRIBUTION", "95% INTERVAL");
        for (dev.rotor.drivers.DriverContribution c : e.drivers()) {
          t.add(
              c.name(),
              String.format(Locale.ROOT, "%+.3f", c.move()),
              String.format(Locale.ROOT, "%+.2f%%", 100 * c.contribution().estimate()),
              String.format(
                  Locale.ROOT,
                  "[%+.2f%%, %+.2f%%]",
                  100 * c.contribution().lower(),
                  100 * c.contribution().upper()));
        }
        t.add("intercept", "", String.format(Locale.ROOT, "%+.2f%%", 100 * e.interceptPart()), "");
        t.add("unexplained", "", String.format(Locale.ROOT, "%+.2f%%", 100 * e.residual()), "");
        t.print(out);
        out.println(
            "Moves are changes in the driver's own units (percentage points for yields and spreads).");
        return 0;
      }
    }
  }
}
