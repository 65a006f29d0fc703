/**
 * Inline SVG charts for the HTML report, drawn with plain string building (no script, no network).
 * Entry point: {@link dev.rotor.report.svg.SvgCharts#render}; one package-private class per chart
 * type, sharing {@code Svg} (the writer), {@code Frame} (plot area and scales), {@code Ticks}
 * (nice, log and calendar ticks) and {@code Palette} (Okabe-Ito colours).
 */
package dev.rotor.report.svg;
