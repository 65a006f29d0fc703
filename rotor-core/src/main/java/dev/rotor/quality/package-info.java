/**
 * Data-quality checks behind {@code rotor check-data}: {@link dev.rotor.quality.DataChecks} (entry
 * point, pure and stateless) runs the checks named by {@link dev.rotor.quality.CheckKind} on a
 * {@link dev.rotor.series.BarSeries} or {@link dev.rotor.series.DateSeries} against a {@link
 * dev.rotor.time.TradingCalendar}, with limits from {@link dev.rotor.quality.CheckThresholds}, and
 * returns a {@link dev.rotor.quality.SeriesCheckReport} of {@link dev.rotor.quality.Finding}s, each
 * a {@link dev.rotor.quality.Severity#WARNING} or {@link dev.rotor.quality.Severity#ERROR}.
 */
package dev.rotor.quality;
