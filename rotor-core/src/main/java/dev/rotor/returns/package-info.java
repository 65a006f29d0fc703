/**
 * Returns: {@link dev.rotor.returns.Returns} (prices to simple or log returns, compounding,
 * annualisation), {@link dev.rotor.returns.Resample} (last observation per week, month, quarter,
 * year) and the named conventions {@link dev.rotor.returns.ReturnKind} and {@link
 * dev.rotor.returns.PriceBasis}.
 */
package dev.rotor.returns;
