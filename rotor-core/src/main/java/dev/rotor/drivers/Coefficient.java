package dev.rotor.drivers;

/**
 * One estimated coefficient with its standard errors; NaN when the fit is undefined.
 *
 * @param estimate the point estimate (slopes: return per basis point of yield change)
 * @param classicalStandardError OLS standard error (homoskedastic, uncorrelated errors)
 * @param neweyWestStandardError Newey-West HAC standard error
 */
public record Coefficient(
    double estimate, double classicalStandardError, double neweyWestStandardError) {}
