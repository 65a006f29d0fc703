/**
 * Builds the leadership {@link dev.rotor.report.Report} from data: every number is computed here
 * with the core kernels, every interpretation comes from a {@link
 * dev.rotor.report.build.ReportRule}. Renderers never compute.
 *
 * <p>Entry point: {@link dev.rotor.report.build.ReportBuilder#build}; data come through {@link
 * dev.rotor.report.build.ReportData} (the store in the app, the synthetic market in tests).
 */
package dev.rotor.report.build;
