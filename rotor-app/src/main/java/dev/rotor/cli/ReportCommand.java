package dev.rotor.cli;

import dev.rotor.report.HtmlRenderer;
import dev.rotor.report.JsonRenderer;
import dev.rotor.report.MarkdownRenderer;
import dev.rotor.report.Report;
import dev.rotor.report.build.ReportRequest;
import dev.rotor.service.RotorService;
import dev.rotor.synthetic.SyntheticSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor report}: the leadership report, Rotor's main job. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the leadership report: who leads (small vs large caps, and tech), the rotation,"
          + " drivers, historical context, risks, what it means for an investor, and an appendix"
          + " of sources, conventions and rules. Every number is computed from the store; every"
          + " interpretation is labelled with the documented rule that produced it.",
      "Defaults: RUT / SPX / IXIC (or IWM / SPY / QQQ); on an empty store the SYNTHETIC sample."
          + " Prints the headline and the file's path."
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  /** Output formats. */
  enum Format {
    HTML("html"),
    MD("md"),
    JSON("json");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  @Option(
      names = "--asof",
      converter = DateConverter.class,
      description = "As-of date (default: the last date common to the three series).")
  LocalDate asOf;

  @Option(names = "--small", paramLabel = "ID", description = "Small-cap series (default RUT).")
  String small;

  @Option(names = "--large", paramLabel = "ID", description = "Large-cap series (default SPX).")
  String large;

  @Option(names = "--tech", paramLabel = "ID", description = "Tech series (default IXIC).")
  String tech;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Output file (default rotor-report.<format> in the current directory).")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "html (default), md or json.",
      converter = FormatConverterReport.class)
  Format format = Format.HTML;

  @Option(
      names = "--timings",
      description = "Print where the time went (per step, milliseconds) to standard error.")
  boolean timings;

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    PrintWriter pw = spec.commandLine().getOut();
    Map<String, Long> steps = new LinkedHashMap<>();
    Report report;
    long tOpen;
    try (RotorService service = root.openService()) {
      tOpen = System.nanoTime();
      steps.put("open store", tOpen - t0);
      if (service.isEmpty()) {
        RotorService.SampleResult r = service.sample(SyntheticSpec.DEFAULT_SEED);
        pw.printf(
            "The store was empty: generated the SYNTHETIC sample (%d series) in %s.%n",
            r.series(), service.storeLocation());
        steps.put("generate sample", System.nanoTime() - tOpen);
      }
      try {
        report =
            service.report(new ReportRequest(asOf, small, large, tech), (s, n) -> steps.put(s, n));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    long tRender = System.nanoTime();
    String text =
        switch (format) {
          case HTML -> HtmlRenderer.render(report);
          case MD -> MarkdownRenderer.render(report);
          case JSON -> JsonRenderer.render(report);
        };
    steps.put("render " + format.extension, System.nanoTime() - tRender);
    Path file = out != null ? out : Path.of("rotor-report." + format.extension);
    long tWrite = System.nanoTime();
    write(file, text);
    steps.put("write file", System.nanoTime() - tWrite);
    SyntheticBanner.print(pw, report.synthetic());
    if (asOf != null && !asOf.equals(report.asOf())) {
      pw.printf(
          "Note: --asof %s is after the last date common to the series; the report is as of %s.%n",
          asOf, report.asOf());
    }
    pw.println(report.headline().sentence().text());
    pw.println("Report written to " + file.toAbsolutePath().normalize());
    if (timings) {
      PrintWriter err = spec.commandLine().getErr();
      steps.forEach((k, v) -> err.printf(Locale.ROOT, "%-18s %8.1f ms%n", k, v / 1e6));
      err.printf(Locale.ROOT, "%-18s %8.1f ms%n", "total (in JVM)", (System.nanoTime() - t0) / 1e6);
    }
    return 0;
  }

  /** Writes through a temporary file in the same directory, so nothing half-written remains. */
  private static void write(Path file, String text) {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Path tmp = Files.createTempFile(dir, ".rotor-report", ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UsageException("--out: cannot write " + file + ": " + e.getMessage());
    }
  }

  /** Parses --format case-insensitively. */
  static final class FormatConverterReport implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.extension.equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "--format: '" + value + "' is not html, md or json");
    }
  }
}
