package dev.rotor.claims;

import dev.rotor.crosssection.CrossSection;
import dev.rotor.valuation.AggregateValuation;
import dev.rotor.valuation.RelativeValue;
import dev.rotor.valuation.Valuation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Valuation claims ({@link ClaimType#VALUATION}): the aggregate P/E of the subject's and the
 * object's universes in one fundamentals snapshot, with the report's definition and rule.
 * Stateless.
 *
 * <ul>
 *   <li><b>Snapshot</b>: among the snapshots the alias table lists for both entities ({@link
 *       EntityAliases#valuation}), the latest dated on or before the article date; it must be at
 *       most {@value #MAX_AGE_DAYS} days older than the article, else UNVERIFIABLE ("no valuation
 *       snapshot within a year before DATE").
 *   <li><b>P/E</b>: {@link Valuation#aggregate} on {@link Valuation#withEarnings} of the snapshot:
 *       total market cap over total earnings of the members with both, losses included.
 *   <li><b>Rule</b> (the report's VALUATION rule): with {@code ratio = P/E subject / P/E object},
 *       the subject is cheaper at {@code ratio <= }{@value #CHEAPER}, dearer at {@code ratio >=
 *       }{@value #DEARER}, else similarly valued. "Cheaper" claims are SUPPORTED only when cheaper,
 *       "dearer" claims only when dearer; otherwise CONTRADICTED. An undefined P/E (earnings sum
 *       not positive) is UNVERIFIABLE.
 *   <li><b>Lost minus signs</b>: a snapshot that reports earnings but holds no negative income,
 *       sales growth, earnings growth or profit margin among at least {@value #SIGN_CHECK_MIN}
 *       values (the importer's test; the Finviz 2023-08 export) reads losses as profits, so its
 *       P/Es are biased low. The evidence says so and gives the P/Es with the income of members
 *       that have income but no positive P/E (a screener gives loss makers none) read as losses,
 *       and without those members; when the loss-signed reading gives another word, the verdict is
 *       UNVERIFIABLE ("data too biased"), with both readings in the evidence.
 * </ul>
 */
final class ValuationCheck {

  /** The report's VALUATION rule: cheaper at a P/E ratio of at most this. */
  static final double CHEAPER = RelativeValue.CHEAPER_AT;

  /** The report's VALUATION rule: dearer at a P/E ratio of at least this. */
  static final double DEARER = RelativeValue.DEARER_AT;

  /** The snapshot may be at most this many days older than the article date. */
  static final int MAX_AGE_DAYS = 365;

  /**
   * Ends the evidence when the loss-signed reading changes the word (the verdict is then
   * UNVERIFIABLE).
   */
  static final String FLIPS = "The bias could flip the verdict.";

  /** Fewer signed values than this: too few to call their lack of minus signs a loss. */
  static final int SIGN_CHECK_MIN = Valuation.SIGN_CHECK_MIN;

  private final EntityAliases aliases;
  private final MarketData data;

  ValuationCheck(EntityAliases aliases, MarketData data) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
    this.data = Objects.requireNonNull(data, "data");
  }

  /** The chosen snapshot and the two universes' memberships in it. */
  private record Chosen(String id, CrossSection rows, String subject, String object) {}

  ClaimCheck check(Claim claim, Entity subject, Entity object, LocalDate at) {
    List<ValuationUniverse> su = aliases.valuation(subject.key());
    List<ValuationUniverse> ou = aliases.valuation(object.key());
    for (Entity e : List.of(subject, object)) {
      if (aliases.valuation(e.key()).isEmpty()) {
        return unverifiable(
            claim, "no data: no valuation universe for " + e.name() + " in the alias table");
      }
    }
    Chosen best = null;
    for (ValuationUniverse a : su) {
      for (ValuationUniverse b : ou) {
        if (!a.snapshot().equals(b.snapshot())) {
          continue;
        }
        Optional<CrossSection> cs = data.snapshot(a.snapshot());
        if (cs.isEmpty() || cs.get().asOf() == null || cs.get().asOf().isAfter(at)) {
          continue;
        }
        if (best == null || cs.get().asOf().isAfter(best.rows().asOf())) {
          best = new Chosen(a.snapshot(), cs.get(), a.membership(), b.membership());
        }
      }
    }
    String noSnapshot = "no valuation snapshot within a year before " + at;
    if (best == null) {
      return unverifiable(claim, noSnapshot);
    }
    LocalDate date = best.rows().asOf();
    long age = ChronoUnit.DAYS.between(date, at);
    if (age > MAX_AGE_DAYS) {
      return unverifiable(
          claim,
          String.format(
              Locale.ROOT,
              "%s (the latest, %s, is dated %s, %d days before)",
              noSnapshot,
              best.id(),
              date,
              age));
    }
    return compare(claim, subject, object, best, age);
  }

  private ClaimCheck compare(Claim claim, Entity subject, Entity object, Chosen c, long age) {
    CrossSection cs = Valuation.withEarnings(c.rows());
    AggregateValuation s = Valuation.aggregate(cs, c.subject());
    AggregateValuation o = Valuation.aggregate(cs, c.object());
    double ratio = Valuation.compare(s, o).relativePe();
    LocalDate date = cs.asOf();
    if (!Double.isFinite(ratio)) {
      return unverifiable(
          claim,
          String.format(
              Locale.ROOT,
              "no data: the aggregate P/E is undefined on %s (%s: %d of %d members with earnings;"
                  + " %s: %d of %d; an earnings sum that is not positive has no P/E)",
              c.id(),
              subject.name(),
              s.rowsWithData(),
              s.rows(),
              object.name(),
              o.rowsWithData(),
              o.rows()));
    }
    String sk = subject.key().toLowerCase(Locale.ROOT);
    String ok = object.key().toLowerCase(Locale.ROOT);
    Map<String, Double> nums = new LinkedHashMap<>();
    nums.put("pe_" + sk, s.pe());
    nums.put("pe_" + ok, o.pe());
    nums.put("relative_pe", ratio);
    nums.put("snapshot_age_days", (double) age);
    int word = word(ratio);
    Verdict v = word == claim.direction() ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
    String reason = "";
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Aggregate P/E (total market cap / total earnings, losses included) on %s dated"
                    + " %s, %d days before the article: %s members [%s] %s (%d of %d with"
                    + " earnings) vs %s members [%s] %s (%d of %d), ratio %s: %s",
                c.id(),
                date,
                age,
                subject.name(),
                c.subject(),
                num(s.pe(), 1),
                s.rowsWithData(),
                s.rows(),
                object.name(),
                c.object(),
                num(o.pe(), 1),
                o.rowsWithData(),
                o.rows(),
                num(ratio, 2),
                words(word)));
    if (!Valuation.reportsEarnings(c.rows())) {
      text.append(
          ". Caveat: the snapshot has no earnings column; earnings are market cap / trailing P/E,"
              + " so loss makers (no P/E) are left out and the P/Es are biased low");
    } else if (lostMinusSigns(c.rows())) {
      text.append(
          ". Caveat: this export has lost its minus signs (no negative income, growth or margin),"
              + " so losses read as profits and the P/Es are biased low");
      String signed = signedReading(cs, c, subject, object, word, nums);
      text.append(signed);
      if (signed.endsWith(FLIPS)) {
        v = Verdict.UNVERIFIABLE;
        reason =
            "data too biased: the snapshot lost its minus signs, and reading its loss makers as"
                + " losses gives another verdict";
      }
    }
    String tol =
        String.format(
            Locale.ROOT,
            "valuation rule: cheaper when P/E %s / P/E %s <= %s, dearer when >= %s, else"
                + " similarly valued; snapshot dated on or before the article and at most %d"
                + " days before it",
            subject.name(),
            object.name(),
            num(CHEAPER, 2),
            num(DEARER, 2),
            MAX_AGE_DAYS);
    return new ClaimCheck(
        claim,
        Optional.empty(),
        v,
        reason,
        new Evidence(text.toString(), nums, List.of(c.id()), date, date, tol));
  }

  /**
   * The P/Es with the income of members that report income but no positive P/E read as losses, and
   * without those members; notes whether the loss-signed reading changes the word.
   */
  private static String signedReading(
      CrossSection cs,
      Chosen c,
      Entity subject,
      Entity object,
      int word,
      Map<String, Double> nums) {
    CrossSection signed = Valuation.lossesSignedWhereNoPe(cs);
    if (cs.rows().stream().noneMatch(r -> r.income() > 0 && !(r.pe() > 0))) {
      return "; no member lacks a P/E, so the size of the bias cannot be estimated";
    }
    AggregateValuation s = Valuation.aggregate(signed, c.subject());
    AggregateValuation o = Valuation.aggregate(signed, c.object());
    double ratio = Valuation.compare(s, o).relativePe();
    double exRatio = s.peExNegative() / o.peExNegative();
    String sk = subject.key().toLowerCase(Locale.ROOT);
    String ok = object.key().toLowerCase(Locale.ROOT);
    nums.put("pe_" + sk + "_losses_signed", s.pe());
    nums.put("pe_" + ok + "_losses_signed", o.pe());
    nums.put("relative_pe_losses_signed", ratio);
    nums.put("pe_" + sk + "_ex_losses", s.peExNegative());
    nums.put("pe_" + ok + "_ex_losses", o.peExNegative());
    nums.put("relative_pe_ex_losses", exRatio);
    int signedWord = Double.isFinite(ratio) ? word(ratio) : Integer.MIN_VALUE;
    return String.format(
        Locale.ROOT,
        ". Reading the income of the %d and %d members with income but no P/E (a screener gives"
            + " loss makers none) as losses gives %s vs %s, ratio %s (%s); leaving them out gives"
            + " %s vs %s, ratio %s (%s). %s",
        s.negativeCount(),
        o.negativeCount(),
        num(s.pe(), 1),
        num(o.pe(), 1),
        num(ratio, 2),
        Double.isFinite(ratio) ? words(signedWord) : "undefined",
        num(s.peExNegative(), 1),
        num(o.peExNegative(), 1),
        num(exRatio, 2),
        Double.isFinite(exRatio) ? words(word(exRatio)) : "undefined",
        signedWord == word ? "The bias does not change the verdict on that reading." : FLIPS);
  }

  /** -1 cheaper, +1 dearer, 0 similarly valued, by the report's VALUATION rule. */
  static int word(double ratio) {
    return switch (RelativeValue.of(ratio)) {
      case CHEAPER -> -1;
      case DEARER -> 1;
      case SIMILAR -> 0;
    };
  }

  private static String words(int word) {
    return word < 0 ? "cheaper" : word > 0 ? "dearer" : "similarly valued";
  }

  /**
   * True when the rows report at least {@value #SIGN_CHECK_MIN} income, growth and margin values
   * and none is negative: real markets always have some, so the export lost its minus signs.
   */
  static boolean lostMinusSigns(CrossSection cs) {
    return Valuation.lostMinusSigns(cs);
  }

  private static String num(double x, int decimals) {
    return Double.isFinite(x) ? String.format(Locale.ROOT, "%." + decimals + "f", x) : "n/a";
  }

  private static ClaimCheck unverifiable(Claim claim, String why) {
    return new ClaimCheck(claim, Optional.empty(), Verdict.UNVERIFIABLE, why, Evidence.none(why));
  }
}
