package dev.rotor.cli;

import dev.rotor.analogs.Analog;
import dev.rotor.analogs.AnalogResult;
import dev.rotor.analogs.AnalogSpec;
import dev.rotor.analogs.Analogs;
import dev.rotor.analogs.ForwardSummary;
import dev.rotor.analogs.NeighbourRule;
import dev.rotor.analogs.RelativeSeries;
import dev.rotor.analogs.Sampling;
import dev.rotor.analogs.StateFeature;
import dev.rotor.analogs.ThresholdRule;
import dev.rotor.service.RelativeLine;
import dev.rotor.service.RotorService;
import java.io.PrintWriter;
import java.time.LocalDate;
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

/** {@code rotor analogs}: what followed situations like today's. */
@Command(
    name = "analogs",
    mixinStandardHelpOptions = true,
    description = {
      "Find non-overlapping past dates whose small-vs-large state resembles the as-of state, and"
          + " summarise the relative returns that followed over 1, 3, 6 and 12 months: count,"
          + " mean, median, hit rate and a bootstrap 90%% interval. n < 10 is flagged as thin.",
      "--method threshold: the last --recent-months relative return >= --min-recent after the"
          + " prior --prior-months <= --max-prior. --method nearest: the k nearest dates on"
          + " standardised 1, 3, 6, 12-month relative returns and 6-month relative volatility."
    })
final class AnalogsCommand implements Callable<Integer> {

  enum Method {
    THRESHOLD,
    NEAREST
  }

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;
  @Mixin RelativeOptions relative;

  @Option(
      names = "--asof",
      converter = DateConverter.class,
      description = "As-of date (default: last date).")
  LocalDate asOf;

  @Option(names = "--method", description = "threshold or nearest (default ${DEFAULT-VALUE}).")
  Method method = Method.THRESHOLD;

  @Option(
      names = "--recent-months",
      description = "Threshold rule: recent months (default ${DEFAULT-VALUE}).")
  int recentMonths = ThresholdRule.DEFAULT_RECENT_MONTHS;

  @Option(
      names = "--min-recent",
      description = "Threshold rule: minimum recent relative return (default ${DEFAULT-VALUE}).")
  double minRecent = ThresholdRule.DEFAULT_MIN_RECENT;

  @Option(
      names = "--prior-months",
      description = "Threshold rule: prior months (default ${DEFAULT-VALUE}).")
  int priorMonths = ThresholdRule.DEFAULT_PRIOR_MONTHS;

  @Option(
      names = "--max-prior",
      description = "Threshold rule: maximum prior relative return (default ${DEFAULT-VALUE}).")
  double maxPrior = ThresholdRule.DEFAULT_MAX_PRIOR;

  @Option(names = "-k", description = "Nearest rule: number of analogs (default ${DEFAULT-VALUE}).")
  int k = NeighbourRule.DEFAULT_K;

  @Mixin JsonOption output;

  record SummaryDto(
      int horizonMonths,
      int count,
      boolean thin,
      Double mean,
      Double median,
      Double hitRate,
      Double lower,
      Double upper) {}

  record AnalogDto(String date, Double distance, List<Double> state, List<Double> forward) {}

  record ResultDto(
      String line,
      List<String> ids,
      boolean synthetic,
      String method,
      String asof,
      List<String> stateNames,
      List<Double> state,
      List<AnalogDto> analogs,
      List<SummaryDto> summaries) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      RelativeLine line = relative.resolve(service);
      AnalogResult r;
      try {
        RelativeSeries series = RelativeSeries.ofLevel(line.line(), Sampling.of(line.frequency()));
        LocalDate at = asOf == null ? line.line().lastDate() : asOf;
        AnalogSpec spec = AnalogSpec.defaults();
        r =
            method == Method.THRESHOLD
                ? Analogs.threshold(
                    series,
                    at,
                    new ThresholdRule(recentMonths, minRecent, priorMonths, maxPrior),
                    spec)
                : Analogs.nearest(series, at, NeighbourRule.defaults().withK(k), spec);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      ResultDto dto = dto(line, r);
      if (output.json) {
        Json.write(out, dto);
        return 0;
      }
      print(out, line, dto);
      return 0;
    }
  }

  private static ResultDto dto(RelativeLine line, AnalogResult r) {
    List<String> names = new ArrayList<>();
    List<Double> state = new ArrayList<>();
    for (StateFeature f : r.asOfState()) {
      names.add(f.name());
      state.add(Json.number(f.value()));
    }
    List<AnalogDto> analogs = new ArrayList<>();
    for (Analog a : r.analogs()) {
      analogs.add(
          new AnalogDto(
              a.date().toString(),
              Json.number(a.distance()),
              boxed(a.state()),
              boxed(a.forward())));
    }
    List<SummaryDto> sums = new ArrayList<>();
    for (ForwardSummary s : r.summaries()) {
      sums.add(
          new SummaryDto(
              s.horizonMonths(),
              s.count(),
              s.thin(),
              Json.number(s.mean()),
              Json.number(s.median()),
              Json.number(s.hitRate()),
              Json.number(s.lower()),
              Json.number(s.upper())));
    }
    return new ResultDto(
        line.label(),
        line.ids(),
        line.synthetic(),
        r.method().name().toLowerCase(Locale.ROOT),
        r.asOf().toString(),
        names,
        state,
        analogs,
        sums);
  }

  private static List<Double> boxed(double[] v) {
    List<Double> l = new ArrayList<>();
    for (double x : v) {
      l.add(Json.number(x));
    }
    return l;
  }

  private static void print(PrintWriter out, RelativeLine line, ResultDto d) {
    SyntheticBanner.print(out, d.synthetic());
    out.printf(
        "Analogs of %s as of %s (%s rule)%n", d.line(), d.asof(), d.method().replace('_', ' '));
    StringBuilder st = new StringBuilder("State now:");
    for (int i = 0; i < d.stateNames().size(); i++) {
      st.append(' ').append(d.stateNames().get(i)).append(' ').append(pct(d.state().get(i)));
    }
    out.println(st);
    StringBuilder dates = new StringBuilder();
    for (AnalogDto a : d.analogs()) {
      dates.append(dates.length() == 0 ? "" : ", ").append(a.date());
    }
    out.println(d.analogs().size() + " analog date(s): " + (dates.length() == 0 ? "none" : dates));
    TextTable t = new TextTable("HORIZON", "N", "MEAN", "MEDIAN", "HIT RATE", "90% CI OF MEAN", "");
    for (SummaryDto s : d.summaries()) {
      t.add(
          s.horizonMonths() + "m",
          String.valueOf(s.count()),
          pct(s.mean()),
          pct(s.median()),
          s.hitRate() == null ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * s.hitRate()),
          s.lower() == null ? "n/a" : "[" + pct(s.lower()) + ", " + pct(s.upper()) + "]",
          s.thin() ? "THIN (n < 10)" : "");
    }
    t.print(out);
    out.println("Forward returns are small relative to large: (1 + r_small) / (1 + r_large) - 1.");
  }

  private static String pct(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%+.2f%%", 100 * v);
  }
}
