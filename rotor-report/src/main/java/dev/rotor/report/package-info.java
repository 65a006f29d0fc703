/**
 * The leadership report as an immutable model, built once and rendered by renderers that hold no
 * analysis logic.
 *
 * <p>Key types: {@link dev.rotor.report.Report} (title, as-of date, headline, sections), {@link
 * dev.rotor.report.Section} (a titled list of {@link dev.rotor.report.Block}s), {@link
 * dev.rotor.report.Sentence} (a FACT with its {@link dev.rotor.report.Source}s, or an
 * INTERPRETATION naming its rule and the facts it rests on), {@link dev.rotor.report.Table}, and
 * the chart specifications {@link dev.rotor.report.LineChart}, {@link dev.rotor.report.RrgChart},
 * {@link dev.rotor.report.BarChart} and {@link dev.rotor.report.HistogramChart}.
 */
package dev.rotor.report;
