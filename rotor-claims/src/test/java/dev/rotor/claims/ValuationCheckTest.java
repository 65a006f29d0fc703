package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Valuation claims through {@link ClaimEvaluator#evaluate} on hand-made snapshots. Aggregate P/E =
 * sum of market caps / sum of incomes over the members reporting both, worked by hand in comments.
 */
class ValuationCheckTest {

  private static final double TOL = 1e-12;
  private static final LocalDate AUG = LocalDate.of(2023, 8, 31);

  private static final EntityAliases TABLE =
      EntityAliases.parse(
          String.join(
              "\n",
              "entity\tSMALL\tSmall\tSMALL\ts",
              "entity\tLARGE\tLarge\tLARGE\tl",
              "entity\tSECTOR\tSector\tGROUP\tx",
              "valuation\tSMALL\tsnap/a\tS",
              "valuation\tLARGE\tsnap/a\tL",
              "valuation\tSMALL\tsnap/b\tS",
              "valuation\tLARGE\tsnap/b\tL",
              "valuation\tSMALL\tsnap/undated\tS",
              "valuation\tLARGE\tsnap/undated\tL"),
          "test");

  private static final class Snapshots implements MarketData {
    final Map<String, CrossSection> snaps = new HashMap<>();

    @Override
    public Optional<DateSeries> levels(String id) {
      return Optional.empty();
    }

    @Override
    public Optional<BarSeries> bars(String id) {
      return Optional.empty();
    }

    @Override
    public Optional<CrossSection> snapshot(String id) {
      return Optional.ofNullable(snaps.get(id));
    }
  }

  private static Constituent row(String t, String member, double cap, double income, double pe) {
    return Constituent.of(t)
        .withMemberships(member)
        .with(ConstituentField.MARKET_CAP, cap)
        .with(ConstituentField.INCOME, income)
        .with(ConstituentField.PE, pe);
  }

  /**
   * Small: caps 100 + 200 + 300 = 600, incomes 10 + 20 - 10 = 20 (the loss is included): P/E 30.
   * Large: caps 1000 + 500 = 1500, incomes 40 + 20 = 60: P/E 25. Ratio 30 / 25 = 1.2: dearer.
   */
  private static CrossSection dearer(LocalDate asOf) {
    return new CrossSection(
        "dearer",
        asOf,
        List.of(
            row("S1", "S", 100, 10, 10),
            row("S2", "S", 200, 20, 10),
            row("S3", "S", 300, -10, Double.NaN),
            row("L1", "L", 1000, 40, 25),
            row("L2", "L", 500, 20, 25),
            row("X1", "", 1e6, 1, 1e6)));
  }

  /** Small: 300 / 20 = P/E 15; large: 1500 / 60 = P/E 25. Ratio 15 / 25 = 0.6: cheaper. */
  private static CrossSection cheaper(LocalDate asOf) {
    return new CrossSection(
        "cheaper",
        asOf,
        List.of(
            row("S1", "S", 100, 10, 10),
            row("S2", "S", 200, 10, 20),
            row("S3", "S", 50, Double.NaN, Double.NaN),
            row("L1", "L", 1000, 40, 25),
            row("L2", "L", 500, 20, 25)));
  }

  private static Claim claim(String subject, String object, int dir) {
    return new Claim(
        new Sentence(0, 0, "test sentence", "", false),
        ClaimType.VALUATION,
        subject,
        Optional.of(object),
        dir,
        Strength.PLAIN,
        Optional.empty(),
        Optional.empty(),
        false,
        "undervalued relative to",
        Optional.empty());
  }

  private static ClaimCheck eval(Snapshots d, Claim c, LocalDate at) {
    return new ClaimEvaluator(TABLE, d).evaluate(c, at);
  }

  @Test
  void evaluate_cheaperSnapshot_cheaperSupportedDearerContradicted() {
    Snapshots d = new Snapshots();
    d.snaps.put("snap/a", cheaper(AUG));
    LocalDate at = LocalDate.of(2024, 1, 26);
    ClaimCheck k = eval(d, claim("SMALL", "LARGE", -1), at);
    assertThat(k.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(k.period()).isEmpty();
    assertThat(k.evidence().numbers().get("pe_small")).isCloseTo(15, within(TOL));
    assertThat(k.evidence().numbers().get("pe_large")).isCloseTo(25, within(TOL));
    assertThat(k.evidence().numbers().get("relative_pe")).isCloseTo(0.6, within(TOL));
    // 2023-08-31 to 2024-01-26: 30 (Sep) + 31 + 30 + 31 + 26 = 148 days
    assertThat(k.evidence().numbers().get("snapshot_age_days")).isEqualTo(148.0);
    assertThat(k.evidence().series()).containsExactly("snap/a");
    assertThat(k.evidence().from()).isEqualTo(AUG);
    assertThat(k.evidence().to()).isEqualTo(AUG);
    assertThat(k.evidence().text())
        .contains("Small members [S] 15.0 (2 of 3 with earnings)")
        .contains("Large members [L] 25.0 (2 of 2)")
        .contains("ratio 0.60: cheaper")
        .doesNotContain("Caveat");
    assertThat(k.evidence().tolerance()).contains("<= 0.90").contains(">= 1.10");
    assertThat(eval(d, claim("SMALL", "LARGE", 1), at).verdict()).isEqualTo(Verdict.CONTRADICTED);
    // the other way round: 25 / 15 = 1.667, large caps dearer
    ClaimCheck rev = eval(d, claim("LARGE", "SMALL", 1), at);
    assertThat(rev.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(rev.evidence().numbers().get("relative_pe")).isCloseTo(25.0 / 15, within(TOL));
  }

  @Test
  void evaluate_lossesIncluded_dearerSupported() {
    Snapshots d = new Snapshots();
    d.snaps.put("snap/a", dearer(AUG));
    ClaimCheck k = eval(d, claim("SMALL", "LARGE", 1), AUG);
    assertThat(k.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(k.evidence().numbers().get("pe_small")).isCloseTo(30, within(TOL));
    assertThat(k.evidence().numbers().get("relative_pe")).isCloseTo(1.2, within(TOL));
    assertThat(k.evidence().numbers().get("snapshot_age_days")).isZero();
    assertThat(eval(d, claim("SMALL", "LARGE", -1), AUG).verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void evaluate_similarlyValued_bothDirectionsContradicted() {
    // Small: 250 / 10 = 25, large: 1500 / 60 = 25; ratio 1.0, between 0.9 and 1.1.
    Snapshots d = new Snapshots();
    d.snaps.put(
        "snap/a",
        new CrossSection(
            "same",
            AUG,
            List.of(
                row("S1", "S", 250, 10, 25),
                row("L1", "L", 1000, 40, 25),
                row("L2", "L", 500, 20, 25))));
    for (int dir : new int[] {-1, 1}) {
      ClaimCheck k = eval(d, claim("SMALL", "LARGE", dir), AUG.plusDays(1));
      assertThat(k.verdict()).isEqualTo(Verdict.CONTRADICTED);
      assertThat(k.evidence().text()).contains("ratio 1.00: similarly valued");
    }
  }

  @ParameterizedTest(name = "ratio {0}")
  @CsvSource({"0.9, -1", "0.8999, -1", "0.9001, 0", "1.0, 0", "1.0999, 0", "1.1, 1", "3.0, 1"})
  void word_reportRuleBoundaries_inclusive(double ratio, int word) {
    assertThat(ValuationCheck.word(ratio)).isEqualTo(word);
  }

  @ParameterizedTest(name = "article {0}")
  @CsvSource({
    // 2023-08-31 + 365 days = 2024-08-30 (2024 is a leap year): the oldest date still allowed
    "2024-08-30, SUPPORTED",
    "2024-08-31, UNVERIFIABLE",
    "2023-08-31, SUPPORTED",
    "2023-08-30, UNVERIFIABLE"
  })
  void evaluate_dateRule_onOrBeforeAndWithinAYear(LocalDate at, Verdict verdict) {
    Snapshots d = new Snapshots();
    d.snaps.put("snap/a", cheaper(AUG));
    ClaimCheck k = eval(d, claim("SMALL", "LARGE", -1), at);
    assertThat(k.verdict()).isEqualTo(verdict);
    if (verdict == Verdict.UNVERIFIABLE) {
      assertThat(k.reason()).startsWith("no valuation snapshot within a year before " + at);
    }
  }

  @Test
  void evaluate_tooOld_reasonNamesLatestSnapshot() {
    Snapshots d = new Snapshots();
    d.snaps.put("snap/a", cheaper(AUG));
    ClaimCheck k = eval(d, claim("SMALL", "LARGE", -1), LocalDate.of(2026, 1, 7));
    assertThat(k.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    // 2023-08-31 to 2026-01-07: 122 (to 2023-12-31) + 366 + 365 + 7 = 860 days
    assertThat(k.reason())
        .isEqualTo(
            "no valuation snapshot within a year before 2026-01-07 (the latest, snap/a, is dated"
                + " 2023-08-31, 860 days before)");
    assertThat(k.evidence().text()).isEqualTo(k.reason());
  }

  @Test
  void evaluate_twoSnapshots_latestOnOrBeforeArticleIsUsed() {
    Snapshots d = new Snapshots();
    d.snaps.put("snap/a", cheaper(LocalDate.of(2023, 1, 31)));
    d.snaps.put("snap/b", dearer(LocalDate.of(2023, 6, 30)));
    d.snaps.put("snap/undated", dearer(null));
    ClaimCheck july = eval(d, claim("SMALL", "LARGE", -1), LocalDate.of(2023, 7, 10));
    assertThat(july.evidence().series()).containsExactly("snap/b");
    assertThat(july.verdict()).isEqualTo(Verdict.CONTRADICTED);
    ClaimCheck march = eval(d, claim("SMALL", "LARGE", -1), LocalDate.of(2023, 3, 1));
    assertThat(march.evidence().series()).containsExactly("snap/a");
    assertThat(march.verdict()).isEqualTo(Verdict.SUPPORTED);
  }

  @Test
  void evaluate_noUniverseOrNoSnapshotOrUndefinedPe_unverifiableWithReason() {
    Snapshots d = new Snapshots();
    assertThat(eval(d, claim("SECTOR", "LARGE", -1), AUG).reason())
        .isEqualTo("no data: no valuation universe for Sector in the alias table");
    assertThat(eval(d, claim("SMALL", "LARGE", -1), AUG).reason())
        .isEqualTo("no valuation snapshot within a year before " + AUG);
    // Small: incomes 10 - 20 = -10, not positive: no P/E.
    d.snaps.put(
        "snap/a",
        new CrossSection(
            "losses",
            AUG,
            List.of(
                row("S1", "S", 100, 10, 10),
                row("S2", "S", 100, -20, Double.NaN),
                row("L1", "L", 100, 5, 20))));
    ClaimCheck k = eval(d, claim("SMALL", "LARGE", -1), AUG);
    assertThat(k.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(k.reason()).startsWith("no data: the aggregate P/E is undefined on snap/a");
  }

  /**
   * 60 small rows of cap 100 and income 10 (P/E 10 each, but {@code lossMakers} of them without a
   * P/E), 60 large rows of cap 1000 and income 50 with P/E 20: 120 non-negative incomes (>= 100).
   */
  private static CrossSection unsigned(int lossMakers) {
    List<Constituent> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      rows.add(row("S" + i, "S", 100, 10, i < lossMakers ? Double.NaN : 10));
      rows.add(row("L" + i, "L", 1000, 50, 20));
    }
    return new CrossSection("unsigned", AUG, rows);
  }

  @Test
  void evaluate_lostMinusSigns_biasNotFlipping() {
    // As stored: small 6000 / 600 = 10, large 60000 / 3000 = 20, ratio 0.5: cheaper.
    // Loss-signed (10 rows read as -10): 6000 / (500 - 100) = 15; ratio 15 / 20 = 0.75: cheaper.
    // Without those rows: 5000 / 500 = 10; ratio 0.5.
    Snapshots d = new Snapshots();
    d.snaps.put("snap/a", unsigned(10));
    ClaimCheck k = eval(d, claim("SMALL", "LARGE", -1), AUG);
    assertThat(k.verdict()).isEqualTo(Verdict.SUPPORTED);
    Map<String, Double> n = k.evidence().numbers();
    assertThat(n.get("relative_pe")).isCloseTo(0.5, within(TOL));
    assertThat(n.get("pe_small_losses_signed")).isCloseTo(15, within(TOL));
    assertThat(n.get("relative_pe_losses_signed")).isCloseTo(0.75, within(TOL));
    assertThat(n.get("pe_small_ex_losses")).isCloseTo(10, within(TOL));
    assertThat(n.get("relative_pe_ex_losses")).isCloseTo(0.5, within(TOL));
    assertThat(k.evidence().text())
        .contains("lost its minus signs")
        .contains("the 10 and 0 members with income but no P/E")
        .contains("15.0 vs 20.0, ratio 0.75 (cheaper)")
        .contains("does not change the verdict");
  }

  @Test
  void evaluate_lostMinusSigns_biasCouldFlip() {
    // Loss-signed (20 rows read as -10): 6000 / (400 - 200) = 30; ratio 30 / 20 = 1.5: dearer.
    Snapshots d = new Snapshots();
    d.snaps.put("snap/a", unsigned(20));
    ClaimCheck k = eval(d, claim("SMALL", "LARGE", -1), AUG);
    // Cheaper as stored, dearer when signed: too biased for a verdict.
    assertThat(k.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(k.reason()).startsWith("data too biased");
    assertThat(k.evidence().numbers().get("relative_pe_losses_signed")).isCloseTo(1.5, within(TOL));
    assertThat(k.evidence().text())
        .contains("30.0 vs 20.0, ratio 1.50 (dearer)")
        .contains("The bias could flip the verdict.");
  }

  @Test
  void lostMinusSigns_needsManyValuesAndNoNegative() {
    assertThat(ValuationCheck.lostMinusSigns(unsigned(0))).isTrue();
    assertThat(ValuationCheck.lostMinusSigns(cheaper(AUG))).isFalse(); // 4 values only
    List<Constituent> rows = new ArrayList<>(unsigned(0).rows());
    rows.add(Constituent.of("N").with(ConstituentField.PROFIT_MARGIN, -0.01));
    assertThat(ValuationCheck.lostMinusSigns(new CrossSection("n", AUG, rows))).isFalse();
  }

  /**
   * Invariant on seeded random snapshots: scaling every market cap of one universe by k scales its
   * P/E by k, and the verdict follows the report rule on the evidence's own ratio.
   */
  @Test
  void evaluate_randomSnapshots_ratioScalesAndVerdictFollowsRule() {
    Random rnd = new Random(11);
    for (int t = 0; t < 200; t++) {
      double k = 0.2 + 2 * rnd.nextDouble();
      List<Constituent> base = new ArrayList<>();
      List<Constituent> scaled = new ArrayList<>();
      int n = 1 + rnd.nextInt(30);
      for (int i = 0; i < n; i++) {
        String m = rnd.nextBoolean() ? "S" : "L";
        double cap = 1 + 1000 * rnd.nextDouble();
        double inc = cap * (0.01 + 0.1 * rnd.nextDouble());
        base.add(row("T" + i, m, cap, inc, cap / inc));
        scaled.add(row("T" + i, m, m.equals("S") ? k * cap : cap, inc, cap / inc));
      }
      base.add(row("LA", "L", 100, 5, 20));
      scaled.add(row("LA", "L", 100, 5, 20));
      base.add(row("SA", "S", 100, 5, 20));
      scaled.add(row("SA", "S", 100 * k, 5, 20));
      Snapshots a = new Snapshots();
      a.snaps.put("snap/a", new CrossSection("a", AUG, base));
      Snapshots b = new Snapshots();
      b.snaps.put("snap/a", new CrossSection("b", AUG, scaled));
      ClaimCheck ka = eval(a, claim("SMALL", "LARGE", -1), AUG);
      ClaimCheck kb = eval(b, claim("SMALL", "LARGE", -1), AUG);
      double ra = ka.evidence().numbers().get("relative_pe");
      double rb = kb.evidence().numbers().get("relative_pe");
      assertThat(rb).isCloseTo(k * ra, within(1e-9 * k * ra));
      assertThat(kb.verdict()).isEqualTo(rb <= 0.9 ? Verdict.SUPPORTED : Verdict.CONTRADICTED);
    }
  }
}
