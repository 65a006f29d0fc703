package dev.rotor.synthetic;

import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesInfo;
import java.util.Objects;

/**
 * One generated series: its descriptor ({@link SeriesInfo#synthetic()} is always true) and either
 * bars or plain values.
 *
 * @param info the descriptor; synthetic, id under {@code synthetic/}, name containing {@code
 *     SYNTHETIC}
 * @param bars the bars, or null when the series holds plain values
 * @param values the values, or null when the series holds bars
 */
public record SyntheticSeries(SeriesInfo info, BarSeries bars, DateSeries values) {

  /** Validates that exactly one of {@code bars} and {@code values} is given. */
  public SyntheticSeries {
    Objects.requireNonNull(info, "info");
    if ((bars == null) == (values == null)) {
      throw new IllegalArgumentException("bars/values: exactly one must be given");
    }
  }

  /** A bar series. */
  public static SyntheticSeries ofBars(SeriesInfo info, BarSeries bars) {
    return new SyntheticSeries(info, Objects.requireNonNull(bars, "bars"), null);
  }

  /** A plain value series. */
  public static SyntheticSeries ofValues(SeriesInfo info, DateSeries values) {
    return new SyntheticSeries(info, null, Objects.requireNonNull(values, "values"));
  }

  /** True when the series holds bars. */
  public boolean hasBars() {
    return bars != null;
  }

  /** The closes of a bar series, or the values of a plain one. */
  public DateSeries closesOrValues() {
    return bars != null ? bars.closes() : values;
  }
}
