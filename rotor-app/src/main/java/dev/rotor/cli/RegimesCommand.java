package dev.rotor.cli;

import dev.rotor.regime.MarkovSwitching;
import dev.rotor.regime.RegimeEstimate;
import dev.rotor.regime.RegimeFit;
import dev.rotor.regime.RegimeParameter;
import dev.rotor.regime.RegimeParameters;
import dev.rotor.returns.Resample;
import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.service.RelativeLine;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor regimes}: two-state Markov-switching model of relative returns. */
@Command(
    name = "regimes",
    mixinStandardHelpOptions = true,
    description = {
      "Fit a two-state Gaussian Markov-switching model (switching mean and variance; Hamilton"
          + " filter, Kim smoother, maximum likelihood by EM from several starts) to the log"
          + " returns of the small/large relative line, weekly by default for daily data.",
      "State 1 is the state with the higher mean (small caps leading when it is positive)."
          + " Prints the probability"
          + " of that state now (filtered: what was knowable on each date; smoothed: with"
          + " hindsight), state means and volatilities, transition matrix, expected durations,"
          + " log-likelihood and standard errors."
    })
final class RegimesCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;
  @Mixin RelativeOptions relative;

  @Option(
      names = "--frequency",
      description = "weekly or monthly (default: weekly for daily data, else the data's own).")
  String frequency;

  @Option(
      names = "--last",
      description = "Periods of probabilities to print (default ${DEFAULT-VALUE}).")
  int last = 12;

  @Mixin JsonOption output;

  record ProbabilityDto(String date, double filtered, double smoothed) {}

  record FitDto(
      String line,
      List<String> ids,
      boolean synthetic,
      String frequency,
      int observations,
      String first,
      String last,
      Map<String, Double> parameters,
      Map<String, Double> standardErrors,
      double[][] transitionMatrix,
      List<Double> expectedDurations,
      double logLikelihood,
      boolean converged,
      int iterations,
      Double smallLeadsProbabilityFiltered,
      Double smallLeadsProbabilitySmoothed,
      List<ProbabilityDto> probabilities) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      RelativeLine line = relative.resolve(service);
      Frequency f = chosenFrequency(line.frequency());
      DateSeries sampled = Resample.lastPerPeriod(line.line(), f);
      DateSeries returns = Returns.fromPrices(sampled, ReturnKind.LOG);
      RegimeEstimate est;
      try {
        est = MarkovSwitching.fit(returns);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      FitDto dto = dto(line, f, returns, est);
      if (output.json) {
        Json.write(out, dto);
      } else {
        print(out, dto, f);
      }
      return 0;
    }
  }

  private Frequency chosenFrequency(Frequency data) {
    if (frequency == null) {
      return data == Frequency.DAILY ? Frequency.WEEKLY : data;
    }
    Frequency f;
    try {
      f = Frequency.parse(frequency);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--frequency: " + e.getMessage());
    }
    if (f != Frequency.WEEKLY && f != Frequency.MONTHLY) {
      throw new UsageException("--frequency: weekly or monthly");
    }
    if (f.periodsPerYear() > data.periodsPerYear()) {
      throw new UsageException(
          "--frequency: " + f.label() + " is finer than the " + data.label() + " data");
    }
    return f;
  }

  private FitDto dto(RelativeLine line, Frequency f, DateSeries returns, RegimeEstimate est) {
    RegimeFit fit = est.fit();
    RegimeParameters p = fit.parameters();
    Map<String, Double> params = new LinkedHashMap<>();
    Map<String, Double> ses = new LinkedHashMap<>();
    for (RegimeParameter rp : RegimeParameter.values()) {
      String key = rp.name().toLowerCase(Locale.ROOT);
      params.put(key, Json.number(p.get(rp)));
      ses.put(key, Json.number(fit.standardError(rp)));
    }
    List<LocalDate> dates = est.dates();
    int n = dates.size();
    List<ProbabilityDto> probs = new ArrayList<>();
    for (int i = Math.max(0, n - last); i < n; i++) {
      probs.add(
          new ProbabilityDto(
              dates.get(i).toString(), fit.filtered().get(i, 1), fit.smoothed().get(i, 1)));
    }
    return new FitDto(
        line.label(),
        line.ids(),
        line.synthetic(),
        f.label(),
        n,
        n == 0 ? null : dates.get(0).toString(),
        n == 0 ? null : dates.get(n - 1).toString(),
        params,
        ses,
        fit.transitionMatrix(),
        List.of(Json.number(fit.expectedDuration(0)), Json.number(fit.expectedDuration(1))),
        fit.logLikelihood(),
        fit.converged(),
        fit.iterations(),
        n == 0 ? null : Json.number(fit.filtered().get(n - 1, 1)),
        n == 0 ? null : Json.number(fit.smoothed().get(n - 1, 1)),
        probs);
  }

  private static void print(PrintWriter out, FitDto d, Frequency f) {
    SyntheticBanner.print(out, d.synthetic());
    out.printf(
        "Regimes of %s: %d %s log returns %s..%s%n",
        d.line(), d.observations(), d.frequency(), d.first(), d.last());
    out.printf(
        "P(state 1, the higher-mean state) on %s: %s filtered (real time), %s smoothed"
            + " (hindsight)%n",
        d.last(), prob(d.smallLeadsProbabilityFiltered()), prob(d.smallLeadsProbabilitySmoothed()));
    double ppy = f.periodsPerYear();
    TextTable t =
        new TextTable(
            "STATE", "MEAN/PERIOD", "ANNUALISED", "VOL (ANN.)", "STAY PROB.", "EXPECTED DURATION");
    String[] names = new String[2];
    for (int s = 0; s < 2; s++) {
      Double m = d.parameters().get(s == 0 ? "mean0" : "mean1");
      String reading = m == null ? "" : m > 0 ? " small gains" : m < 0 ? " large gains" : " flat";
      names[s] = s + (s == 0 ? " (lower mean," : " (higher mean,") + reading + ")";
    }
    for (int s = 0; s < 2; s++) {
      Double mean = d.parameters().get(s == 0 ? "mean0" : "mean1");
      Double var = d.parameters().get(s == 0 ? "variance0" : "variance1");
      Double stay = d.parameters().get(s == 0 ? "p00" : "p11");
      t.add(
          names[s],
          mean == null ? "n/a" : String.format(Locale.ROOT, "%+.4f", mean),
          mean == null ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", 100 * mean * ppy),
          var == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * Math.sqrt(var * ppy)),
          stay == null ? "n/a" : String.format(Locale.ROOT, "%.3f", stay),
          d.expectedDurations().get(s) == null
              ? "n/a"
              : String.format(
                  Locale.ROOT,
                  "%.1f %s",
                  d.expectedDurations().get(s),
                  f == Frequency.WEEKLY ? "weeks" : "periods"));
    }
    t.print(out);
    out.printf(
        "log-likelihood %.4f, %s after %d EM passes. Standard errors: %s%n",
        d.logLikelihood(),
        d.converged() ? "converged" : "NOT converged",
        d.iterations(),
        d.standardErrors());
    TextTable p = new TextTable("PERIOD", "P(STATE 1) FILTERED", "SMOOTHED");
    for (ProbabilityDto x : d.probabilities()) {
      p.add(x.date(), prob(x.filtered()), prob(x.smoothed()));
    }
    p.print(out);
  }

  private static String prob(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
  }
}
