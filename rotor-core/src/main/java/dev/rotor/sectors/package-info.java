/**
 * Sector drivers of an index return: {@link dev.rotor.sectors.SectorReturns} ranks sector ETF
 * returns over a window and flags significant moves ({@link dev.rotor.sectors.SignificanceRule});
 * {@link dev.rotor.sectors.SectorWeights} and {@link dev.rotor.sectors.UniverseReturns} turn a
 * holdings {@link dev.rotor.crosssection.CrossSection} into sector weights and holdings-weighted
 * sector returns; {@link dev.rotor.sectors.Contributions} gives each sector's contribution {@code w
 * × r}; {@link dev.rotor.sectors.BrinsonFachler} splits a portfolio's active return over a
 * benchmark into allocation, selection and interaction by sector. {@link
 * dev.rotor.sectors.SectorEtf} names the SPDR sector ETFs and reads sector labels.
 */
package dev.rotor.sectors;
