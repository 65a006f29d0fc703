package dev.rotor.regime;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A {@link RegimeFit} of a dated series: the fit plus the date of each period, with the state
 * probabilities as date series.
 *
 * @param dates the date of each period, ascending, as many as the fit has periods
 * @param fit the fit
 */
public record RegimeEstimate(List<LocalDate> dates, RegimeFit fit) {

  /** Validates and copies. */
  public RegimeEstimate {
    dates = List.copyOf(dates);
    Objects.requireNonNull(fit, "fit");
    if (dates.size() != fit.size()) {
      throw new IllegalArgumentException(
          "dates: " + dates.size() + " dates for a fit of " + fit.size() + " periods");
    }
  }

  /**
   * The filtered probability of {@code state} on each date; empty when the model could not be
   * estimated.
   */
  public DateSeries filtered(int state) {
    return series(fit.filtered().of(state));
  }

  /**
   * The smoothed probability of {@code state} on each date; empty when the model could not be
   * estimated.
   */
  public DateSeries smoothed(int state) {
    return series(fit.smoothed().of(state));
  }

  private DateSeries series(double[] values) {
    if (!fit.parameters().isDefined()) {
      return DateSeries.empty();
    }
    return DateSeries.of(dates.toArray(new LocalDate[0]), values);
  }
}
