/**
 * Scenarios: what happens to a series under stress. Three tools:
 *
 * <ul>
 *   <li>Rate shocks: {@link dev.rotor.scenario.RateBetas#fit} regresses an asset's weekly (or
 *       daily, monthly) returns on changes in a yield such as the 2-year Treasury (a {@link
 *       dev.rotor.scenario.RateBetaSpec}) and gives a {@link dev.rotor.scenario.RateBeta} with
 *       classical and Newey-West {@link dev.rotor.scenario.StandardErrors}; {@link
 *       dev.rotor.scenario.RateBeta#shock} maps a shock in basis points to a {@link
 *       dev.rotor.scenario.ShockImpact} with an interval.
 *   <li>Stress replay: {@link dev.rotor.scenario.StressReplay} measures total return and maximum
 *       drawdown of a series or a buy-and-hold portfolio in historical {@link
 *       dev.rotor.scenario.StressWindow}s (2008-09, Feb-Mar 2020, 2022, Feb-Apr 2025), giving
 *       {@link dev.rotor.scenario.StressOutcome}s.
 *   <li>Conditional returns: {@link dev.rotor.scenario.ConditionalReturns#split} compares monthly
 *       returns in and out of {@link dev.rotor.scenario.MonthlyStates} (NBER recessions from FRED
 *       {@code USREC}; slowdowns by the Chicago Fed's CFNAI-MA3 rule), as a {@link
 *       dev.rotor.scenario.ConditionalSplit} of {@link dev.rotor.scenario.StateStats}.
 * </ul>
 *
 * <p>Definitions and references: {@code docs/conventions-scenario.md}. Pure: no I/O.
 */
package dev.rotor.scenario;
