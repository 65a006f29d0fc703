package dev.rotor.cli;

import dev.rotor.claims.CheckReport;
import dev.rotor.claims.ClaimCheck;
import dev.rotor.claims.ClaimChecker;
import dev.rotor.claims.DateCandidate;
import dev.rotor.claims.DateRun;
import dev.rotor.claims.EntityAliases;
import dev.rotor.claims.Evidence;
import dev.rotor.claims.Grammar;
import dev.rotor.claims.Summary;
import dev.rotor.service.RotorService;
import dev.rotor.service.StoreMarketData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor check}: claim-by-claim verdicts on market commentary. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check the claims of a market commentary against the data: relative and absolute moves"
          + " (\"outpaced\", \"rose about 24%%\"), periods (\"since the start of the year\"),"
          + " volatility, rate sensitivity, trading volume. Each claim gets SUPPORTED,"
          + " CONTRADICTED or UNVERIFIABLE with its evidence; when the article's date candidates"
          + " disagree, every candidate is evaluated. Rules: docs/claims.md."
    })
final class CheckCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "Text file, or - for stdin.")
  String file;

  @Option(
      names = "--asof",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Article date (overrides the date found in the text).")
  LocalDate asOf;

  @Option(
      names = "--aliases",
      paramLabel = "FILE",
      description = "Extra alias table (format of claims/aliases.tsv, see docs/claims.md).")
  Path aliases;

  @Mixin JsonOption output;

  record CandidateDto(LocalDate date, String origin, String source) {}

  record DatesDto(List<CandidateDto> candidates, LocalDate used, String usedRule) {}

  record EvidenceDto(
      String text,
      Map<String, Double> numbers,
      List<String> series,
      LocalDate from,
      LocalDate to,
      String tolerance) {}

  record ClaimDto(
      int index,
      String sentence,
      String claim,
      String type,
      String period,
      String verdict,
      String reason,
      EvidenceDto evidence,
      List<LocalDate> supportedUnder) {}

  record VerdictDto(int index, String verdict, String reason, EvidenceDto evidence) {}

  record RunDto(LocalDate date, List<String> origins, Summary summary, List<VerdictDto> claims) {}

  record Report(DatesDto dates, List<ClaimDto> claims, Summary summary, List<RunDto> runs) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    String text =
        file.equals("-")
            ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
            : readFile(Path.of(file));
    EntityAliases table = EntityAliases.defaults();
    if (aliases != null) {
      table = table.extendedWith(readFile(aliases), aliases.toString());
    }
    CheckReport r;
    try (RotorService service = root.openService()) {
      r =
          new ClaimChecker(table, Grammar.defaults(), new StoreMarketData(service))
              .check(text, Optional.ofNullable(asOf));
    }
    Report report = report(r);
    if (output.json) {
      Json.write(out, report);
    } else {
      print(out, r, report);
    }
    return 0;
  }

  private static String readFile(Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      throw new UsageException("no such file: " + p);
    }
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  static Report report(CheckReport r) {
    List<CandidateDto> cands = new ArrayList<>();
    for (DateCandidate c : r.candidates()) {
      cands.add(new CandidateDto(c.date(), c.origin().name(), c.source()));
    }
    DatesDto dates = new DatesDto(cands, r.used().orElse(null), r.usedRule());
    Optional<DateRun> used = r.usedRun();
    List<ClaimDto> claims = new ArrayList<>();
    for (int i = 0; i < r.claims().size(); i++) {
      var claim = r.claims().get(i);
      Optional<ClaimCheck> k =
          used.map(u -> u.checks().get(0)).isPresent()
              ? Optional.of(used.get().checks().get(i))
              : Optional.empty();
      claims.add(
          new ClaimDto(
              i + 1,
              claim.sentence().text(),
              claim.describe(),
              claim.type().name(),
              k.flatMap(ClaimCheck::period)
                  .map(p -> p.base() + ".." + p.end() + " (" + p.phrase() + ")")
                  .orElse(null),
              k.map(x -> x.verdict().name()).orElse("UNVERIFIABLE"),
              k.map(ClaimCheck::reason).orElse("no article date: give --asof"),
              k.map(x -> evidence(x.evidence())).orElse(null),
              r.supportedUnder(i)));
    }
    List<RunDto> runs = new ArrayList<>();
    for (DateRun run : r.runs()) {
      List<VerdictDto> v = new ArrayList<>();
      for (int i = 0; i < run.checks().size(); i++) {
        ClaimCheck c = run.checks().get(i);
        v.add(new VerdictDto(i + 1, c.verdict().name(), c.reason(), evidence(c.evidence())));
      }
      runs.add(
          new RunDto(
              run.date(), run.origins().stream().map(Enum::name).toList(), run.summary(), v));
    }
    Summary summary = used.map(DateRun::summary).orElse(new Summary(0, 0, r.claims().size()));
    return new Report(dates, claims, summary, runs);
  }

  private static EvidenceDto evidence(Evidence e) {
    return new EvidenceDto(e.text(), e.numbers(), e.series(), e.from(), e.to(), e.tolerance());
  }

  private static void print(PrintWriter out, CheckReport r, Report rep) {
    out.println("Dates");
    for (CandidateDto c : rep.dates().candidates()) {
      out.println("  " + c.date() + "  " + c.origin() + "  " + c.source());
    }
    for (RunDto run : rep.runs()) {
      out.println("  under " + run.date() + " " + run.origins() + ": " + run.summary().line());
    }
    out.println(
        "  used: "
            + (rep.dates().used() == null ? "none (give --asof)" : rep.dates().used())
            + " ("
            + rep.dates().usedRule()
            + ")");
    out.println();
    for (ClaimDto c : rep.claims()) {
      String s = c.sentence();
      out.println(
          "[" + c.index() + "] \"" + (s.length() > 110 ? s.substring(0, 107) + "..." : s) + "\"");
      out.println(
          "    claim:    " + c.claim() + (c.period() == null ? "" : "  period " + c.period()));
      out.println(
          "    verdict:  " + c.verdict() + (c.reason().isEmpty() ? "" : " (" + c.reason() + ")"));
      if (c.evidence() != null && !c.evidence().series().isEmpty()) {
        out.println("    evidence: " + c.evidence().text());
        out.println("    series:   " + String.join(", ", c.evidence().series()));
        out.println("    tolerance: " + c.evidence().tolerance());
      }
      if (r.runs().size() > 1) {
        out.println(
            "    supported under: "
                + (c.supportedUnder().isEmpty() ? "no candidate date" : c.supportedUnder()));
      }
    }
    out.println();
    out.println(
        "Summary: "
            + rep.summary().line()
            + (rep.dates().used() == null ? "" : " (article date " + rep.dates().used() + ")"));
  }
}
