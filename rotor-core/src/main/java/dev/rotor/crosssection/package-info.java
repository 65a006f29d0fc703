/**
 * Dated cross-sections (fund holdings, screeners, fundamentals): {@link
 * dev.rotor.crosssection.CrossSection} of {@link dev.rotor.crosssection.Constituent} rows, with
 * numeric fields named by {@link dev.rotor.crosssection.ConstituentField}.
 */
package dev.rotor.crosssection;
