package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The evaluator on small hand-made series (calendar-day dates from 2017-01-01). Before the base
 * close each series alternates daily returns +a and -a, so the sample sd of its last 252 daily
 * returns (an even count, mean 0) is {@code a * sqrt(252 / 251)} by hand; the period sigma over n
 * days is that times {@code sqrt(n)}.
 */
class ClaimEvaluatorTest {

  private static final double TOL = 1e-12;
  private static final LocalDate START = LocalDate.of(2017, 1, 1);
  private static final int K = 1400; // index of the base close: 2020-11-01
  private static final int N = 4; // period length in days
  private static final LocalDate BASE = START.plusDays(K);
  private static final LocalDate AT = BASE.plusDays(N); // 2020-11-05
  private static final String PERIOD = "Since November 1 it moved.";

  /**
   * Annualised sd factor for 2019 by hand: m = 365 daily returns alternating +-a with one more of
   * one sign, so mean = +-a/m and the sample sd = a * sqrt((m + 1) / m); times sqrt(252).
   */
  private static final double F2019 = Math.sqrt(366.0 / 365) * Math.sqrt(252);

  private static final EntityAliases TABLE =
      EntityAliases.parse(
          String.join(
              "\n",
              "entity\tSMALL\tSmall\tSMALL\tnot-stored|s\tvs",
              "entity\tLARGE\tLarge\tLARGE\tl\tvl",
              "entity\tBASKET\tBasket\tGROUP\tb1,b2",
              "entity\tGONE\tGone\tGROUP\tmissing",
              "entity\tUST_10Y\t10y\tRATE\ty10"),
          "test");

  /** Alternating +a/-a up to index K, then n days compounding to {@code periodReturn}. */
  private static DateSeries series(double a, double periodReturn) {
    int size = K + N + 1;
    LocalDate[] d = new LocalDate[size];
    double[] v = new double[size];
    v[0] = 100;
    for (int i = 0; i < size; i++) {
      d[i] = START.plusDays(i);
      if (i > 0 && i <= K) {
        v[i] = v[i - 1] * (i % 2 == 1 ? 1 + a : 1 - a);
      } else if (i > K) {
        v[i] = v[i - 1] * Math.pow(1 + periodReturn, 1.0 / N);
      }
    }
    return DateSeries.of(d, v);
  }

  private static final class MapData implements MarketData {
    final Map<String, DateSeries> levels = new HashMap<>();
    final Map<String, BarSeries> bars = new HashMap<>();

    @Override
    public Optional<DateSeries> levels(String id) {
      return Optional.ofNullable(levels.get(id));
    }

    @Override
    public Optional<BarSeries> bars(String id) {
      return Optional.ofNullable(bars.get(id));
    }
  }

  private static MapData data() {
    MapData m = new MapData();
    m.levels.put("s", series(0.01, 0.03));
    m.levels.put("l", series(0.005, 0.015));
    m.levels.put("b1", series(0.0, 0.10));
    m.levels.put("b2", series(0.0, 0.30));
    return m;
  }

  private static Claim claim(
      ClaimType type,
      String subject,
      String object,
      int dir,
      Strength strength,
      Magnitude magnitude,
      String periodText) {
    Sentence s = new Sentence(0, 0, "test sentence", "", false);
    return new Claim(
        s,
        type,
        subject,
        Optional.ofNullable(object),
        dir,
        strength,
        Optional.ofNullable(magnitude),
        Optional.ofNullable(periodText),
        false,
        "cue",
        Optional.empty());
  }

  private static ClaimCheck eval(MarketData d, Claim c) {
    return new ClaimEvaluator(TABLE, d).evaluate(c, AT);
  }

  @Test
  void evaluate_absoluteRise_usesFirstAvailableAlternative() {
    ClaimCheck k =
        eval(data(), claim(ClaimType.ABSOLUTE, "SMALL", null, 1, Strength.PLAIN, null, PERIOD));
    assertThat(k.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(k.evidence().numbers().get("return_small")).isCloseTo(0.03, within(TOL));
    assertThat(k.evidence().series()).containsExactly("s");
    assertThat(k.evidence().from()).isEqualTo(BASE);
    assertThat(k.evidence().to()).isEqualTo(AT);
  }

  @Test
  void evaluate_substantial_thresholdIsOnePeriodSigma() {
    // sigma_h = 0.01 * sqrt(252/251) * sqrt(4) = 0.020039880...; +3 % clears it, +1.5 % does not.
    double sigma = 0.01 * Math.sqrt(252.0 / 251) * 2;
    ClaimCheck small =
        eval(
            data(),
            claim(ClaimType.ABSOLUTE, "SMALL", null, 1, Strength.SUBSTANTIAL, null, PERIOD));
    assertThat(small.evidence().numbers().get("sigma_period")).isCloseTo(sigma, within(TOL));
    assertThat(small.verdict()).isEqualTo(Verdict.SUPPORTED);
    ClaimCheck large =
        eval(
            data(),
            claim(ClaimType.ABSOLUTE, "LARGE", null, 1, Strength.SUBSTANTIAL, null, PERIOD));
    assertThat(large.evidence().numbers().get("sigma_period"))
        .isCloseTo(0.005 * Math.sqrt(252.0 / 251) * 2, within(TOL));
    assertThat(large.verdict()).isEqualTo(Verdict.SUPPORTED); // 0.015 >= 0.01002
    ClaimCheck slight =
        eval(data(), claim(ClaimType.ABSOLUTE, "SMALL", null, 1, Strength.SLIGHT, null, PERIOD));
    assertThat(slight.verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void evaluate_magnitude_bandIsMaxOfTwoPointsAndTwentyPercent() {
    Magnitude about3 = new Magnitude(Magnitude.Kind.ABOUT, 3, "about 3%");
    Magnitude about6 = new Magnitude(Magnitude.Kind.ABOUT, 6, "about 6%");
    assertThat(
            eval(
                    data(),
                    claim(ClaimType.ABSOLUTE, "SMALL", null, 1, Strength.PLAIN, about3, PERIOD))
                .verdict())
        .isEqualTo(Verdict.SUPPORTED);
    // |3 - 6| = 3 > max(2, 1.2) = 2
    assertThat(
            eval(
                    data(),
                    claim(ClaimType.ABSOLUTE, "SMALL", null, 1, Strength.PLAIN, about6, PERIOD))
                .verdict())
        .isEqualTo(Verdict.CONTRADICTED);
    // a fall of about 3 % is contradicted by a rise of 3 %
    assertThat(
            eval(
                    data(),
                    claim(ClaimType.ABSOLUTE, "SMALL", null, -1, Strength.PLAIN, about3, PERIOD))
                .verdict())
        .isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void evaluate_relative_spreadAndItsSigma() {
    // spread = 0.03 - 0.015; daily differences alternate +-0.005, so sigma_h = 0.005 sqrt(252/251)
    // * 2
    ClaimCheck k =
        eval(
            data(),
            claim(ClaimType.RELATIVE, "SMALL", "LARGE", 1, Strength.SUBSTANTIAL, null, PERIOD));
    assertThat(k.evidence().numbers().get("spread")).isCloseTo(0.015, within(TOL));
    assertThat(k.evidence().numbers().get("sigma_period"))
        .isCloseTo(0.005 * Math.sqrt(252.0 / 251) * 2, within(TOL));
    assertThat(k.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(
            eval(
                    data(),
                    claim(ClaimType.RELATIVE, "SMALL", "LARGE", -1, Strength.PLAIN, null, PERIOD))
                .verdict())
        .isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void evaluate_basket_meanOfMemberReturns() {
    ClaimCheck k =
        eval(data(), claim(ClaimType.RELATIVE, "BASKET", "LARGE", 1, Strength.PLAIN, null, PERIOD));
    assertThat(k.evidence().numbers().get("return_basket")).isCloseTo(0.20, within(TOL));
    assertThat(k.evidence().series()).containsExactly("b1", "b2", "l");
  }

  @Test
  void evaluate_priorUnderperformance_threeYearsBeforeBase() {
    // By hand: from 2017-11-01 (index 304, even) to 2020-11-01 (index 1400) there are 548 pairs
    // (1+a)(1-a); small: 0.9999^548 - 1, large: 0.999975^548 - 1.
    ClaimCheck k =
        eval(
            data(),
            claim(
                ClaimType.PRIOR_UNDERPERFORMANCE,
                "SMALL",
                "LARGE",
                -1,
                Strength.PLAIN,
                null,
                PERIOD));
    double small = Math.pow((1.01) * (0.99), 548) - 1;
    double large = Math.pow((1.005) * (0.995), 548) - 1;
    assertThat(k.evidence().numbers().get("spread")).isCloseTo(small - large, within(1e-10));
    assertThat(k.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(k.period().orElseThrow().base()).isEqualTo(BASE.minusYears(3));
  }

  @Test
  void evaluate_volatility_higherSdSupportsMoreVolatile() {
    ClaimCheck k =
        eval(
            data(),
            claim(
                ClaimType.VOLATILITY,
                "SMALL",
                "LARGE",
                1,
                Strength.PLAIN,
                null,
                "In 2019 they swung."));
    assertThat(k.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(k.evidence().numbers().get("volatility_small"))
        .isCloseTo(0.01 * F2019, within(1e-10));
    assertThat(k.evidence().numbers().get("volatility_large"))
        .isCloseTo(0.005 * F2019, within(1e-10));
    assertThat(
            eval(
                    data(),
                    claim(
                        ClaimType.VOLATILITY,
                        "SMALL",
                        "LARGE",
                        -1,
                        Strength.PLAIN,
                        null,
                        "In 2019 they swung."))
                .verdict())
        .isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void evaluate_tradingVolume_medianDollarVolume() {
    MapData d = data();
    DateSeries s = series(0.0, 0.0);
    double[] ten = new double[s.size()];
    double[] hundred = new double[s.size()];
    double[] twenty = new double[s.size()];
    double[] fiveHundred = new double[s.size()];
    java.util.Arrays.fill(ten, 10);
    java.util.Arrays.fill(hundred, 100);
    java.util.Arrays.fill(twenty, 20);
    java.util.Arrays.fill(fiveHundred, 500);
    d.bars.put(
        "vs", BarSeries.of(s.dates(), Map.of(BarField.CLOSE, ten, BarField.VOLUME, hundred)));
    d.bars.put(
        "vl",
        BarSeries.of(s.dates(), Map.of(BarField.CLOSE, twenty, BarField.VOLUME, fiveHundred)));
    ClaimCheck k =
        eval(d, claim(ClaimType.TRADING_VOLUME, "SMALL", "LARGE", -1, Strength.PLAIN, null, null));
    assertThat(k.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(k.evidence().numbers().get("median_dollar_volume_small"))
        .isCloseTo(1000, within(TOL));
    assertThat(k.evidence().numbers().get("median_dollar_volume_large"))
        .isCloseTo(10000, within(TOL));
  }

  @Test
  void evaluate_rateSensitivity_recoversPlantedBetas() {
    // Seeded: daily 10-year yield changes N(0, 5 bp); small returns -4e-4 per bp, large -1e-4 per
    // bp,
    // each plus N(0, 0.2 %) noise. Over 2019 (52 weeks) the difference must be significantly < 0.
    Random rnd = new Random(42);
    int size = K + N + 1;
    LocalDate[] d = new LocalDate[size];
    double[] y = new double[size];
    double[] s = new double[size];
    double[] l = new double[size];
    y[0] = 2.0;
    s[0] = 100;
    l[0] = 100;
    for (int i = 0; i < size; i++) {
      d[i] = START.plusDays(i);
      if (i > 0) {
        double dy = 5 * rnd.nextGaussian();
        y[i] = y[i - 1] + dy / 100;
        s[i] = s[i - 1] * (1 - 4e-4 * dy + 0.002 * rnd.nextGaussian());
        l[i] = l[i - 1] * (1 - 1e-4 * dy + 0.002 * rnd.nextGaussian());
      }
    }
    MapData m = new MapData();
    m.levels.put("s", DateSeries.of(d, s));
    m.levels.put("l", DateSeries.of(d, l));
    m.levels.put("y10", DateSeries.of(d, y));
    ClaimCheck more =
        eval(
            m,
            claim(
                ClaimType.RATE_SENSITIVITY,
                "SMALL",
                "LARGE",
                1,
                Strength.PLAIN,
                null,
                "In 2019 rates moved."));
    assertThat(more.verdict()).isEqualTo(Verdict.SUPPORTED);
    assertThat(more.evidence().numbers().get("beta_10y_small")).isCloseTo(-4e-4, within(2e-4));
    ClaimCheck less =
        eval(
            m,
            claim(
                ClaimType.RATE_SENSITIVITY,
                "SMALL",
                "LARGE",
                -1,
                Strength.PLAIN,
                null,
                "In 2019 rates moved."));
    assertThat(less.verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void evaluate_noDataForEntity_unverifiable() {
    ClaimCheck k =
        eval(data(), claim(ClaimType.ABSOLUTE, "GONE", null, 1, Strength.PLAIN, null, PERIOD));
    assertThat(k.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(k.reason()).contains("no data for Gone");
  }

  @Test
  void evaluate_periodBeyondData_unverifiable() {
    ClaimCheck k =
        new ClaimEvaluator(TABLE, data())
            .evaluate(
                claim(
                    ClaimType.ABSOLUTE,
                    "SMALL",
                    null,
                    1,
                    Strength.PLAIN,
                    null,
                    "Since March 1 it rose."),
                LocalDate.of(2021, 6, 1));
    assertThat(k.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(k.reason()).contains("no data");
  }

  @Test
  void evaluate_unknownEntity_unverifiable() {
    ClaimCheck k =
        eval(data(), claim(ClaimType.ABSOLUTE, "NOBODY", null, 1, Strength.PLAIN, null, PERIOD));
    assertThat(k.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
  }

  @Test
  void evaluate_untestable_unverifiableWithReason() {
    Sentence s = new Sentence(0, 0, "x", "", false);
    Claim c =
        new Claim(
            s,
            ClaimType.UNTESTABLE,
            "SMALL",
            Optional.empty(),
            1,
            Strength.PLAIN,
            Optional.empty(),
            Optional.empty(),
            false,
            "cue",
            Optional.of("too vague: test"));
    ClaimCheck k = eval(data(), c);
    assertThat(k.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(k.reason()).isEqualTo("too vague: test");
  }

  @Test
  void sigmaH_tooShortHistory_nan() {
    DateSeries d =
        DateSeries.of(new LocalDate[] {START, START.plusDays(1)}, new double[] {0.01, -0.01});
    assertThat(Legs.sigmaH(d, START.plusDays(1), 4)).isNaN();
  }

  @Test
  void period_noPeriodText_isYearToDate() {
    Claim c = claim(ClaimType.ABSOLUTE, "SMALL", null, 1, Strength.PLAIN, null, null);
    assertThat(ClaimEvaluator.period(c, AT).base()).isEqualTo(LocalDate.of(2019, 12, 31));
  }

  /** Random-walk levels over the test dates, seeded. */
  private static DateSeries randomWalk(Random rnd) {
    int size = K + N + 1;
    LocalDate[] d = new LocalDate[size];
    double[] v = new double[size];
    v[0] = 100;
    for (int i = 0; i < size; i++) {
      d[i] = START.plusDays(i);
      if (i > 0) {
        v[i] = v[i - 1] * (1 + 0.01 * rnd.nextGaussian());
      }
    }
    return DateSeries.of(d, v);
  }

  @Test
  void evaluate_randomSeries_mirrorClaimsAgreeAndOppositesExclude() {
    Random rnd = new Random(7);
    String[] periods = {
      PERIOD,
      "In 2019 it moved.",
      "Over the past month it moved.",
      "In late 2018 it moved.",
      "Since mid-March it moved.",
      "Over the past year it moved."
    };
    for (int trial = 0; trial < 40; trial++) {
      MapData m = new MapData();
      m.levels.put("s", randomWalk(rnd));
      m.levels.put("l", randomWalk(rnd));
      String p = periods[trial % periods.length];
      for (Strength st : Strength.values()) {
        Verdict better =
            eval(m, claim(ClaimType.RELATIVE, "SMALL", "LARGE", 1, st, null, p)).verdict();
        Verdict mirror =
            eval(m, claim(ClaimType.RELATIVE, "LARGE", "SMALL", -1, st, null, p)).verdict();
        assertThat(mirror).as("trial %d %s", trial, st).isEqualTo(better);
      }
      Verdict up =
          eval(m, claim(ClaimType.ABSOLUTE, "SMALL", null, 1, Strength.PLAIN, null, p)).verdict();
      Verdict down =
          eval(m, claim(ClaimType.ABSOLUTE, "SMALL", null, -1, Strength.PLAIN, null, p)).verdict();
      assertThat(up).isNotEqualTo(Verdict.UNVERIFIABLE);
      assertThat(up == Verdict.SUPPORTED).isNotEqualTo(down == Verdict.SUPPORTED);
      Verdict strong =
          eval(m, claim(ClaimType.ABSOLUTE, "SMALL", null, 1, Strength.SUBSTANTIAL, null, p))
              .verdict();
      Verdict slight =
          eval(m, claim(ClaimType.ABSOLUTE, "SMALL", null, 1, Strength.SLIGHT, null, p)).verdict();
      // a rise is either substantial or slight, never both; no rise is neither
      if (up == Verdict.SUPPORTED) {
        assertThat(strong == Verdict.SUPPORTED).isNotEqualTo(slight == Verdict.SUPPORTED);
      } else {
        assertThat(strong).isEqualTo(Verdict.CONTRADICTED);
        assertThat(slight).isEqualTo(Verdict.CONTRADICTED);
      }
    }
  }

  @Test
  void evaluate_basketOfIdenticalMembers_equalsSingleSeries() {
    Random rnd = new Random(11);
    DateSeries w = randomWalk(rnd);
    MapData m = new MapData();
    m.levels.put("s", w);
    m.levels.put("b1", w);
    m.levels.put("b2", w);
    m.levels.put("l", randomWalk(rnd));
    ClaimCheck one =
        eval(m, claim(ClaimType.RELATIVE, "SMALL", "LARGE", 1, Strength.SUBSTANTIAL, null, PERIOD));
    ClaimCheck two =
        eval(
            m, claim(ClaimType.RELATIVE, "BASKET", "LARGE", 1, Strength.SUBSTANTIAL, null, PERIOD));
    assertThat(two.evidence().numbers().get("spread"))
        .isCloseTo(one.evidence().numbers().get("spread"), within(TOL));
    assertThat(two.evidence().numbers().get("sigma_period"))
        .isCloseTo(one.evidence().numbers().get("sigma_period"), within(TOL));
    assertThat(two.verdict()).isEqualTo(one.verdict());
  }
}
