package dev.rotor.cli;

import dev.rotor.leadership.LeadershipTable;
import dev.rotor.leadership.PairComparison;
import dev.rotor.leadership.SeriesPair;
import dev.rotor.leadership.Window;
import dev.rotor.leadership.WindowReturn;
import dev.rotor.leadership.WindowRow;
import dev.rotor.returns.PriceBasis;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor leadership}: who leads over each window, by how much, and how unusual it is. */
@Command(
    name = "leadership",
    mixinStandardHelpOptions = true,
    description = {
      "Who leads over each window (ytd, mtd, qtd, 1w, 1m, 3m, 6m, 1y, 3y, 5y, 10y, max or"
          + " FROM..TO), by how much (spread and relative return), and how unusual the spread is"
          + " against every historical window of the same length (percentile, z-score).",
      "A window starts at the last close before it; an as-of date without a close uses the last"
          + " close before it, and the output says which date was used. Series are compared on"
          + " their common dates."
    })
final class LeadershipCommand implements Callable<Integer> {

  static final String DEFAULT_WINDOWS = "1w,mtd,1m,qtd,3m,ytd,6m,1y,3y,5y,10y,max";

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--small",
      required = true,
      paramLabel = "ID",
      description = "Small-cap series (e.g. RUT, IWM).")
  String small;

  @Option(
      names = "--large",
      required = true,
      paramLabel = "ID",
      description = "Large-cap series (e.g. SPX, SPY).")
  String large;

  @Option(
      names = "--tech",
      paramLabel = "ID",
      description = "Optional tech-heavy series (e.g. IXIC, QQQ).")
  String tech;

  @Option(
      names = "--asof",
      converter = DateConverter.class,
      description = "As-of date (default: last common date).")
  LocalDate asOf;

  @Option(names = "--windows", description = "Comma-separated windows (default ${DEFAULT-VALUE}).")
  String windows = DEFAULT_WINDOWS;

  @Option(
      names = "--basis",
      description = "price (close) or total (adjusted close); default ${DEFAULT-VALUE}.")
  PriceBasis basis = PriceBasis.PRICE;

  @Option(names = "--json", description = "JSON output (fields in docs/cli.md).")
  boolean json;

  /** One pair's comparison in JSON. */
  record PairDto(
      String a,
      String b,
      Double spread,
      Double relative,
      String leader,
      Double percentile,
      Double z,
      int historyWindows,
      String historyFirst,
      String historyLast) {}

  /** One window in JSON; the first pair is small vs large. */
  record WindowDto(
      String window,
      boolean available,
      String reason,
      String start,
      String end,
      Integer periods,
      Map<String, Double> returns,
      Map<String, Double> annualised,
      String leader,
      Double smallMinusLarge,
      Double relative,
      Double percentile,
      Double z,
      Integer historyWindows,
      List<PairDto> pairs) {}

  record TableDto(
      String asof,
      String asofRequested,
      String basis,
      String alignment,
      String frequency,
      boolean synthetic,
      List<String> series,
      String small,
      String large,
      String tech,
      List<WindowDto> windows) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Window> ws;
    try {
      ws = Window.parseList(windows);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--windows: " + e.getMessage());
    }
    try (RotorService service = root.openService()) {
      RotorService.LeadershipResult r;
      try {
        r = service.leadership(small, large, tech, asOf, ws, basis);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      TableDto dto = dto(r);
      if (json) {
        Json.write(out, dto);
      } else {
        print(out, r, dto);
      }
      return 0;
    }
  }

  static TableDto dto(RotorService.LeadershipResult r) {
    LeadershipTable t = r.table();
    List<WindowDto> rows = new ArrayList<>();
    for (WindowRow row : t.rows()) {
      if (row instanceof WindowRow.Unavailable u) {
        rows.add(
            new WindowDto(
                u.window().label(),
                false,
                u.reason(),
                null,
                null,
                null,
                Map.of(),
                Map.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of()));
        continue;
      }
      WindowRow.Available a = (WindowRow.Available) row;
      Map<String, Double> ret = new LinkedHashMap<>();
      Map<String, Double> ann = new LinkedHashMap<>();
      for (SeriesId id : t.series()) {
        WindowReturn w = a.returnOf(id);
        ret.put(id.value(), Json.number(w.total()));
        ann.put(id.value(), Json.number(w.annualised()));
      }
      List<PairDto> pairs = new ArrayList<>();
      for (PairComparison p : a.pairs()) {
        pairs.add(
            new PairDto(
                p.pair().a().value(),
                p.pair().b().value(),
                Json.number(p.spread()),
                Json.number(p.relative()),
                p.leader().map(SeriesId::value).orElse(null),
                Json.number(p.history().percentile()),
                Json.number(p.history().z()),
                p.history().windows(),
                str(p.history().firstEnd()),
                str(p.history().lastEnd())));
      }
      PairComparison first = a.pairs().get(0);
      rows.add(
          new WindowDto(
              a.window().label(),
              true,
              null,
              a.resolved().start().toString(),
              a.resolved().end().toString(),
              a.resolved().periods(),
              ret,
              ann,
              first.leader().map(SeriesId::value).orElse(null),
              Json.number(first.spread()),
              Json.number(first.relative()),
              Json.number(first.history().percentile()),
              Json.number(first.history().z()),
              first.history().windows(),
              pairs));
    }
    SeriesPair main = t.pairs().get(0);
    return new TableDto(
        t.asOfUsed().toString(),
        t.asOfRequested().toString(),
        t.basis().name().toLowerCase(Locale.ROOT),
        t.alignment().name().toLowerCase(Locale.ROOT),
        t.frequency().label(),
        r.synthetic(),
        t.series().stream().map(SeriesId::value).toList(),
        main.a().value(),
        main.b().value(),
        t.series().size() > 2 ? t.series().get(2).value() : null,
        rows);
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static void print(PrintWriter out, RotorService.LeadershipResult r, TableDto d) {
    LeadershipTable t = r.table();
    SyntheticBanner.print(out, r.synthetic());
    out.printf(
        "Leadership as of %s%s (%s basis, %s dates of %s)%n",
        d.asof(),
        t.asOfMoved() ? " (asked " + d.asofRequested() + ": no common close that day)" : "",
        d.basis(),
        d.alignment(),
        String.join(", ", d.series()));
    List<String> header = new ArrayList<>(List.of("WINDOW", "FROM", "TO"));
    for (String id : d.series()) {
      header.add(short_(id));
    }
    header.addAll(List.of("LEADER", "SMALL-LARGE", "RELATIVE", "PCTL", "Z", "N"));
    TextTable table = new TextTable(header.toArray(String[]::new));
    List<String> notes = new ArrayList<>();
    for (WindowDto w : d.windows()) {
      List<String> cells = new ArrayList<>();
      cells.add(w.window());
      if (!w.available()) {
        cells.add("-");
        cells.add("-");
        for (int i = 0; i < d.series().size(); i++) {
          cells.add("");
        }
        cells.addAll(List.of("n/a", "", "", "", "", ""));
        table.add(cells.toArray(String[]::new));
        notes.add(w.window() + ": " + w.reason());
        continue;
      }
      cells.add(w.start());
      cells.add(w.end());
      for (String id : d.series()) {
        cells.add(pct(w.returns().get(id)));
      }
      cells.add(w.leader() == null ? "tie" : short_(w.leader()));
      cells.add(pp(w.smallMinusLarge()));
      cells.add(pct(w.relative()));
      cells.add(
          w.percentile() == null
              ? "n/a"
              : String.format(Locale.ROOT, "%.0f%%", 100 * w.percentile()));
      cells.add(w.z() == null ? "n/a" : String.format(Locale.ROOT, "%+.2f", w.z()));
      cells.add(String.valueOf(w.historyWindows()));
      table.add(cells.toArray(String[]::new));
    }
    table.print(out);
    for (String n : notes) {
      out.println("n/a " + n);
    }
    out.println(
        "Returns from the close before each window to its end. SMALL-LARGE in percentage points;"
            + " PCTL and Z rank it among the N historical windows of the same length (overlapping,"
            + " so N is not a count of independent observations).");
  }

  private static String short_(String id) {
    return SeriesId.of(id).tail();
  }

  private static String pct(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%+.2f%%", 100 * v);
  }

  private static String pp(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%+.2f pp", 100 * v);
  }
}
