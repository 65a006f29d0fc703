/**
 * Leadership over windows: returns of several level series over standard windows ({@code ytd},
 * {@code 1m}, ..., {@code max}) or explicit dates, spreads and relative returns of pairs (small
 * minus large), the leader, and how unusual the current spread is against history.
 *
 * <p>Entry point: {@link dev.rotor.leadership.Leadership#table}, giving a {@link
 * dev.rotor.leadership.LeadershipTable} of {@link dev.rotor.leadership.WindowRow}s ({@link
 * dev.rotor.leadership.WindowReturn} per series, {@link dev.rotor.leadership.PairComparison} with
 * its {@link dev.rotor.leadership.SpreadHistory} per {@link dev.rotor.leadership.SeriesPair}).
 * Windows: {@link dev.rotor.leadership.Window} ({@link dev.rotor.leadership.Window#parse} reads
 * labels), {@link dev.rotor.leadership.StandardWindow}, {@link
 * dev.rotor.leadership.ExplicitWindow}, resolved to a {@link dev.rotor.leadership.ResolvedWindow}.
 * The rules are in {@code docs/conventions-leadership.md}.
 *
 * <p>Kernels (package-private): {@code WindowRules} (base and end closes, historical windows in one
 * pass) and {@code Spreads} (spread history, percentile, mean, sd, z).
 */
package dev.rotor.leadership;
