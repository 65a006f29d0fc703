/**
 * Holding periods: rolling N-year returns of small and large caps. {@link
 * dev.rotor.holding.HoldingPeriods} (entry point) gives, per horizon, a {@link
 * dev.rotor.holding.HoldingComparison} (small against large: probability of loss, probability that
 * small beats large, worst, median and best annualised returns) or a {@link
 * dev.rotor.holding.HoldingPeriod} (one series, e.g. the SMB factor), each over a {@link
 * dev.rotor.holding.WindowSpan} with an {@link dev.rotor.holding.AnnualisedDistribution} per
 * series. Inputs are simple returns (French monthly deciles, SMB) or levels (daily ETF closes).
 *
 * <p>Conventions (window length, overlap, annualisation, quantile type) are in {@code
 * docs/conventions-holding.md}. Pure: no I/O.
 */
package dev.rotor.holding;
