/**
 * Aggregate valuation of universes and the value spread. {@link
 * dev.rotor.valuation.Valuation#aggregate} turns a {@link dev.rotor.crosssection.CrossSection} (or
 * its members of one index) into an {@link dev.rotor.valuation.AggregateValuation}: index-level
 * earnings yield (sum of earnings over sum of market caps, not a mean of P/Es), its inverse the
 * aggregate P/E, the negative-earnings share, an ex-negative variant, a cap-weighted harmonic-mean
 * P/E cross-check and coverage. {@link dev.rotor.valuation.Valuation#compare} gives a {@link
 * dev.rotor.valuation.UniverseComparison} that always states both snapshot dates. {@link
 * dev.rotor.valuation.ValueSpread#of} measures ln(BE/ME value) - ln(BE/ME growth) and its
 * historical percentile. Method: {@code docs/conventions-valuation.md}.
 */
package dev.rotor.valuation;
