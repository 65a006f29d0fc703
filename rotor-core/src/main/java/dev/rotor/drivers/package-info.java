/**
 * Drivers of small-versus-large leadership, starting with interest rates. Pure kernels, no I/O.
 *
 * <p>Key types: {@link dev.rotor.drivers.RateSensitivity} (OLS of small, large and
 * small-minus-large returns on changes of the 2-year and 10-year Treasury yields, Newey-West
 * standard errors, rolling one-year betas), its result {@link dev.rotor.drivers.RateSensitivityFit}
 * with one {@link dev.rotor.drivers.RegressionFit} per {@link dev.rotor.drivers.Target}, and {@link
 * dev.rotor.drivers.RateCutProxy} (2-year yield minus fed funds), and {@link
 * dev.rotor.drivers.RallyDecomposition} (a window's small-minus-large return split into driver
 * contributions, result {@link dev.rotor.drivers.RallyExplanation}). Conventions: {@code
 * docs/conventions-drivers-rates.md}, {@code docs/conventions-explain.md}.
 */
package dev.rotor.drivers;
