package dev.rotor.imports;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads FRED downloads ({@link FileFormat#FRED}).
 *
 * <h2>Layouts</h2>
 *
 * <ul>
 *   <li><b>Single series</b>: a date column and one value column ({@code DATE,VALUE}, {@code
 *       observation_date,UNRATE}, {@code date,value}). The series code is the column name, or the
 *       file name when the column is called {@code value}. The column suffix is null when the
 *       column is {@code value} or equals the file name (case-insensitively), else it is the column
 *       name ({@code consumption.csv} with {@code date,PSAVERT} gives {@code consumption.PSAVERT},
 *       as a wide file would).
 *   <li><b>Wide</b>: a date column and several series columns, one date per row; each column is a
 *       series with the column name as suffix ({@code rates.DGS10}).
 * </ul>
 *
 * The date column must be the first and be called {@code date} or {@code observation_date} (any
 * case). Dates are ISO {@code YYYY-MM-DD} (or {@code YYYYMMDD}), strictly ascending. An empty cell
 * or FRED's {@code .} is no observation on that date; wide files mix frequencies, so the frequency
 * is inferred per column from its own dates ({@link Frequency#infer}). A column without any
 * observation is skipped with a note. Blank lines are allowed only at the end of the file.
 *
 * <h2>Kind and units</h2>
 *
 * Kind {@link SeriesKind#MACRO}. Units are {@code "percent"} for series known to be quoted in
 * percent (interest rates, Treasury yields, credit spreads and OAS, breakeven and expected
 * inflation, unemployment/participation/saving/capacity-utilisation rates, loan-officer survey net
 * percentages, delinquency and charge-off rates; see {@link #units(String)}) and {@code ""}
 * (unknown, FRED's own units apply) for everything else.
 */
final class FredParser implements FormatParser {

  private static final Set<String> PERCENT_CODES =
      Set.of(
          "FEDFUNDS",
          "DFF",
          "DFEDTARL",
          "DFEDTARU",
          "DPRIME",
          "SOFR",
          "SOFR1",
          "SOFR25",
          "SOFR75",
          "SOFR99",
          "OBFR",
          "IORB",
          "TGCR",
          "BGCR",
          "ONRRP",
          "JP10Y",
          "ACMTP10",
          "AAA",
          "BAA",
          "AAA10Y",
          "BAA10Y",
          "T10Y2Y",
          "T10Y3M",
          "T5YIE",
          "T10YIE",
          "T5YIFR",
          "MICH",
          "UNRATE",
          "U6RATE",
          "CIVPART",
          "PSAVERT",
          "CAPU",
          "TCU",
          "MORTGAGE30US",
          "MORTGAGE15US");

  private static final List<String> PERCENT_PREFIXES =
      List.of(
          "DGS", "EXPINF", "BAMLC0A", "BAMLH0A", "IRLTLT", "SLOOS_", "DELINQ_", "CHGOFF_", "DRTSC",
          "DRSDC");

  private static final List<String> PERCENT_SUFFIXES = List.of("_OAS", "_YIELD");

  @Override
  public FileFormat format() {
    return FileFormat.FRED;
  }

  @Override
  public ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    String stem = FileNames.stem(file);
    SeriesKind kind = options != null && options.kind() != null ? options.kind() : SeriesKind.MACRO;
    List<String> columns = new ArrayList<>();
    List<DateSeries.Builder> builders = new ArrayList<>();
    try (CsvReader r = CsvReader.open(file)) {
      List<String> cells = CsvReader.split(r.readHeader());
      String dateColumn = cells.get(0).trim();
      if (!dateColumn.equalsIgnoreCase("date")
          && !dateColumn.equalsIgnoreCase("observation_date")) {
        throw r.error(
            dateColumn.isEmpty() ? null : dateColumn,
            "the first column must be 'date' or 'observation_date'");
      }
      if (cells.size() < 2) {
        throw r.error(null, "header has no series column after '" + dateColumn + "'");
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 1; i < cells.size(); i++) {
        String name = FrenchBlockReader.columnName(cells.get(i));
        if (name.isEmpty()) {
          throw r.error(null, "header field " + (i + 1) + " has no column name");
        }
        Integer previous = seen.put(name, i + 1);
        if (previous != null) {
          throw r.error(name, "column name repeats header field " + previous);
        }
        columns.add(name);
        builders.add(DateSeries.builder());
      }
      readRows(r, dateColumn, columns, builders);
    }
    boolean single = columns.size() == 1;
    List<ParsedSeries> out = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int j = 0; j < columns.size(); j++) {
      String column = columns.get(j);
      boolean isValue = column.equalsIgnoreCase("value");
      String code = single && isValue ? stem : column;
      String suffix = single && (isValue || column.equalsIgnoreCase(stem)) ? null : column;
      DateSeries values = builders.get(j).build();
      if (values.isEmpty()) {
        notes.add("column '" + column + "' has no observation: no series");
        continue;
      }
      Frequency f = Frequency.infer(values.dates());
      out.add(ParsedSeries.ofValues(suffix, code, kind, f, units(code), values));
    }
    if (out.isEmpty()) {
      throw new ImportException(file, 0, null, "no observation in any column");
    }
    return ParsedFile.ofSeries(FileFormat.FRED, out, notes);
  }

  private static void readRows(
      CsvReader r, String dateColumn, List<String> columns, List<DateSeries.Builder> builders)
      throws ImportException {
    List<String> names = new ArrayList<>(columns.size() + 1);
    names.add(dateColumn);
    names.addAll(columns);
    LocalDate previous = null;
    String line;
    while ((line = r.readDataLine()) != null) {
      List<String> cells = r.splitRow(line, names);
      LocalDate date = Cells.date(r, dateColumn, cells.get(0));
      Cells.requireAfter(r, dateColumn, date, previous);
      previous = date;
      for (int j = 0; j < columns.size(); j++) {
        double v = Cells.numberOrMissing(r, columns.get(j), cells.get(j + 1), "", ".");
        if (!Double.isNaN(v)) {
          builders.get(j).put(date, v);
        }
      }
    }
  }

  /** {@code "percent"} for codes known to be quoted in percent, else {@code ""}. */
  static String units(String code) {
    String c = code.toUpperCase(Locale.ROOT);
    if (PERCENT_CODES.contains(c)) {
      return "percent";
    }
    for (String p : PERCENT_PREFIXES) {
      if (c.startsWith(p)) {
        return "percent";
      }
    }
    for (String s : PERCENT_SUFFIXES) {
      if (c.endsWith(s)) {
        return "percent";
      }
    }
    return "";
  }
}
