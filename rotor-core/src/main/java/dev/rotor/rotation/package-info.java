/**
 * Relative strength and rotation: {@link dev.rotor.rotation.RelativeStrength} (the asset/benchmark
 * line on common dates, its simple and exponential moving averages and its log slope, scaled per
 * {@link dev.rotor.rotation.RsBase}) and {@link dev.rotor.rotation.RotationGraph}, Rotor's own
 * point-in-time relative rotation graph: RS-Ratio and RS-Momentum per {@link
 * dev.rotor.rotation.RrgParameters}, giving {@link dev.rotor.rotation.RrgChart} of {@link
 * dev.rotor.rotation.RrgAsset} rows with {@link dev.rotor.rotation.RrgPoint} tails and a {@link
 * dev.rotor.rotation.Quadrant}. Formulas and defaults: {@code docs/conventions-rrg.md}.
 */
package dev.rotor.rotation;
