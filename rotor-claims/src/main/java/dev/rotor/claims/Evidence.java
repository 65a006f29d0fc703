package dev.rotor.claims;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers behind a verdict.
 *
 * @param text one line in words, with the figures
 * @param numbers named figures (returns and spreads as decimal fractions, volatilities annualised
 *     as decimal fractions, betas per basis point); NaN never appears
 * @param series the store ids used
 * @param from first date of the data used (the base close), or null when none was used
 * @param to last date of the data used, or null
 * @param tolerance the documented tolerance or threshold applied
 */
public record Evidence(
    String text,
    Map<String, Double> numbers,
    List<String> series,
    LocalDate from,
    LocalDate to,
    String tolerance) {

  /** Validates and copies the fields; drops NaN numbers. */
  public Evidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tolerance, "tolerance");
    Map<String, Double> n = new LinkedHashMap<>();
    Objects.requireNonNull(numbers, "numbers")
        .forEach(
            (k, v) -> {
              if (v != null && !v.isNaN()) {
                n.put(k, v);
              }
            });
    numbers = java.util.Collections.unmodifiableMap(n);
    series = List.copyOf(Objects.requireNonNull(series, "series"));
  }

  /** Evidence with only a reason (nothing was measured). */
  static Evidence none(String text) {
    return new Evidence(text, Map.of(), List.of(), null, null, "");
  }
}
