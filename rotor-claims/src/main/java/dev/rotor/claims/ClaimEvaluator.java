package dev.rotor.claims;

import dev.rotor.drivers.Interval;
import dev.rotor.drivers.RateSensitivity;
import dev.rotor.drivers.RateSensitivityFit;
import dev.rotor.drivers.Regressor;
import dev.rotor.drivers.Target;
import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.risk.Volatility;
import dev.rotor.scenario.StandardErrors;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * </ul>
 *
 * Data rule: an entity member uses the first of its alternative series whose data hold a close
 * within {@value #MAX_GAP_DAYS} days on or before the base date and run to within {@value
 * #MAX_GAP_DAYS} days of the end; otherwise the claim is UNVERIFIABLE (no data).
 */
public final class ClaimEvaluator {

  static final int PRIOR_YEARS = 3;
  static final int LONG_YEARS = 5;
  static final int SIGMA_LOOKBACK = 252;
  static final int MAX_GAP_DAYS = 7;
  static final double CONFIDENCE = 0.95;

  /** The SUBSTANTIAL / SLIGHT threshold never exceeds 10 percentage points. */
  static final double SUBSTANTIAL_CAP = 0.10;

  private final EntityAliases aliases;
  private final MarketData data;

  /** An evaluator over the given tables and data. */
  public ClaimEvaluator(EntityAliases aliases, MarketData data) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
    this.data = Objects.requireNonNull(data, "data");
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
      case VOLATILITY -> volatility(claim, subject.get(), object.orElseThrow(), articleDate);
      case RATE_SENSITIVITY -> rates(claim, subject.get(), object.orElseThrow(), articleDate);
      case TRADING_VOLUME -> volume(claim, subject.get(), object.orElseThrow(), articleDate);
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
    Optional<Leg> a = leg(subject, p);
    if (a.isEmpty()) {
      return unverifiable(claim, p, "no data for " + subject.name() + " over " + span(p));
    }
    Map<String, Double> nums = new LinkedHashMap<>();
    nums.put("return_" + subject.key().toLowerCase(Locale.ROOT), a.get().ret);
    List<String> ids = new ArrayList<>(a.get().ids);
    double value;
    double sigma;
    String what;
    if (claim.type() == ClaimType.ABSOLUTE) {
      value = a.get().ret;
      sigma = sigmaH(a.get().daily, a.get().from, a.get().n);
      what = String.format(Locale.ROOT, "%s %s", subject.name(), pct(value));
    } else {
      Entity o = object.orElseThrow();
      Optional<Leg> b = leg(o, p);
      if (b.isEmpty()) {
        return unverifiable(claim, p, "no data for " + o.name() + " over " + span(p));
      }
      ids.addAll(b.get().ids);
      nums.put("return_" + o.key().toLowerCase(Locale.ROOT), b.get().ret);
      value = a.get().ret - b.get().ret;
      nums.put("spread", value);
      AlignedSeries al = AlignedSeries.of(Alignment.INTERSECT, a.get().daily, b.get().daily);
      double[] d = new double[al.size()];
      double[] x = al.column(0);
      double[] y = al.column(1);
      for (int i = 0; i < d.length; i++) {
        d[i] = x[i] - y[i];
      }
      sigma = sigmaH(DateSeries.of(al.dates(), d), a.get().from, a.get().n);
      what =
          String.format(
              Locale.ROOT,
              "%s %s vs %s %s: spread %s",
              subject.name(),
              pct(a.get().ret),
              o.name(),
              pct(b.get().ret),
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
              a.get().n,
              pp(sigma));
      v =
          claim.strength() == Strength.SUBSTANTIAL
              ? (along >= threshold ? Verdict.SUPPORTED : Verdict.CONTRADICTED)
              : (along > 0 && along < threshold ? Verdict.SUPPORTED : Verdict.CONTRADICTED);
    }
    String text =
        String.format(Locale.ROOT, "%s, %s to %s (%s)", what, a.get().from, a.get().to, p.phrase());
    return new ClaimCheck(
        claim, Optional.of(p), v, "", new Evidence(text, nums, ids, a.get().from, a.get().to, tol));
  }

  private ClaimCheck volatility(Claim claim, Entity s, Entity o, LocalDate at) {
    Period p = longWindow(claim, at);
    Optional<Leg> a = leg(s, p);
    Optional<Leg> b = leg(o, p);
    if (a.isEmpty() || b.isEmpty()) {
      return unverifiable(
          claim, p, "no data for " + (a.isEmpty() ? s : o).name() + " over " + span(p));
    }
    AlignedSeries al =
        AlignedSeries.of(
            Alignment.INTERSECT,
            a.get().daily.between(a.get().from.plusDays(1), a.get().to),
            b.get().daily.between(a.get().from.plusDays(1), a.get().to));
    double va = Volatility.annualise(Volatility.closeToClose(al.column(0)), 252);
    double vb = Volatility.annualise(Volatility.closeToClose(al.column(1)), 252);
    if (Double.isNaN(va) || Double.isNaN(vb)) {
      return unverifiable(claim, p, "too few common daily returns over " + span(p));
    }
    Verdict v = claim.direction() * (va - vb) > 0 ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
    Map<String, Double> nums = new LinkedHashMap<>();
    nums.put("volatility_" + s.key().toLowerCase(Locale.ROOT), va);
    nums.put("volatility_" + o.key().toLowerCase(Locale.ROOT), vb);
    List<String> ids = new ArrayList<>(a.get().ids);
    ids.addAll(b.get().ids);
    String text =
        String.format(
            Locale.ROOT,
            "annualised daily volatility %s %.1f%% vs %s %.1f%% over %d common days, %s to %s",
            s.name(),
            100 * va,
            o.name(),
            100 * vb,
            al.size(),
            a.get().from,
            a.get().to);
    return new ClaimCheck(
        claim,
        Optional.of(p),
        v,
        "",
        new Evidence(
            text,
            nums,
            ids,
            a.get().from,
            a.get().to,
            "higher annualised close-to-close volatility (sd x sqrt 252)"));
  }

  private ClaimCheck rates(Claim claim, Entity s, Entity o, LocalDate at) {
    Period p = longWindow(claim, at);
    Optional<Entity> y10 = aliases.entity("UST_10Y");
    Optional<Leg> a = s.basket() ? Optional.empty() : leg(s, p);
    Optional<Leg> b = o.basket() ? Optional.empty() : leg(o, p);
    Optional<Leg> y = y10.flatMap(e -> leg(e, p));
    if (a.isEmpty() || b.isEmpty() || y.isEmpty()) {
      return unverifiable(
          claim,
          p,
          "no data for the rate regression (single series of both"
              + " entities and UST_10Y) over "
              + span(p));
    }
    LocalDate from = a.get().from;
    LocalDate to = a.get().to;
    RateSensitivityFit fit =
        RateSensitivity.fitOne(
            a.get().levels.between(from, to),
            b.get().levels.between(from, to),
            y.get().levels.between(from, to),
            Regressor.TEN_YEAR,
            Frequency.WEEKLY,
            ReturnKind.SIMPLE);
    double betaA = fit.fit(Target.SMALL).slope(Regressor.TEN_YEAR).estimate();
    double betaB = fit.fit(Target.LARGE).slope(Regressor.TEN_YEAR).estimate();
    Interval d = fit.difference(Regressor.TEN_YEAR, StandardErrors.NEWEY_WEST, CONFIDENCE);
    Map<String, Double> nums = new LinkedHashMap<>();
    nums.put("beta_10y_" + s.key().toLowerCase(Locale.ROOT), betaA);
    nums.put("beta_10y_" + o.key().toLowerCase(Locale.ROOT), betaB);
    nums.put("difference", d.estimate());
    nums.put("difference_lower", d.lower());
    nums.put("difference_upper", d.upper());
    List<String> ids = new ArrayList<>(a.get().ids);
    ids.addAll(b.get().ids);
    ids.addAll(y.get().ids);
    String text =
        String.format(
            Locale.ROOT,
            "weekly return per bp of 10-year yield change: %s %.2e, %s %.2e; difference %.2e"
                + " (95%% Newey-West %.2e .. %.2e), %s to %s",
            s.name(),
            betaA,
            o.name(),
            betaB,
            d.estimate(),
            d.lower(),
            d.upper(),
            from,
            to);
    Evidence ev =
        new Evidence(
            text,
            nums,
            ids,
            from,
            to,
            "95% Newey-West interval of the slope difference wholly on the side of the subject's slope");
    if (Double.isNaN(d.lower()) || Double.isNaN(betaA)) {
      return new ClaimCheck(
          claim, Optional.of(p), Verdict.UNVERIFIABLE, "regression undefined", ev);
    }
    double side = Math.signum(betaA) * claim.direction();
    boolean agrees = side > 0 ? d.excludesZeroAbove() : d.excludesZeroBelow();
    boolean opposes = side > 0 ? d.excludesZeroBelow() : d.excludesZeroAbove();
    if (!agrees && !opposes) {
      return new ClaimCheck(
          claim,
          Optional.of(p),
          Verdict.UNVERIFIABLE,
          "inconclusive: the 95% interval of the difference contains zero",
          ev);
    }
    return new ClaimCheck(
        claim, Optional.of(p), agrees ? Verdict.SUPPORTED : Verdict.CONTRADICTED, "", ev);
  }

  private ClaimCheck volume(Claim claim, Entity s, Entity o, LocalDate at) {
    if (s.volumeSeries().isEmpty() || o.volumeSeries().isEmpty()) {
      return unverifiable(
          claim,
          null,
          "no data: no volume series for " + (s.volumeSeries().isEmpty() ? s : o).name());
    }
    String ia = s.volumeSeries().get();
    String ib = o.volumeSeries().get();
    Optional<BarSeries> ba = data.bars(ia);
    Optional<BarSeries> bb = data.bars(ib);
    double ma = ba.map(x -> medianDollarVolume(x, at)).orElse(Double.NaN);
    double mb = bb.map(x -> medianDollarVolume(x, at)).orElse(Double.NaN);
    if (Double.isNaN(ma) || Double.isNaN(mb)) {
      return unverifiable(claim, null, "no volume data for " + ia + " / " + ib + " to " + at);
    }
    Map<String, Double> nums = new LinkedHashMap<>();
    nums.put("median_dollar_volume_" + s.key().toLowerCase(Locale.ROOT), ma);
    nums.put("median_dollar_volume_" + o.key().toLowerCase(Locale.ROOT), mb);
    Verdict v = claim.direction() * (ma - mb) > 0 ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
    String text =
        String.format(
            Locale.ROOT,
            "median daily dollar volume over the %d sessions to %s: %s %.3g vs %s %.3g (proxy: the"
                + " index funds' own trading)",
            SIGMA_LOOKBACK,
            at,
            ia,
            ma,
            ib,
            mb);
    return new ClaimCheck(
        claim,
        Optional.empty(),
        v,
        "",
        new Evidence(
            text,
            nums,
            List.of(ia, ib),
            at.minusYears(1),
            at,
            "lower (higher) median of close x volume"));
  }

  private static double medianDollarVolume(BarSeries bars, LocalDate at) {
    if (!bars.has(BarField.VOLUME)) {
      return Double.NaN;
    }
    BarSeries w = bars.between(at.minusYears(2), at);
    double[] c = w.column(BarField.CLOSE);
    double[] v = w.column(BarField.VOLUME);
    List<Double> dv = new ArrayList<>();
    for (int i = Math.max(0, c.length - SIGMA_LOOKBACK); i < c.length; i++) {
      if (!Double.isNaN(v[i]) && v[i] > 0) {
        dv.add(c[i] * v[i]);
      }
    }
    if (dv.size() < SIGMA_LOOKBACK / 2
        || w.isEmpty()
        || w.dateAt(w.size() - 1).isBefore(at.minusDays(MAX_GAP_DAYS))) {
      return Double.NaN;
    }
    double[] a = dv.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int m = a.length / 2;
    return a.length % 2 == 1 ? a[m] : (a[m - 1] + a[m]) / 2;
  }

  private static Period longWindow(Claim claim, LocalDate at) {
    return claim
        .periodText()
        .flatMap(t -> PeriodParser.parse(t, at))
        .orElse(
            new Period(
                at.minusYears(LONG_YEARS),
                at,
                "(general statement)",
                "the " + LONG_YEARS + " years to the article date"));
  }

  /** One entity's measured move over a period. */
  private record Leg(
      List<String> ids,
      DateSeries levels,
      DateSeries daily,
      double ret,
      LocalDate from,
      LocalDate to,
      int n) {}

  private Optional<Leg> leg(Entity e, Period p) {
    List<String> ids = new ArrayList<>();
    List<DateSeries> dailies = new ArrayList<>();
    double sum = 0;
    DateSeries first = null;
    LocalDate from = null;
    LocalDate to = null;
    int n = 0;
    for (List<String> alternatives : e.members()) {
      boolean found = false;
      for (String id : alternatives) {
        Optional<DateSeries> lv = data.levels(id);
        if (lv.isEmpty() || lv.get().isEmpty()) {
          continue;
        }
        DateSeries s = lv.get();
        int i0 = s.indexOnOrBefore(p.base());
        int i1 = s.indexOnOrBefore(p.end());
        if (i0 < 0
            || i1 <= i0
            || s.dateAt(i0).isBefore(p.base().minusDays(MAX_GAP_DAYS))
            || s.dateAt(i1).isBefore(p.end().minusDays(MAX_GAP_DAYS))) {
          continue;
        }
        ids.add(id);
        sum += s.valueAt(i1) / s.valueAt(i0) - 1;
        DateSeries window = s.between(s.dateAt(Math.max(0, i0 - SIGMA_LOOKBACK)), s.dateAt(i1));
        dailies.add(Returns.fromPrices(window, ReturnKind.SIMPLE));
        if (first == null) {
          first = s;
          from = s.dateAt(i0);
          to = s.dateAt(i1);
          n = i1 - i0;
        }
        found = true;
        break;
      }
      if (!found) {
        return Optional.empty();
      }
    }
    DateSeries daily = dailies.get(0);
    if (dailies.size() > 1) {
      AlignedSeries al = AlignedSeries.of(Alignment.INTERSECT, dailies.toArray(DateSeries[]::new));
      double[] mean = new double[al.size()];
      for (int k = 0; k < dailies.size(); k++) {
        double[] col = al.column(k);
        for (int i = 0; i < mean.length; i++) {
          mean[i] += col[i] / dailies.size();
        }
      }
      daily = DateSeries.of(al.dates(), mean);
    }
    return Optional.of(
        new Leg(List.copyOf(ids), first, daily, sum / e.members().size(), from, to, n));
  }

  /**
   * Daily sd over the {@value #SIGMA_LOOKBACK} returns up to {@code base}, times sqrt(n); NaN when
   * short.
   */
  static double sigmaH(DateSeries daily, LocalDate base, int n) {
    int i = daily.indexOnOrBefore(base);
    if (i + 1 < SIGMA_LOOKBACK / 2 || n < 1) {
      return Double.NaN;
    }
    double[] v = Arrays.copyOfRange(daily.values(), Math.max(0, i + 1 - SIGMA_LOOKBACK), i + 1);
    return Volatility.closeToClose(v) * Math.sqrt(n);
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
