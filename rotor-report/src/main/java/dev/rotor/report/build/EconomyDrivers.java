package dev.rotor.report.build;

import dev.rotor.crosssection.CrossSection;
import dev.rotor.economy.EconomicSensitivity;
import dev.rotor.economy.IndicatorTransform;
import dev.rotor.economy.LagCorrelation;
import dev.rotor.economy.LagCorrelations;
import dev.rotor.report.Source;
import dev.rotor.scenario.ConditionalReturns;
import dev.rotor.series.DateSeries;
import dev.rotor.valuation.AggregateValuation;
import dev.rotor.valuation.Valuation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The economy and valuation parts of the drivers section: lead/lag correlations of monthly
 * small-minus-large returns with consumer sentiment and retail-sales growth ({@link
 * EconomicSensitivity}, as {@code rotor drivers economy}), and the aggregate P/E of small and large
 * caps from a snapshot ({@link Valuation}, as {@code rotor drivers valuation}).
 */
final class EconomyDrivers {
  private EconomyDrivers() {}

  /** Years of monthly returns in the correlations (bounded so the section stays fast). */
  static final int ECONOMY_YEARS = 20;

  /** Months of lead and lag examined, as the CLI's default. */
  static final int MAX_LAG = 3;

  /**
   * The only real snapshot with earnings for both Russell 2000 ({@code RUT}) and S&P 500 members.
   */
  static final String FINVIZ = "finviz_snapshot/finviz_2023-08";

  static void write(Context ctx, SectionWriter w, DriversSection.Summary sum) {
    Universe u = ctx.universe();
    String sent = ctx.role(Universe.Role.SENTIMENT);
    String retail = ctx.role(Universe.Role.RETAIL_SALES);
    if (sent == null && retail == null) {
      w.fact(
          "economy_missing",
          "The economic correlations are not computed: the data hold neither a consumer"
              + " sentiment nor a retail sales series.",
          ctx.source(u.small(), null, ctx.asOf()));
      return;
    }
    LocalDate start = ctx.asOf().minusYears(ECONOMY_YEARS).withDayOfMonth(1).minusDays(1);
    DateSeries rel =
        ConditionalReturns.difference(
            ConditionalReturns.monthlyReturns(ctx.values(u.small()).between(start, ctx.asOf())),
            ConditionalReturns.monthlyReturns(ctx.values(u.large()).between(start, ctx.asOf())));
    List<String> ids = new ArrayList<>();
    List<String> sigTexts = new ArrayList<>();
    for (Object[] spec :
        new Object[][] {
          {sent, IndicatorTransform.LEVEL_CHANGE, "consumer sentiment", "the monthly change in"},
          {retail, IndicatorTransform.PERCENT_GROWTH, "retail sales", "the monthly growth of"}
        }) {
      String id = (String) spec[0];
      if (id == null) {
        continue;
      }
      IndicatorTransform tr = (IndicatorTransform) spec[1];
      String name = (String) spec[2];
      DateSeries ind = tr.apply(ctx.values(id));
      LagCorrelations lc = EconomicSensitivity.correlations(rel, ind, MAX_LAG);
      LagCorrelation c0 = lc.at(0);
      LagCorrelation lead = null;
      for (int k = 1; k <= MAX_LAG; k++) {
        LagCorrelation c = lc.at(k);
        if (Double.isFinite(c.r()) && (lead == null || Math.abs(c.r()) > Math.abs(lead.r()))) {
          lead = c;
        }
      }
      LocalDate from = later(rel.firstDate(), ind.firstDate());
      LocalDate to = ctx.asOf();
      List<Source> src =
          List.of(
              ctx.source(u.small(), from, to),
              ctx.source(u.large(), from, to),
              ctx.source(id, from, ind.lastDate()));
      String text =
          String.format(
              Locale.ROOT,
              "Monthly small-minus-large returns correlate with %s %s at r = %s in the same month"
                  + " (95%% interval %s, %d months)",
              spec[3],
              name,
              Format.num(c0.r(), 2),
              DriversSection.numInterval(c0.lower(), c0.upper(), 2),
              c0.n());
      if (lead != null) {
        text +=
            String.format(
                Locale.ROOT,
                "; the strongest lead is with %s %s %s earlier, r = %s (%s)",
                spec[3],
                name,
                DriversSection.months(lead.lag()),
                Format.num(lead.r(), 2),
                DriversSection.numInterval(lead.lower(), lead.upper(), 2));
      }
      ids.add(w.fact("economy_" + (id.equals(sent) ? "sentiment" : "retail"), text + ".", src));
      sigTexts.add(
          "the same-month correlation with "
              + name
              + " "
              + sig(c0)
              + (lead == null ? "" : ", and the " + lead.lag() + "-month lead " + sig(lead)));
      sum.add(
          "Economy",
          "Correlation with "
              + name
              + " ("
              + tr.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + "), same month",
          Format.num(c0.r(), 2),
          DriversSection.numInterval(c0.lower(), c0.upper(), 2),
          "- (a correlation)",
          src.toArray(Source[]::new));
    }
    w.interpret(
        "economy_significant",
        "By the significance rule, " + String.join("; ", sigTexts) + ".",
        ReportRule.SIGNIFICANT,
        ids.toArray(String[]::new));
    if (!ctx.synthetic()) {
      w.fact(
          "economy_vintage",
          "The economic figures are latest-vintage (revised) values aligned by reference month,"
              + " not the figures known at the time; point-in-time vintages are not available.",
          ctx.source(sent != null ? sent : retail, null, ctx.asOf()));
    }
  }

  private static String sig(LagCorrelation c) {
    if (c.lower() > 0 || c.upper() < 0) {
      return "is significant";
    }
    return "cannot be distinguished from zero";
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  // ---------------------------------------------------------------- valuation

  static void valuation(Context ctx, SectionWriter w, DriversSection.Summary sum) {
    Universe u = ctx.universe();
    String smallMember;
    String largeMember;
    ReportData.Snapshot snap;
    List<String> notes = new ArrayList<>();
    if (ctx.synthetic()) {
      snap = ctx.snapshot(ctx.role(Universe.Role.FUNDAMENTALS)).orElse(null);
      smallMember = "SMALL";
      largeMember = "LARGE";
      notes.add(
          "The synthetic snapshot splits its stocks as the generator defines them: 'large' when"
              + " the starting market cap was at least USD 10 billion, 'small' otherwise.");
    } else {
      snap = ctx.snapshot(FINVIZ).orElse(null);
      smallMember = "RUT";
      largeMember = "S&P 500";
    }
    if (snap == null) {
      w.fact(
          "valuation_missing",
          ctx.synthetic()
              ? "The valuation comparison is not computed: the data hold no stock snapshot."
              : "The valuation comparison is not computed: it needs a snapshot with earnings for"
                  + " both Russell 2000 and S&P 500 members (the Finviz export "
                  + FINVIZ
                  + "), and the data hold none; the iShares holdings carry no earnings.",
          ctx.source(u.small(), null, ctx.asOf()));
      return;
    }
    CrossSection cs = withEarnings(snap, notes);
    AggregateValuation s = Valuation.aggregate(cs, smallMember);
    AggregateValuation l = Valuation.aggregate(cs, largeMember);
    double ratio = Valuation.compare(s, l).relativePe();
    LocalDate date = cs.asOf();
    Source src = new Source(snap.id(), snap.origin(), null, date);
    String peId =
        w.fact(
            "valuation",
            String.format(
                Locale.ROOT,
                "On the stock snapshot dated %s, small caps (%d of %d members with earnings) traded"
                    + " at an aggregate P/E of %s and large caps (%d of %d) at %s, a ratio of %s;"
                    + " the aggregate P/E is total market cap over total earnings, losses"
                    + " included.",
                date,
                s.rowsWithData(),
                s.rows(),
                Format.num(s.pe(), 1),
                l.rowsWithData(),
                l.rows(),
                Format.num(l.pe(), 1),
                Format.num(ratio, 2)),
            src);
    List<String> rests = new ArrayList<>(List.of(peId));
    if (!Valuation.lostMinusSigns(snap.rows())) {
      rests.add(
          w.fact(
              "valuation_losses",
              String.format(
                  Locale.ROOT,
                  "Loss makers were %d small caps (%s of their market cap with data) and %d"
                      + " large caps (%s).",
                  s.negativeCount(),
                  Format.pctAbs(s.negativeCapShare()),
                  l.negativeCount(),
                  Format.pctAbs(l.negativeCapShare())),
              src));
    }
    if (date != null && !date.equals(ctx.asOf())) {
      long days = Math.abs(ChronoUnit.DAYS.between(date, ctx.asOf()));
      notes.add(
          String.format(
              Locale.ROOT,
              "The snapshot is dated %s, %d days %s the as-of date %s, so it shows valuations as"
                  + " of %s, not as of %s.",
              date,
              days,
              date.isBefore(ctx.asOf()) ? "before" : "after",
              ctx.asOf(),
              date,
              ctx.asOf()));
    }
    for (int i = 0; i < notes.size(); i++) {
      w.fact("valuation_note_" + (i + 1), notes.get(i), src);
    }
    String signedWord = null;
    if (Valuation.lostMinusSigns(snap.rows())) {
      CrossSection signed = Valuation.lossesSignedWhereNoPe(cs);
      AggregateValuation ss = Valuation.aggregate(signed, smallMember);
      AggregateValuation ls = Valuation.aggregate(signed, largeMember);
      double sr = Valuation.compare(ss, ls).relativePe();
      rests.add(
          w.fact(
              "valuation_signed",
              String.format(
                  Locale.ROOT,
                  "Reading as losses the income of the %d small and %d large members that have"
                      + " income but no P/E (a screener gives loss makers none) gives %s against"
                      + " %s, a ratio of %s.",
                  ss.negativeCount(),
                  ls.negativeCount(),
                  Format.num(ss.pe(), 1),
                  Format.num(ls.pe(), 1),
                  Format.num(sr, 2)),
              src));
      signedWord = Double.isFinite(sr) ? ReportRule.valuationWord(sr) : "undefined";
    }
    if (Double.isFinite(ratio)) {
      String word = ReportRule.valuationWord(ratio);
      String text =
          signedWord == null || signedWord.equals(word)
              ? "By the valuation rule small caps were " + word + " large caps on that date."
              : "By the valuation rule the data cannot say: small caps look "
                  + word
                  + " large caps as stored, but "
                  + signedWord
                  + " them with the loss makers read as losses.";
      w.interpret("valuation_word", text, ReportRule.VALUATION, rests.toArray(String[]::new));
    }
    sum.add(
        "Valuation",
        "P/E small / large (snapshot " + date + ")",
        Format.num(ratio, 2),
        "- (no sampling interval)",
        "- (a level)",
        src);
  }

  /**
   * The snapshot with earnings ({@link Valuation#withEarnings}, as {@code rotor drivers
   * valuation}), noting the approximation or the Finviz export's lost minus signs.
   */
  private static CrossSection withEarnings(ReportData.Snapshot s, List<String> notes) {
    CrossSection cs = s.rows();
    if (!Valuation.reportsEarnings(cs)) {
      notes.add(
          "The snapshot has no earnings column; earnings are approximated as market cap over"
              + " trailing P/E, so loss makers (no P/E) are left out and the P/E is biased low.");
    } else if (Valuation.lostMinusSigns(cs)) {
      notes.add(
          "This Finviz export has lost its minus signs, so losses count as profits and the P/E"
              + " is biased low.");
    }
    return Valuation.withEarnings(cs);
  }
}
