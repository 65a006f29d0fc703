package dev.rotor.report.build;

import java.time.LocalDate;

/**
 * What the user asked for; null fields take defaults (see {@link Universe}).
 *
 * @param asOf the as-of date, or null for the last date common to the three indices
 * @param small small-cap series id, or null
 * @param large large-cap series id, or null
 * @param tech technology/growth series id, or null
 */
public record ReportRequest(LocalDate asOf, String small, String large, String tech) {

  /** All defaults. */
  public static ReportRequest defaults() {
    return new ReportRequest(null, null, null, null);
  }
}
