package dev.rotor.service;

import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import java.util.List;

/**
 * A small-vs-large relative line chosen on the command line, built one of three ways:
 *
 * <ul>
 *   <li>two level series (prices, index levels): their ratio on common dates;
 *   <li>two return series (French portfolios such as {@code vw_monthly.Lo_10} and {@code Hi_10}):
 *       the ratio of their growth-of-one indices, {@code prod(1+r_small) / prod(1+r_large)};
 *   <li>one spread return series (a factor such as SMB): its growth of one, {@code prod(1+r)}.
 * </ul>
 *
 * @param line the relative line (positive values)
 * @param frequency the frequency of the inputs
 * @param label a readable description of how it was built
 * @param ids the ids used, in order
 * @param synthetic true when any input is SYNTHETIC
 */
public record RelativeLine(
    DateSeries line, Frequency frequency, String label, List<String> ids, boolean synthetic) {

  /** True for kinds whose values are per-period returns rather than levels. */
  static boolean isReturns(SeriesKind k) {
    return k == SeriesKind.RETURNS || k == SeriesKind.FACTOR;
  }
}
