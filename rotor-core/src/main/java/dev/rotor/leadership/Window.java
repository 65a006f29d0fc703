package dev.rotor.leadership;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A return window: one of the {@link StandardWindow} labels ({@code ytd}, {@code 1m}, {@code max},
 * ...) measured back from an as-of date, or an {@link ExplicitWindow} with its own dates.
 *
 * <p>Every window starts at the <b>last close before it</b>: its base is a close, and the return
 * runs from that base close to the end close, so the first day of the window contributes its move.
 * The rule of each window is stated on {@link StandardWindow} and {@link ExplicitWindow}; {@link
 * #resolve(LocalDate[], LocalDate)} applies it to a set of dates.
 */
public sealed interface Window permits StandardWindow, ExplicitWindow {

  /** The label: {@code ytd}, {@code 1m}, ..., or {@code FROM..TO} for an explicit window. */
  String label();

  /**
   * Parses a label: a {@link StandardWindow} label ({@code ytd mtd qtd 1w 1m 3m 6m 1y 3y 5y 10y
   * max}, case-insensitive) or {@code FROM..TO} with ISO dates ({@code 2024-01-01..2024-03-31}).
   *
   * @throws IllegalArgumentException naming {@code window} and listing the valid labels when the
   *     text is none of these
   */
  static Window parse(String text) {
    Objects.requireNonNull(text, "window");
    String t = text.trim();
    Optional<StandardWindow> standard = StandardWindow.find(t);
    if (standard.isPresent()) {
      return standard.get();
    }
    int dots = t.indexOf("..");
    if (dots > 0) {
      try {
        return new ExplicitWindow(
            LocalDate.parse(t.substring(0, dots).trim()),
            LocalDate.parse(t.substring(dots + 2).trim()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "window: '" + text + "' has a date that is not ISO yyyy-mm-dd", e);
      }
    }
    throw new IllegalArgumentException(
        "window: unknown '"
            + text
            + "' (expected one of "
            + StandardWindow.labels()
            + ", or FROM..TO with ISO dates)");
  }

  /**
   * Parses a comma-separated list of labels, such as {@code ytd,1m,1y}.
   *
   * @throws IllegalArgumentException when a label is invalid or the list is empty
   */
  static List<Window> parseList(String text) {
    Objects.requireNonNull(text, "windows");
    List<Window> out = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        out.add(parse(part));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("windows: no window in '" + text + "'");
    }
    return List.copyOf(out);
  }

  /** The explicit window from {@code from} to {@code to} (both inclusive). */
  static ExplicitWindow between(LocalDate from, LocalDate to) {
    return new ExplicitWindow(from, to);
  }

  /**
   * Applies this window's rule to ascending {@code dates} (a series' dates, or the common dates of
   * several series). The end is the last date on or before {@code asOf} (an explicit window uses
   * its own {@code to} instead); the start is the base close given by the window's rule.
   *
   * @return empty when there is too little data: no date on or before the end, no base close, or no
   *     period between base and end
   * @throws IllegalArgumentException when {@code dates} are not strictly ascending
   */
  default Optional<ResolvedWindow> resolve(LocalDate[] dates, LocalDate asOf) {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(asOf, "asOf");
    WindowRules.requireAscending(dates);
    int asOfIndex = WindowRules.onOrBefore(dates, asOf);
    int end = WindowRules.endIndex(this, dates, asOfIndex);
    if (end < 0) {
      return Optional.empty();
    }
    int base = WindowRules.baseIndex(this, dates, end);
    if (base < 0 || base >= end) {
      return Optional.empty();
    }
    return Optional.of(new ResolvedWindow(label(), dates[base], dates[end], end - base));
  }

  /** {@link #resolve(LocalDate[], LocalDate)} on the dates of {@code series}. */
  default Optional<ResolvedWindow> resolve(DateSeries series, LocalDate asOf) {
    Objects.requireNonNull(series, "series");
    return resolve(series.dates(), asOf);
  }
}
