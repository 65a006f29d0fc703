package dev.rotor.valuation;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Aggregate (index-level) valuation of a cross-section. The earnings yield is {@code sum(income) /
 * sum(marketCap)} over rows reporting both, which is the yield of owning the whole universe cap
 * weighted; it is not a mean of P/Es (a mean of P/Es is dominated by near-zero earners). Negative
 * earnings are included in the sum and reported separately.
 */
public final class Valuation {

  /** The universe label used when no membership filter is applied. */
  public static final String ALL = "all";

  private Valuation() {}

  /** Aggregate valuation of every row of {@code snapshot}. */
  public static AggregateValuation aggregate(CrossSection snapshot) {
    return aggregate(snapshot, ALL);
  }

  /**
   * Aggregate valuation of the rows of {@code snapshot} whose comma-separated {@code memberships}
   * contain {@code membership} exactly (after trimming), or of all rows when it is {@link #ALL}.
   *
   * @throws IllegalArgumentException if {@code membership} is blank
   */
  public static AggregateValuation aggregate(CrossSection snapshot, String membership) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(membership, "membership");
    if (membership.isBlank()) {
      throw new IllegalArgumentException("membership: must not be blank");
    }
    List<Constituent> rows = new ArrayList<>();
    for (Constituent c : snapshot.rows()) {
      if (membership.equals(ALL) || isMember(c.memberships(), membership)) {
        rows.add(c);
      }
    }
    int n = rows.size();
    double[] cap = new double[n];
    double[] income = new double[n];
    double[] pe = new double[n];
    for (int i = 0; i < n; i++) {
      cap[i] = rows.get(i).marketCap();
      income[i] = rows.get(i).income();
      pe[i] = rows.get(i).pe();
    }
    return of(snapshot, membership, cap, income, pe);
  }

  /**
   * Compares two aggregate valuations; the result states both as-of dates and whether they agree.
   */
  public static UniverseComparison compare(AggregateValuation small, AggregateValuation large) {
    Objects.requireNonNull(small, "small");
    Objects.requireNonNull(large, "large");
    boolean same = small.asOf() != null && small.asOf().equals(large.asOf());
    double rel = small.pe() / large.pe();
    return new UniverseComparison(
        small, large, same, small.earningsYield() - large.earningsYield(), rel);
  }

  /** Whether any row of {@code snapshot} reports its earnings ({@code income} not NaN). */
  public static boolean reportsEarnings(CrossSection snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    return snapshot.rows().stream().anyMatch(r -> !Double.isNaN(r.income()));
  }

  /**
   * The snapshot with earnings to aggregate: {@code snapshot} itself when it {@linkplain
   * #reportsEarnings reports earnings}, else a copy (same name and as-of date) in which each row
   * with a positive market cap and a positive trailing P/E gets {@code income = marketCap / pe}.
   * Rows without a positive P/E (loss makers among them) keep NaN earnings and so drop out of
   * {@link #aggregate}: the approximation biases the earnings yield up.
   */
  public static CrossSection withEarnings(CrossSection snapshot) {
    if (reportsEarnings(snapshot)) {
      return snapshot;
    }
    List<Constituent> rows = new ArrayList<>();
    for (Constituent r : snapshot.rows()) {
      double cap = r.marketCap();
      double pe = r.pe();
      rows.add(pe > 0 && cap > 0 ? r.with(ConstituentField.INCOME, cap / pe) : r);
    }
    return new CrossSection(snapshot.name(), snapshot.asOf(), rows);
  }

  /** Fewer signed values than this are too few to read their lack of minus signs as a loss. */
  public static final int SIGN_CHECK_MIN = 100;

  private static final ConstituentField[] SIGNED = {
    ConstituentField.INCOME,
    ConstituentField.SALES_GROWTH,
    ConstituentField.EARNINGS_GROWTH,
    ConstituentField.PROFIT_MARGIN
  };

  /**
   * Whether {@code snapshot} has lost its minus signs: it reports at least {@link #SIGN_CHECK_MIN}
   * income, sales-growth, earnings-growth or profit-margin values and none is negative (real
   * markets always have loss makers; the importer applies the same test to the Finviz export).
   */
  public static boolean lostMinusSigns(CrossSection snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    int reported = 0;
    for (Constituent r : snapshot.rows()) {
      for (ConstituentField f : SIGNED) {
        double x = r.get(f);
        if (x < 0) {
          return false;
        }
        if (!Double.isNaN(x)) {
          reported++;
        }
      }
    }
    return reported >= SIGN_CHECK_MIN;
  }

  /**
   * A copy of {@code snapshot} in which each row with positive income but no positive trailing P/E
   * has its income negated: the reading of a sign-less export in which those rows (a screener gives
   * loss makers no P/E) are the loss makers. Other rows are unchanged.
   */
  public static CrossSection lossesSignedWhereNoPe(CrossSection snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    List<Constituent> rows = new ArrayList<>();
    for (Constituent r : snapshot.rows()) {
      rows.add(r.income() > 0 && !(r.pe() > 0) ? r.with(ConstituentField.INCOME, -r.income()) : r);
    }
    return new CrossSection(snapshot.name(), snapshot.asOf(), rows);
  }

  static boolean isMember(String memberships, String membership) {
    for (String m : memberships.split(",")) {
      if (m.trim().equals(membership)) {
        return true;
      }
    }
    return false;
  }

  private static AggregateValuation of(
      CrossSection s, String universe, double[] cap, double[] income, double[] pe) {
    int n = cap.length;
    int withData = 0;
    int negative = 0;
    double capTotal = 0;
    double capData = 0;
    double incomeSum = 0;
    double capNeg = 0;
    double capPos = 0;
    double incomePos = 0;
    double harmCap = 0;
    double harmEarn = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(cap[i])) {
        continue;
      }
      capTotal += cap[i];
      if (Double.isFinite(pe[i]) && pe[i] > 0) {
        harmCap += cap[i];
        harmEarn += cap[i] / pe[i];
      }
      if (!Double.isFinite(income[i])) {
        continue;
      }
      withData++;
      capData += cap[i];
      incomeSum += income[i];
      if (income[i] < 0) {
        negative++;
        capNeg += cap[i];
      } else {
        capPos += cap[i];
        incomePos += income[i];
      }
    }
    double ey = capData > 0 ? incomeSum / capData : Double.NaN;
    return new AggregateValuation(
        s.name(),
        universe,
        s.asOf(),
        n,
        withData,
        capTotal,
        capData,
        withData == 0 ? Double.NaN : incomeSum,
        ey,
        ey > 0 ? 1 / ey : Double.NaN,
        negative,
        capData > 0 ? capNeg / capData : Double.NaN,
        capPos > 0 ? incomePos / capPos : Double.NaN,
        harmEarn > 0 ? harmCap / harmEarn : Double.NaN);
  }
}
