/**
 * ETF comparison: how closely an ETF's levels follow its index's levels.
 *
 * <p>Entry point: {@link dev.rotor.etf.EtfComparison#compare}, which gives an {@link
 * dev.rotor.etf.EtfComparisonResult} (common-date range, annualised returns, tracking difference,
 * tracking error, volatilities, correlation, beta, expense ratio and cost gap) with one {@link
 * dev.rotor.etf.YearlyTracking} row per complete calendar year. Definitions, and which price basis
 * to pair with which, are in {@code docs/conventions-etf.md}.
 */
package dev.rotor.etf;
