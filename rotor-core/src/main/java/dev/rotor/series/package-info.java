/**
 * Date-keyed series: {@link dev.rotor.series.DateSeries} (one value per date, with the written
 * missing-data contract), {@link dev.rotor.series.BarSeries} (OHLCV), {@link
 * dev.rotor.series.AlignedSeries} (explicit {@link dev.rotor.series.Alignment}), and the
 * descriptors {@link dev.rotor.series.SeriesId}, {@link dev.rotor.series.SeriesInfo}, {@link
 * dev.rotor.series.SeriesKind}, {@link dev.rotor.series.Frequency}.
 */
package dev.rotor.series;
