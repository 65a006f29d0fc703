/**
 * Test support: headless Debian Chromium driven over the DevTools protocol. Entry points: {@link
 * dev.rotor.report.browser.HeadlessChromium} (launch, skip-or-fail when absent) and {@link
 * dev.rotor.report.browser.ChromiumPage} (console errors, evaluate, screenshot, PDF).
 */
package dev.rotor.report.browser;
