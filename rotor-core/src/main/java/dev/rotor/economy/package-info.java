/**
 * Leadership against the economy: correlations of monthly relative returns with monthly economic
 * indicators at leads and lags ({@link dev.rotor.economy.EconomicSensitivity}, {@link
 * dev.rotor.economy.LagCorrelations}, {@link dev.rotor.economy.LagCorrelation}), indicator
 * transforms ({@link dev.rotor.economy.IndicatorTransform}) and returns conditional on recessions
 * and growth surprises. Pure: no I/O. Alignment is by reference month on revised data, not by
 * release date (see {@link dev.rotor.economy.LagCorrelations#REVISED_DATA_NOTE}).
 */
package dev.rotor.economy;
