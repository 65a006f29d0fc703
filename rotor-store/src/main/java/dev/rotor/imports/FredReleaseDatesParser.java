package dev.rotor.imports;

import dev.rotor.imports.ParsedFile.ReleaseDate;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads FRED's release-date list ({@link FileFormat#FRED_RELEASE_DATES}): header {@code
 * series_id,last_updated}, then one row per series, e.g. {@code VIXCLS,2026-08-14 08:38:21-05}.
 *
 * <p>The series code must be non-empty letters, digits and {@code _ . -}, and appear once. {@code
 * last_updated} must be an ISO date, optionally followed by a time {@code HH:MM:SS} and a UTC
 * offset (all validated); it is kept verbatim. Blank lines are allowed only at the end of the file.
 * Rows keep file order.
 */
final class FredReleaseDatesParser implements FormatParser {

  /** A date, optionally followed by a time and a UTC offset ({@code -05}, {@code +05:30}). */
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2}([+-]\\d{2}(:?\\d{2})?)?)?");

  private static final List<String> COLUMNS = List.of("series_id", "last_updated");

  @Override
  public FileFormat format() {
    return FileFormat.FRED_RELEASE_DATES;
  }

  @Override
  public ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    List<ReleaseDate> out = new ArrayList<>();
    try (CsvReader r = CsvReader.open(file)) {
      String header = r.readHeader();
      List<String> names = CsvReader.split(header);
      if (names.size() != 2
          || !names.get(0).trim().equals("series_id")
          || !names.get(1).trim().equals("last_updated")) {
        throw r.error(null, "header must be 'series_id,last_updated', found '" + header + "'");
      }
      Map<String, Long> seen = new HashMap<>();
      String line;
      while ((line = r.readDataLine()) != null) {
        List<String> cells = r.splitRow(line, COLUMNS);
        String code = cells.get(0).trim();
        if (!code.matches("[A-Za-z0-9_.\\-]+")) {
          throw r.error("series_id", "'" + code + "' is not a FRED series code");
        }
        String updated = cells.get(1).trim();
        if (!TIMESTAMP.matcher(updated).matches()) {
          throw r.error(
              "last_updated", "'" + updated + "' is not a timestamp like 2026-08-14 08:38:21-05");
        }
        Cells.date(r, "last_updated", updated);
        if (updated.length() > 10) {
          try {
            LocalTime.parse(updated.substring(11, 19));
          } catch (DateTimeException e) {
            throw r.error("last_updated", "'" + updated + "' has an invalid time of day");
          }
        }
        Long previous = seen.putIfAbsent(code, r.lineNumber());
        if (previous != null) {
          throw r.error("series_id", "'" + code + "' already listed on line " + previous);
        }
        out.add(new ReleaseDate(code, updated));
      }
    }
    if (out.isEmpty()) {
      throw new ImportException(file, 0, null, "no release dates after the header");
    }
    return new ParsedFile(FileFormat.FRED_RELEASE_DATES, List.of(), List.of(), out, List.of());
  }
}
