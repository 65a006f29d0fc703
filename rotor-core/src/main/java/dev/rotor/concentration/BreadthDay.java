package dev.rotor.concentration;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Breadth on one date.
 *
 * @param date the date
 * @param above50 names closing above their trailing 50-observation simple average
 * @param eligible50 names with a close on the date and at least 50 observations up to it
 * @param share50 {@code above50 / eligible50}, NaN when none is eligible
 * @param above200 names closing above their trailing 200-observation simple average
 * @param eligible200 names with a close on the date and at least 200 observations up to it
 * @param share200 {@code above200 / eligible200}, NaN when none is eligible
 * @param advancers names whose close rose from the previous panel date (both closes present)
 * @param decliners names whose close fell from the previous panel date
 * @param adLine cumulative {@code advancers - decliners} from the first reported date (inclusive)
 */
public record BreadthDay(
    LocalDate date,
    int above50,
    int eligible50,
    double share50,
    int above200,
    int eligible200,
    double share200,
    int advancers,
    int decliners,
    long adLine) {

  /** Validates the date. */
  public BreadthDay {
    Objects.requireNonNull(date, "date");
  }
}
