/**
 * The screener: filter and rank a cross-section with a small expression language, e.g. {@code
 * --where "sales_growth > 10% and debt_to_equity < 1 and pe > 0" --rank pe --top 25}.
 *
 * <p>Entry points: {@link dev.rotor.screen.ScreenQuery#parse} (condition, ranking, top N) and
 * {@link dev.rotor.screen.Screener#run}, which returns a {@link dev.rotor.screen.ScreenResult} of
 * {@link dev.rotor.screen.ScreenHit} rows with counts. {@link dev.rotor.screen.ScreenExpression} is
 * the checked condition, evaluated with three-valued logic ({@link dev.rotor.screen.Truth}) so a
 * missing value never passes a comparison; {@link dev.rotor.screen.Ranking} and {@link
 * dev.rotor.screen.RankOrder} order the rows. Bad input throws {@link
 * dev.rotor.screen.ScreenException} with the 1-based column. Grammar (EBNF) and rules: {@code
 * docs/conventions-screener.md}.
 */
package dev.rotor.screen;
