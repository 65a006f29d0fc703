package dev.rotor.imports;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain two-column file of decimal returns ({@link FileFormat#RETURNS}), e.g. a user's
 * strategy: a header row (any names; the first column holds dates, the second the returns), then
 * {@code YYYY-MM-DD} (or {@code YYYYMMDD}) dates, strictly ascending, and one return per row in
 * decimals ({@code 0.012} = 1.2 %).
 *
 * <p>Every row needs a value (there is no missing marker: leave the date out instead). A return at
 * or below -1 (a loss of 100 % or more) is impossible and rejected, naming the line. Returns above
 * 1 are accepted with a note, as they often mean the file is in percent. Blank lines are allowed
 * only at the end. One series, column suffix null, kind {@link SeriesKind#RETURNS}, units {@code
 * "decimal return"}, frequency inferred from the dates ({@link Frequency#infer}); the name is the
 * value column's header, or the file name when that header is {@code value}.
 */
final class ReturnsParser implements FormatParser {

  @Override
  public FileFormat format() {
    return FileFormat.RETURNS;
  }

  @Override
  public ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    DateSeries.Builder values = DateSeries.builder();
    String valueColumn;
    int aboveOne = 0;
    try (CsvReader r = CsvReader.open(file)) {
      List<String> names = CsvReader.split(r.readHeader());
      String dateColumn = names.get(0).trim();
      if (FrenchBlockReader.styleOf(dateColumn) != null
          || dateColumn.length() >= 10
              && FrenchBlockReader.styleOf(dateColumn.substring(0, 10)) != null) {
        throw r.error(null, "a header row (e.g. 'date,return') is required before the data");
      }
      if (names.size() != 2 || dateColumn.isEmpty() || names.get(1).isBlank()) {
        throw r.error(null, "header must name exactly two columns: a date and a return column");
      }
      valueColumn = names.get(1).trim();
      List<String> columns = List.of(dateColumn, valueColumn);
      LocalDate previous = null;
      String line;
      while ((line = r.readDataLine()) != null) {
        List<String> cells = r.splitRow(line, columns);
        LocalDate date = Cells.date(r, dateColumn, cells.get(0));
        Cells.requireAfter(r, dateColumn, date, previous);
        previous = date;
        double v = Cells.number(r, valueColumn, cells.get(1));
        if (v <= -1) {
          throw r.error(
              valueColumn,
              "return " + cells.get(1).trim() + " is at or below -1 (a loss of 100 % or more)");
        }
        aboveOne += v > 1 ? 1 : 0;
        values.put(date, v);
      }
    }
    if (values.size() == 0) {
      throw new ImportException(file, 0, null, "no returns after the header");
    }
    List<String> notes = new ArrayList<>();
    if (aboveOne > 0) {
      notes.add(
          aboveOne
              + " return(s) above 1 (more than +100 % in one period): check the file is in"
              + " decimals, not percent");
    }
    DateSeries series = values.build();
    SeriesKind kind =
        options != null && options.kind() != null ? options.kind() : SeriesKind.RETURNS;
    String name = valueColumn.equalsIgnoreCase("value") ? FileNames.stem(file) : valueColumn;
    ParsedSeries s =
        ParsedSeries.ofValues(
            null, name, kind, Frequency.infer(series.dates()), "decimal return", series);
    return ParsedFile.ofSeries(FileFormat.RETURNS, List.of(s), notes);
  }
}
