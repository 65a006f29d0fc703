/**
 * Analogs: what followed situations like today's. {@link dev.rotor.analogs.Analogs} (entry point)
 * finds non-overlapping historical dates whose small-versus-large state resembles the state on an
 * as-of date, by a {@link dev.rotor.analogs.ThresholdRule} or a {@link
 * dev.rotor.analogs.NeighbourRule}, on a {@link dev.rotor.analogs.RelativeSeries} (daily or monthly
 * by its {@link dev.rotor.analogs.Sampling}), and summarises the forward relative returns after
 * them per horizon ({@link dev.rotor.analogs.ForwardSummary}) as set by an {@link
 * dev.rotor.analogs.AnalogSpec}. Results are {@link dev.rotor.analogs.AnalogResult}s of {@link
 * dev.rotor.analogs.Analog}s. Conventions: {@code docs/conventions-analogs.md}.
 */
package dev.rotor.analogs;
