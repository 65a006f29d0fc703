/**
 * Volume and flows, the measurable proxy for institutional interest: {@link
 * dev.rotor.flows.Flows#of} turns a small-cap and a large-cap ETF's bars into a {@link
 * dev.rotor.flows.FlowSeries} (dollar volumes, the small ETF's share of their sum, its trailing
 * z-score and each ETF's relative-volume z-score). Trading volume is a proxy, not a measure of fund
 * flows. Method: {@code docs/conventions-flows.md}.
 */
package dev.rotor.flows;
