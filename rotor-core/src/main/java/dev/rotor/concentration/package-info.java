/**
 * Market concentration and breadth. {@link dev.rotor.concentration.Contributions} splits a
 * cap-weighted index return over a window into per-name contributions ({@link
 * dev.rotor.concentration.ContributionResult}, {@link dev.rotor.concentration.NameContribution},
 * {@link dev.rotor.concentration.BasketContribution}: top N names or a named basket such as the
 * Magnificent Seven) from an as-of weight snapshot rolled back by relative price; {@link
 * dev.rotor.concentration.Concentration} gives the Herfindahl-Hirschman index and the effective
 * number of names of a weight vector; {@link dev.rotor.concentration.Breadth} gives the share of
 * names above their 50- and 200-day averages and an advance/decline line from a price panel ({@link
 * dev.rotor.concentration.BreadthResult}, {@link dev.rotor.concentration.BreadthDay}); {@link
 * dev.rotor.concentration.WeightingSpread} compares an equal-weight and a cap-weight fund.
 *
 * <p>Conventions and the approximations made are in {@code docs/conventions-concentration.md}.
 * Pure: no I/O.
 */
package dev.rotor.concentration;
