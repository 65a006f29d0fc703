/**
 * Leadership episodes: dating the peaks and troughs of a relative-strength line {@code small /
 * large} the way bull and bear markets are dated, and tabulating the phases between them.
 *
 * <p>Entry points: {@link dev.rotor.episodes.Episodes#table} (an {@link
 * dev.rotor.episodes.EpisodeTable} of {@link dev.rotor.episodes.Episode}s with {@link
 * dev.rotor.episodes.EpisodeDirection} and {@link dev.rotor.episodes.EpisodeContext} from optional
 * {@link dev.rotor.episodes.ContextSeries}) and {@link dev.rotor.episodes.TurningPoints#date} (the
 * {@link dev.rotor.episodes.TurningPoint}s alone). The dating rules are a {@link
 * dev.rotor.episodes.TurningPointRules} with defaults per frequency. {@link
 * dev.rotor.episodes.RelativeStrength} builds the line from two level series or from returns.
 *
 * <p>The algorithm, its parameters and references (Bry and Boschan 1971; Pagan and Sossounov 2003;
 * Lunde and Timmermann 2004) are in {@code docs/conventions-episodes.md}. Pure: no I/O.
 */
package dev.rotor.episodes;
