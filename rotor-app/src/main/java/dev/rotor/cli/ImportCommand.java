package dev.rotor.cli;

import dev.rotor.imports.FileFormat;
import dev.rotor.imports.ImportOptions;
import dev.rotor.series.SeriesKind;
import dev.rotor.service.RotorService;
import dev.rotor.store.FileOutcome;
import dev.rotor.store.ImportResult;
import dev.rotor.store.Importer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rotor import FILE|DIR...}: reads files into the store, one transaction per file. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import files or whole directory trees into the store.",
      "Formats are detected from content: OHLCV (Yahoo, lowercase, Date,Close), FRED (single or"
          + " wide), Kenneth French, iShares holdings, Nasdaq screener, Finviz, fundamentals, the"
          + " wide stock panel and its universe. A date,value file is read as FRED unless"
          + " --kind returns or --format returns.",
      "Each file imports in one transaction: a bad file leaves the store exactly as it was."
          + " Re-importing identical bytes changes nothing; a new vintage replaces the old one."
    })
final class ImportCommand implements Callable<Integer> {

  @ParentCommand RotorCommand root;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or directories.")
  List<Path> paths;

  @Option(names = "--id", description = "Id for a single imported file (default: file name).")
  String id;

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "Force a format: ${COMPLETION-CANDIDATES}.",
      converter = FormatConverter.class,
      completionCandidates = FormatConverter.Labels.class)
  FileFormat format;

  @Option(
      names = "--kind",
      paramLabel = "K",
      description =
          "Force the series kind: index, etf, stock, macro, factor, returns, fundamental.",
      converter = KindConverter.class)
  SeriesKind kind;

  @Option(names = "--quiet", description = "No progress bar and no per-file lines.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (RotorService service = root.openService()) {
      List<Importer.Planned> plan;
      try {
        plan = service.planImport(paths, id);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      ImportOptions options = new ImportOptions(format, kind);
      boolean bar = !quiet && System.console() != null;
      Progress progress = new Progress(bar, out, quiet);
      List<FileOutcome> outcomes;
      try {
        outcomes = service.runImport(plan, options, progress);
      } finally {
        progress.close();
      }
      int failed = 0;
      int imported = 0;
      long rows = 0;
      for (FileOutcome o : outcomes) {
        if (o instanceof FileOutcome.Failed f) {
          failed++;
          err.println("rotor: " + f.message());
        } else if (o instanceof FileOutcome.Imported i) {
          imported++;
          rows += i.result().rows();
        }
      }
      out.printf(
          "%d file(s) imported, %d failed, %d skipped; %,d rows written to %s%n",
          imported, failed, outcomes.size() - imported - failed, rows, service.storeLocation());
      return failed == 0 ? 0 : 1;
    }
  }

  /** Prints one line per file, and a byte-based progress bar on a terminal. */
  private static final class Progress implements Importer.Listener {
    private final boolean showBar;
    private final PrintWriter out;
    private final boolean quiet;
    private ProgressBar bar;
    private long completed;

    Progress(boolean showBar, PrintWriter out, boolean quiet) {
      this.showBar = showBar;
      this.out = out;
      this.quiet = quiet;
    }

    @Override
    public void planned(int files, long totalBytes) {
      if (showBar && totalBytes > 0) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("import " + files + " file(s)")
                .setInitialMax(totalBytes)
                .setUnit(" MB", 1 << 20)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
      }
    }

    @Override
    public void bytesRead(long bytes) {
      if (bar != null) {
        bar.stepBy(bytes);
      }
    }

    @Override
    public void finished(FileOutcome o) {
      if (bar != null) {
        // Parsers that read in parallel or through their own byte reader do not report bytes as
        // they go; the bar catches up with every finished file.
        try {
          completed += java.nio.file.Files.size(o.file());
        } catch (java.io.IOException e) {
          // size unknown: the bar simply does not advance for this file
        }
        bar.stepTo(Math.max(bar.getCurrent(), completed));
      }
      if (quiet || !(o instanceof FileOutcome.Imported i)) {
        return;
      }
      ImportResult r = i.result();
      String line =
          switch (r.action()) {
            case UNCHANGED -> String.format("unchanged  %s", r.fileId());
            case ADDED, REPLACED ->
                String.format(
                    "%-9s  %s (%d series, %d snapshot(s), %,d rows)",
                    r.action().name().toLowerCase(java.util.Locale.ROOT),
                    r.fileId(),
                    r.series(),
                    r.snapshots(),
                    r.rows());
          };
      if (bar != null) {
        bar.setExtraMessage(r.fileId());
      } else {
        out.println(line);
      }
    }

    void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
