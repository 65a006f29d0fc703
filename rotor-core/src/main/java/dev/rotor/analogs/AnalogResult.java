package dev.rotor.analogs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Analog dates for one as-of date and the distribution of what followed them.
 *
 * @param method the rule that chose the analogs
 * @param asOf the as-of observation actually used (the last observation on or before the date asked
 *     for)
 * @param asOfState the state features on {@code asOf}; each {@link Analog#state()} follows this
 *     order
 * @param analogs the analogs: in date order for {@link AnalogMethod#THRESHOLD}, nearest first for
 *     {@link AnalogMethod#NEAREST_NEIGHBOURS}
 * @param summaries one summary per horizon of {@code spec}, in order
 * @param spec the spec used
 */
public record AnalogResult(
    AnalogMethod method,
    LocalDate asOf,
    List<StateFeature> asOfState,
    List<Analog> analogs,
    List<ForwardSummary> summaries,
    AnalogSpec spec) {

  /** Validates and copies the lists. */
  public AnalogResult {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(asOf, "asOf");
    asOfState = List.copyOf(Objects.requireNonNull(asOfState, "asOfState"));
    analogs = List.copyOf(Objects.requireNonNull(analogs, "analogs"));
    summaries = List.copyOf(Objects.requireNonNull(summaries, "summaries"));
    Objects.requireNonNull(spec, "spec");
    if (summaries.size() != spec.horizonMonths().size()) {
      throw new IllegalArgumentException(
          "summaries: " + summaries.size() + " for " + spec.horizonMonths().size() + " horizons");
    }
    for (Analog a : analogs) {
      if (!a.date().isBefore(asOf)) {
        throw new IllegalArgumentException("analogs: " + a.date() + " is not before " + asOf);
      }
    }
  }

  /** The analog dates in the order of {@link #analogs()}. */
  public List<LocalDate> dates() {
    return analogs.stream().map(Analog::date).toList();
  }

  /** The summary at horizon {@code months}. @throws IllegalArgumentException if not a horizon */
  public ForwardSummary summary(int months) {
    for (ForwardSummary s : summaries) {
      if (s.horizonMonths() == months) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "months: " + months + " is not one of the horizons " + spec.horizonMonths());
  }
}
