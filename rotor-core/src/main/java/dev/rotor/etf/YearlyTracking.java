package dev.rotor.etf;

/**
 * One complete calendar year of an ETF-versus-index comparison: the simple return of each from the
 * last common date of {@code year - 1} to the last common date of {@code year}, and their
 * difference {@code etfReturn - indexReturn}.
 *
 * @param year the calendar year
 * @param etfReturn the ETF's simple return over the year, decimal
 * @param indexReturn the index's simple return over the year, decimal
 * @param difference {@code etfReturn - indexReturn}
 */
public record YearlyTracking(int year, double etfReturn, double indexReturn, double difference) {

  /** Validates that the returns are finite and above -1 and the difference is consistent. */
  public YearlyTracking {
    if (!Double.isFinite(etfReturn) || etfReturn <= -1.0) {
      throw new IllegalArgumentException("etfReturn: must be finite and > -1, was " + etfReturn);
    }
    if (!Double.isFinite(indexReturn) || indexReturn <= -1.0) {
      throw new IllegalArgumentException(
          "indexReturn: must be finite and > -1, was " + indexReturn);
    }
    if (difference != etfReturn - indexReturn) {
      throw new IllegalArgumentException(
          "difference: must equal etfReturn - indexReturn, was " + difference);
    }
  }

  /** The row for {@code year} with the difference computed. */
  public static YearlyTracking of(int year, double etfReturn, double indexReturn) {
    return new YearlyTracking(year, etfReturn, indexReturn, etfReturn - indexReturn);
  }
}
