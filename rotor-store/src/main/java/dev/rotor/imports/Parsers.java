package dev.rotor.imports;

import dev.rotor.series.SeriesKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point for reading files: detects the layout (or takes the forced one), parses, and
 * applies the user's {@code --kind}.
 *
 * <p>A {@code date,value} file looks the same whether it holds a FRED series or a user's returns;
 * it is read as returns when the user says {@code --kind returns} (or {@code --format returns}).
 */
public final class Parsers {

  private static final Map<FileFormat, FormatParser> PARSERS = registry();

  private Parsers() {}

  private static Map<FileFormat, FormatParser> registry() {
    Map<FileFormat, FormatParser> m = new EnumMap<>(FileFormat.class);
    for (FormatParser p :
        List.of(
            new OhlcvParser(),
            new FredParser(),
            new FrenchParser(),
            new ReturnsParser(),
            new StockPanelParser(),
            new UniverseParser(),
            new ISharesParser(),
            new NasdaqScreenerParser(),
            new FinvizParser(),
            new FundamentalsParser(),
            new FredReleaseDatesParser())) {
      m.put(p.format(), p);
    }
    for (FileFormat f : FileFormat.readable()) {
      if (!m.containsKey(f)) {
        throw new IllegalStateException("no parser for format " + f);
      }
    }
    return m;
  }

  /** The parser for {@code format}. */
  public static FormatParser forFormat(FileFormat format) {
    return PARSERS.get(format);
  }

  /** Detects the layout of {@code file} from its first lines (and its name, for gzip). */
  public static FileFormat detect(Path file) throws ImportException {
    return FormatDetector.detect(file);
  }

  /** Detects (unless forced), parses, and applies {@code options.kind()} to every series. */
  public static ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    FileFormat format = options.format();
    if (format == null) {
      format = detect(file);
      if (format == FileFormat.FRED && options.kind() == SeriesKind.RETURNS) {
        format = FileFormat.RETURNS;
      }
    }
    ParsedFile parsed = forFormat(format).parse(file, options);
    if (options.kind() == null) {
      return parsed;
    }
    List<ParsedSeries> series = new ArrayList<>();
    for (ParsedSeries s : parsed.series()) {
      series.add(s.withKind(options.kind()));
    }
    return new ParsedFile(
        parsed.format(), series, parsed.snapshots(), parsed.releaseDates(), parsed.notes());
  }
}
