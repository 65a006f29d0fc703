package dev.rotor.cli;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.screen.ScreenException;
import dev.rotor.screen.ScreenHit;
import dev.rotor.screen.ScreenQuery;
import dev.rotor.screen.ScreenResult;
import dev.rotor.screen.Screener;
import dev.rotor.service.RotorService;
import dev.rotor.store.StoredSnapshot;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor screen SNAPSHOT --where EXPR --rank FIELD --top N}: filter and rank a snapshot. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Filter and rank a fundamentals snapshot (rotor snapshot list) with a small expression"
          + " language, e.g. --where \"sales_growth > 10%% and debt_to_equity < 1 and pe > 0\""
          + " --rank pe --top 25.",
      "Fields: ticker, name, sector, industry, asset_class, memberships (text); weight,"
          + " market_value, market_cap, price, shares, pe, forward_pe, sales, income,"
          + " sales_growth, earnings_growth, profit_margin, debt_to_equity (numbers). Operators:"
          + " < <= > >= = != contains in, is [not] missing, and or not, + - * /, numbers like"
          + " 1e9, 10%%, 2B. A missing value makes a comparison unknown (SQL logic): such rows"
          + " are not selected. Grammar in docs/conventions.md."
    })
final class ScreenCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SNAPSHOT",
      description = "Snapshot id or unique tail (e.g. fundamentals_sp500_2026-06-29).")
  String snapshot;

  @Option(names = "--where", description = "Filter expression (default: every row).")
  String where;

  @Option(
      names = "--rank",
      description = "Numeric field to rank by, optionally 'desc' (default: file order).")
  String rank;

  @Option(names = "--top", description = "Rows to keep (default ${DEFAULT-VALUE}).")
  int top = 25;

  @Mixin JsonOption output;

  record HitDto(
      int rank, String ticker, String name, String sector, Double value, Map<String, Object> row) {}

  record ResultDto(
      String snapshot,
      String asOf,
      boolean synthetic,
      String where,
      String rank,
      int total,
      int matched,
      int missingRank,
      List<HitDto> hits) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ScreenQuery q;
    try {
      q = ScreenQuery.parse(where, rank, top);
    } catch (ScreenException e) {
      String which = e.expression().equals(where) ? "--where" : "--rank";
      throw new UsageException(which + " " + e.getMessage() + "\n" + e.pointer());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try (RotorService service = root.openService()) {
      StoredSnapshot s = service.snapshot(snapshot);
      ScreenResult r = Screener.run(service.snapshotRows(s), q);
      List<HitDto> hits = new ArrayList<>();
      for (ScreenHit h : r.hits()) {
        Constituent c = h.row();
        Map<String, Object> row = new LinkedHashMap<>();
        for (ConstituentField f : ConstituentField.values()) {
          row.put(f.label(), Json.number(c.get(f)));
        }
        hits.add(
            new HitDto(h.rank(), c.ticker(), c.name(), c.sector(), Json.number(h.value()), row));
      }
      ResultDto dto =
          new ResultDto(
              s.id(),
              s.asOf() == null ? null : s.asOf().toString(),
              s.synthetic(),
              where,
              rank,
              r.total(),
              r.matched(),
              r.missingRank(),
              hits);
      if (output.json) {
        Json.write(out, dto);
        return 0;
      }
      SyntheticBanner.print(out, s.synthetic());
      out.printf(
          "%s (as of %s): %d of %d rows match%s%n",
          s.id(),
          dto.asOf() == null ? "not stated" : dto.asOf(),
          r.matched(),
          r.total(),
          r.missingRank() > 0 ? "; " + r.missingRank() + " lack the rank field and come last" : "");
      TextTable t =
          new TextTable(
              "#",
              "TICKER",
              "NAME",
              "SECTOR",
              rank == null ? "" : rank.toUpperCase(java.util.Locale.ROOT));
      for (HitDto h : hits) {
        t.add(
            String.valueOf(h.rank()),
            h.ticker(),
            h.name().length() > 30 ? h.name().substring(0, 30) : h.name(),
            h.sector(),
            h.value() == null ? (rank == null ? "" : "n/a") : SeriesCommand.num(h.value()));
      }
      t.print(out);
      return 0;
    }
  }
}
