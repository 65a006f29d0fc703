package dev.rotor.cli;

import dev.rotor.episodes.ContextSeries;
import dev.rotor.episodes.Episode;
import dev.rotor.episodes.EpisodeTable;
import dev.rotor.episodes.Episodes;
import dev.rotor.episodes.TurningPointRules;
import dev.rotor.service.RelativeLine;
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

/** {@code rotor episodes}: leadership episodes dated like bull and bear markets. */
@Command(
    name = "episodes",
    mixinStandardHelpOptions = true,
    description = {
      "Date the peaks and troughs of the small/large relative-strength line (Pagan-Sossounov"
          + " rules: local extremes in a window, alternation, minimum phase, cycle and amplitude,"
          + " censoring at the ends) and list the leadership episodes between them.",
      "Defaults depend on the data's frequency (docs/conventions.md); the last episode is"
          + " ongoing. Context at each start: change in the 2-year yield over the prior 6 months"
          + " (--yield2y) and the recession flag (--recession)."
    })
final class EpisodesCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;
  @Mixin RelativeOptions relative;

  @Option(
      names = "--min-move",
      description = "Minimum relative move of a phase, decimal (default: 0.10).")
  Double minMove;

  @Option(
      names = "--window",
      description = "Turning-point window in periods (default by frequency).")
  Integer window;

  @Option(
      names = "--yield2y",
      paramLabel = "ID",
      description = "2-year yield series for context (e.g. fred_macro-monitor/DGS2).")
  String yield2y;

  @Option(
      names = "--recession",
      paramLabel = "ID",
      description = "0/1 recession series for context (e.g. USREC).")
  String recession;

  @Mixin JsonOption output;

  record EpisodeDto(
      String start,
      String end,
      boolean ongoing,
      boolean startCensored,
      String direction,
      int periods,
      long calendarDays,
      Double relativeMove,
      Double previousMove,
      Double twoYearYieldChange,
      Double recession) {}

  record TableDto(
      String line,
      List<String> ids,
      boolean synthetic,
      String frequency,
      TurningPointRules rules,
      List<EpisodeDto> episodes) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (RotorService service = root.openService()) {
      RelativeLine line = relative.resolve(service);
      TurningPointRules rules;
      ContextSeries context;
      try {
        rules = TurningPointRules.forFrequency(line.frequency());
        if (minMove != null) {
          rules = rules.withMinAmplitude(minMove);
        }
        if (window != null) {
          rules = rules.withWindow(window);
        }
        context =
            ContextSeries.of(service.valuesOrEmpty(yield2y), service.valuesOrEmpty(recession));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      EpisodeTable table = Episodes.table(line.line(), rules, context);
      List<EpisodeDto> rows = new ArrayList<>();
      for (Episode e : table.episodes()) {
        rows.add(
            new EpisodeDto(
                e.start().toString(),
                e.end().toString(),
                e.ongoing(),
                e.startCensored(),
                e.direction().name().toLowerCase(Locale.ROOT),
                e.periods(),
                e.calendarDays(),
                Json.number(e.relativeMove()),
                Json.number(e.previousMove()),
                Json.number(e.context().twoYearYieldChange()),
                Json.number(e.context().recession())));
      }
      if (output.json) {
        Json.write(
            out,
            new TableDto(
                line.label(), line.ids(), line.synthetic(), line.frequency().label(), rules, rows));
        return 0;
      }
      SyntheticBanner.print(out, line.synthetic());
      out.printf("Leadership episodes of %s (%s)%n", line.label(), line.frequency().label());
      out.printf(
          "Rules: window %d, min phase %d, min cycle %d periods, min move %.0f%%, end exclusion %d%n",
          rules.window(),
          rules.minPhase(),
          rules.minCycle(),
          100 * rules.minAmplitude(),
          rules.endExclusion());
      TextTable t =
          new TextTable(
              "START",
              "END",
              "LEADER",
              "PERIODS",
              "DAYS",
              "MOVE",
              "PREVIOUS",
              "D2Y 6M",
              "RECESSION");
      for (EpisodeDto e : rows) {
        t.add(
            e.start() + (e.startCensored() ? "*" : ""),
            e.ongoing() ? "ongoing" : e.end(),
            e.direction().equals("small_leads") ? "small" : "large",
            String.valueOf(e.periods()),
            String.valueOf(e.calendarDays()),
            pct(e.relativeMove()),
            pct(e.previousMove()),
            e.twoYearYieldChange() == null
                ? "n/a"
                : String.format(Locale.ROOT, "%+.2f", e.twoYearYieldChange()),
            e.recession() == null ? "n/a" : (e.recession() > 0.5 ? "yes" : "no"));
      }
      t.print(out);
      out.println(
          "* start censored (the line starts mid-episode). MOVE is the relative-strength change;"
              + " D2Y 6M the 2-year yield change in the 6 months before the start, in points.");
      return 0;
    }
  }

  private static String pct(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", 100 * v);
  }
}
