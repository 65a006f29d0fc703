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
 *
 * <p>Renderers (no analysis logic, deterministic output): {@link dev.rotor.report.HtmlRenderer}
 * (self-contained HTML with inline SVG charts from {@code dev.rotor.report.svg}), {@link
 * dev.rotor.report.MarkdownRenderer} and {@link dev.rotor.report.JsonRenderer}; {@link
 * dev.rotor.report.NumberText} formats numbers without locale data.
 */
package dev.rotor.report;
