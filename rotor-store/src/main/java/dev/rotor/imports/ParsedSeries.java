package dev.rotor.imports;

import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import java.util.Objects;

/**
 * One series read from a file, before it has an id in the store.
 *
 * @param column null when the file holds this one series only; otherwise the suffix appended to the
 *     file's id after a dot ({@code SMB}, {@code vw_monthly.Food}); never contains whitespace
 * @param name human-readable name (e.g. {@code "SMB (Fama-French, monthly)"})
 * @param kind the kind the parser infers; {@code --kind} may override it
 * @param frequency observation frequency
 * @param units e.g. {@code "USD"}, {@code "percent"}, {@code "decimal return"}, {@code "index"}
 * @param values the observations, or null when {@code bars} is set
 * @param bars OHLCV bars, or null when {@code values} is set
 */
public record ParsedSeries(
    String column,
    String name,
    SeriesKind kind,
    Frequency frequency,
    String units,
    DateSeries values,
    BarSeries bars) {

  /** Validates that exactly one of values and bars is present. */
  public ParsedSeries {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(units, "units");
    if ((values == null) == (bars == null)) {
      throw new IllegalArgumentException("values/bars: exactly one must be given");
    }
    if (column != null && (column.isEmpty() || column.chars().anyMatch(Character::isWhitespace))) {
      throw new IllegalArgumentException("column: '" + column + "' is empty or has whitespace");
    }
  }

  /** A scalar series. */
  public static ParsedSeries ofValues(
      String column, String name, SeriesKind kind, Frequency f, String units, DateSeries values) {
    return new ParsedSeries(column, name, kind, f, units, values, null);
  }

  /** A bar series. */
  public static ParsedSeries ofBars(
      String column, String name, SeriesKind kind, Frequency f, String units, BarSeries bars) {
    return new ParsedSeries(column, name, kind, f, units, null, bars);
  }

  /** Number of observations or bars. */
  public int count() {
    return values != null ? values.size() : bars.size();
  }

  /** A copy with another column suffix (null: the file's only series). */
  public ParsedSeries withColumn(String newColumn) {
    return new ParsedSeries(newColumn, name, kind, frequency, units, values, bars);
  }

  /** A copy with another kind (for {@code --kind}). */
  public ParsedSeries withKind(SeriesKind newKind) {
    return new ParsedSeries(column, name, newKind, frequency, units, values, bars);
  }
}
