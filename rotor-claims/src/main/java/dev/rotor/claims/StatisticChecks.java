package dev.rotor.claims;

import dev.rotor.drivers.Interval;
import dev.rotor.drivers.RateSensitivity;
import dev.rotor.drivers.RateSensitivityFit;
import dev.rotor.drivers.Regressor;
import dev.rotor.drivers.Target;
import dev.rotor.returns.ReturnKind;
import dev.rotor.risk.Volatility;
import dev.rotor.scenario.StandardErrors;
import dev.rotor.series.AlignedSeries;
import dev.rotor.series.Alignment;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.Frequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The comparative-statistic checks of {@link ClaimEvaluator}: volatility, rate sensitivity and
 * trading volume (rules in the evaluator's class doc and docs/claims.md). Stateless.
 */
final class StatisticChecks {

  static final int LONG_YEARS = 5;
  static final int SIGMA_LOOKBACK = Legs.SIGMA_LOOKBACK;
  static final int MAX_GAP_DAYS = Legs.MAX_GAP_DAYS;
  static final double CONFIDENCE = 0.95;

  private final EntityAliases aliases;
  private final MarketData data;

  StatisticChecks(EntityAliases aliases, MarketData data) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
    this.data = Objects.requireNonNull(data, "data");
  }

  ClaimCheck volatility(Claim claim, Entity s, Entity o, LocalDate at) {
    Period p = longWindow(claim, at);
    Optional<Legs.Leg> a = Legs.leg(data, s, p);
    Optional<Legs.Leg> b = Legs.leg(data, o, p);
    if (a.isEmpty() || b.isEmpty()) {
      return unverifiable(
          claim, p, "no data for " + (a.isEmpty() ? s : o).name() + " over " + span(p));
    }
    AlignedSeries al =
        AlignedSeries.of(
            Alignment.INTERSECT,
            a.get().daily().between(a.get().from().plusDays(1), a.get().to()),
            b.get().daily().between(a.get().from().plusDays(1), a.get().to()));
    double va = Volatility.annualise(Volatility.closeToClose(al.column(0)), 252);
    double vb = Volatility.annualise(Volatility.closeToClose(al.column(1)), 252);
    if (Double.isNaN(va) || Double.isNaN(vb)) {
      return unverifiable(claim, p, "too few common daily returns over " + span(p));
    }
    Verdict v = claim.direction() * (va - vb) > 0 ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
    Map<String, Double> nums = new LinkedHashMap<>();
    nums.put("volatility_" + s.key().toLowerCase(Locale.ROOT), va);
    nums.put("volatility_" + o.key().toLowerCase(Locale.ROOT), vb);
    List<String> ids = new ArrayList<>(a.get().ids());
    ids.addAll(b.get().ids());
    String text =
        String.format(
            Locale.ROOT,
            "annualised daily volatility %s %.1f%% vs %s %.1f%% over %d common days, %s to %s",
            s.name(),
            100 * va,
            o.name(),
            100 * vb,
            al.size(),
            a.get().from(),
            a.get().to());
    return new ClaimCheck(
        claim,
        Optional.of(p),
        v,
        "",
        new Evidence(
            text,
            nums,
            ids,
            a.get().from(),
            a.get().to(),
            "higher annualised close-to-close volatility (sd x sqrt 252)"));
  }

  ClaimCheck rates(Claim claim, Entity s, Entity o, LocalDate at) {
    Period p = longWindow(claim, at);
    Optional<Entity> y10 = aliases.entity("UST_10Y");
    Optional<Legs.Leg> a = s.basket() ? Optional.empty() : Legs.leg(data, s, p);
    Optional<Legs.Leg> b = o.basket() ? Optional.empty() : Legs.leg(data, o, p);
    Optional<Legs.Leg> y = y10.flatMap(e -> Legs.leg(data, e, p));
    if (a.isEmpty() || b.isEmpty() || y.isEmpty()) {
      return unverifiable(
          claim,
          p,
          "no data for the rate regression (single series of both"
              + " entities and UST_10Y) over "
              + span(p));
    }
    LocalDate from = a.get().from();
    LocalDate to = a.get().to();
    RateSensitivityFit fit =
        RateSensitivity.fitOne(
            a.get().levels().between(from, to),
            b.get().levels().between(from, to),
            y.get().levels().between(from, to),
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
    List<String> ids = new ArrayList<>(a.get().ids());
    ids.addAll(b.get().ids());
    ids.addAll(y.get().ids());
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

  ClaimCheck volume(Claim claim, Entity s, Entity o, LocalDate at) {
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

  private static ClaimCheck unverifiable(Claim claim, Period p, String why) {
    return new ClaimCheck(
        claim, Optional.ofNullable(p), Verdict.UNVERIFIABLE, why, Evidence.none(why));
  }

  private static String span(Period p) {
    return p.base() + " to " + p.end();
  }
}
