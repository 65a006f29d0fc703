package dev.rotor.claims;

import dev.rotor.drivers.RateSensitivity;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tests a {@link Claim} against {@link MarketData} under one article date. Stateless; the rules
 * (docs/claims.md, "Verdict rules") in short:
 *
 * <ul>
 *   <li>ABSOLUTE: simple return over the period along the claimed direction; with a magnitude,
 *       {@link Magnitude#accepts}; else {@link Strength}: PLAIN needs the right sign, SUBSTANTIAL
 *       at least {@code min(one period sigma, 10 pp)}, SLIGHT the right sign and under that.
 *   <li>RELATIVE: the same on the spread {@code r_subject - r_object} (sigma of the daily return
 *       differences).
 *   <li>PRIOR_UNDERPERFORMANCE: the spread against the counterpart over the {@value #PRIOR_YEARS}
 *       years before the period's base is negative (below minus the SUBSTANTIAL threshold for
 *       "significant").
 *   <li>VOLATILITY: annualised close-to-close volatility of daily returns (sqrt 252) over the
 *       {@value #LONG_YEARS} years to the article date, on common dates.
 *   <li>RATE_SENSITIVITY: weekly OLS of both segments' returns on 10-year yield changes ({@link
 *       RateSensitivity#fitOne}) over the same window; the subject is more sensitive when the 95 %
 *       Newey-West interval of the subject-minus-object slope lies wholly on the side of the
 *       subject's own slope; wholly on the other side contradicts; else UNVERIFIABLE
 *       (inconclusive).
 *   <li>TRADING_VOLUME: median daily dollar volume (close times volume) of each entity's volume
 *       series over the {@value #SIGMA_LOOKBACK} sessions to the article date.
 *   <li>VALUATION: aggregate P/E of both universes in the latest fundamentals snapshot dated on or
 *       before the article date and at most a year before it, by the report's valuation rule
 *       ({@link ValuationCheck}).
 * </ul>
 *
 * Data rule: an entity member uses the first of its alternative series whose data hold a close
 * within {@value #MAX_GAP_DAYS} days on or before the base date and run to within {@value
 * #MAX_GAP_DAYS} days of the end; otherwise the claim is UNVERIFIABLE (no data).
 */
public final class ClaimEvaluator {

  static final int PRIOR_YEARS = 3;
  static final int LONG_YEARS = StatisticChecks.LONG_YEARS;
  static final int SIGMA_LOOKBACK = Legs.SIGMA_LOOKBACK;
  static final int MAX_GAP_DAYS = Legs.MAX_GAP_DAYS;

  /** The SUBSTANTIAL / SLIGHT threshold never exceeds 10 percentage points. */
  static final double SUBSTANTIAL_CAP = 0.10;

  private final EntityAliases aliases;
  private final MarketData data;
  private final StatisticChecks stats;
  private final ValuationCheck valuation;

  /** An evaluator over the given tables and data. */
  public ClaimEvaluator(EntityAliases aliases, MarketData data) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
    this.data = Objects.requireNonNull(data, "data");
    this.stats = new StatisticChecks(aliases, data);
    this.valuation = new ValuationCheck(aliases, data);
  }

  /**
   * The period a claim speaks about under {@code articleDate} (year to date when it names none).
   */
  public static Period period(Claim claim, LocalDate articleDate) {
    return claim
        .periodText()
        .flatMap(t -> PeriodParser.parse(t, articleDate))
        .orElseGet(() -> PeriodParser.yearToDate(articleDate));
  }

  /** Checks {@code claim} as if the article were dated {@code articleDate}. */
  public ClaimCheck evaluate(Claim claim, LocalDate articleDate) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(articleDate, "articleDate");
    if (claim.type() == ClaimType.UNTESTABLE) {
      String why = claim.untestable().orElseThrow();
      return new ClaimCheck(claim, Optional.empty(), Verdict.UNVERIFIABLE, why, Evidence.none(why));
    }
    Optional<Entity> subject = aliases.entity(claim.subject());
    Optional<Entity> object = claim.object().flatMap(aliases::entity);
    if (subject.isEmpty() || (claim.object().isPresent() && object.isEmpty())) {
      return unverifiable(claim, null, "no data: entity not in the alias table");
    }
    return switch (claim.type()) {
      case ABSOLUTE, RELATIVE, PRIOR_UNDERPERFORMANCE ->
          move(claim, subject.get(), object, articleDate);
      case VOLATILITY -> stats.volatility(claim, subject.get(), object.orElseThrow(), articleDate);
      case RATE_SENSITIVITY -> stats.rates(claim, subject.get(), object.orElseThrow(), articleDate);
      case TRADING_VOLUME -> stats.volume(claim, subject.get(), object.orElseThrow(), articleDate);
      case VALUATION -> valuation.check(claim, subject.get(), object.orElseThrow(), articleDate);
      case UNTESTABLE -> throw new IllegalStateException("handled above");
    };
  }

  private ClaimCheck move(Claim claim, Entity subject, Optional<Entity> object, LocalDate at) {
    Period p = period(claim, at);
    if (claim.type() == ClaimType.PRIOR_UNDERPERFORMANCE) {
      p =
          new Period(
              p.base().minusYears(PRIOR_YEARS),
              p.base(),
              p.phrase(),
              "the " + PRIOR_YEARS + " years before the base of: " + p.rule());
    }
    if (!p.base().isBefore(at)) {
      return unverifiable(claim, p, "no data: the period starts after the article date " + at);
    }
    Optional<Legs.Leg> a = Legs.leg(data, subject, p);
    if (a.isEmpty()) {
      return unverifiable(claim, p, "no data for " + subject.name() + " over " + span(p));
    }
    Map<String, Double> nums = new LinkedHashMap<>();
    nums.put("return_" + subject.key().toLowerCase(Locale.ROOT), a.get().ret());
    List<String> ids = new ArrayList<>(a.get().ids());
    double value;
    double sigma;
    String what;
    if (claim.type() == ClaimType.ABSOLUTE) {
      value = a.get().ret();
      sigma = Legs.sigmaH(a.get().daily(), a.get().from(), a.get().n());
      what = String.format(Locale.ROOT, "%s %s", subject.name(), pct(value));
    } else {
      Entity o = object.orElseThrow();
      Optional<Legs.Leg> b = Legs.leg(data, o, p);
      if (b.isEmpty()) {
        return unverifiable(claim, p, "no data for " + o.name() + " over " + span(p));
      }
      ids.addAll(b.get().ids());
      nums.put("return_" + o.key().toLowerCase(Locale.ROOT), b.get().ret());
      value = a.get().ret() - b.get().ret();
      nums.put("spread", value);
      AlignedSeries al = AlignedSeries.of(Alignment.INTERSECT, a.get().daily(), b.get().daily());
      double[] d = new double[al.size()];
      double[] x = al.column(0);
      double[] y = al.column(1);
      for (int i = 0; i < d.length; i++) {
        d[i] = x[i] - y[i];
      }
      sigma = Legs.sigmaH(DateSeries.of(al.dates(), d), a.get().from(), a.get().n());
      what =
          String.format(
              Locale.ROOT,
              "%s %s vs %s %s: spread %s",
              subject.name(),
              pct(a.get().ret()),
              o.name(),
              pct(b.get().ret()),
              pp(value));
    }
    nums.put("sigma_period", sigma);
    double along = claim.direction() * value;
    Verdict v;
    String tol;
    if (claim.magnitude().isPresent()) {
      Magnitude m = claim.magnitude().get();
      v = m.accepts(100 * along) ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
      tol = m.tolerance();
    } else if (claim.strength() == Strength.PLAIN) {
      v = along > 0 ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
      tol = "sign only: " + (claim.direction() > 0 ? "above" : "below") + " zero";
    } else {
      if (Double.isNaN(sigma)) {
        return unverifiable(
            claim,
            p,
            "too little history before "
                + p.base()
                + " for the "
                + claim.strength()
                + " threshold");
      }
      double threshold = Math.min(sigma, SUBSTANTIAL_CAP);
      nums.put("threshold", threshold);
      tol =
          String.format(
              Locale.ROOT,
              "%s: %s %s = min(one period sigma, %s); sigma = daily sd over %d sessions before"
                  + " the base x sqrt(%d) = %s",
              claim.strength(),
              claim.strength() == Strength.SUBSTANTIAL ? "at least" : "right sign and under",
              pp(threshold),
              pp(SUBSTANTIAL_CAP),
              SIGMA_LOOKBACK,
              a.get().n(),
              pp(sigma));
      v =
          claim.strength() == Strength.SUBSTANTIAL
              ? (along >= threshold ? Verdict.SUPPORTED : Verdict.CONTRADICTED)
              : (along > 0 && along < threshold ? Verdict.SUPPORTED : Verdict.CONTRADICTED);
    }
    String text =
        String.format(
            Locale.ROOT, "%s, %s to %s (%s)", what, a.get().from(), a.get().to(), p.phrase());
    return new ClaimCheck(
        claim,
        Optional.of(p),
        v,
        "",
        new Evidence(text, nums, ids, a.get().from(), a.get().to(), tol));
  }

  private static ClaimCheck unverifiable(Claim claim, Period p, String why) {
    return new ClaimCheck(
        claim, Optional.ofNullable(p), Verdict.UNVERIFIABLE, why, Evidence.none(why));
  }

  private static String span(Period p) {
    return p.base() + " to " + p.end();
  }

  private static String pct(double r) {
    return String.format(Locale.ROOT, "%+.2f%%", 100 * r);
  }

  private static String pp(double r) {
    return String.format(Locale.ROOT, "%+.2f pp", 100 * r);
  }
}
