package dev.rotor.shareddata;

import dev.rotor.series.DateSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads one column of a simple real CSV (ISO date in column 0) for core tests, which cannot use the
 * importers in rotor-store. Rows whose cell is empty or {@code null} are skipped.
 */
public final class RealSeries {

  private RealSeries() {}

  /** Column {@code column} (by header name) of the shared data file {@code relative}. */
  public static DateSeries column(String relative, String column) {
    Path p = SharedData.file(relative);
    try {
      List<String> lines = Files.readAllLines(p);
      String[] header = lines.get(0).replace("\uFEFF", "").split(",");
      int c = List.of(header).indexOf(column);
      if (c < 0) {
        throw new IllegalArgumentException("column: " + column + " not in " + p);
      }
      DateSeries.Builder b = DateSeries.builder();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        String cell = cells[c].trim();
        if (!cell.isEmpty() && !cell.equals("null")) {
          b.put(LocalDate.parse(cells[0].substring(0, 10)), Double.parseDouble(cell));
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
