package dev.rotor.series;

import java.util.Locale;

/** The fields of a daily bar. {@link #CLOSE} is required; the others may be absent. */
public enum BarField {
  OPEN,
  HIGH,
  LOW,
  CLOSE,
  /** Close adjusted for splits and dividends by the vendor: a total-return price. */
  ADJ_CLOSE,
  VOLUME;

  /** snake_case name used in JSON, CSV and the store ({@code adj_close}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
