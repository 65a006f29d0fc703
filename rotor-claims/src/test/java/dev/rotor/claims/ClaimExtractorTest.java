package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per pattern of the grammar, on sentences written for the test. */
class ClaimExtractorTest {

  private static final ClaimExtractor X =
      new ClaimExtractor(EntityAliases.defaults(), Grammar.defaults());

  private static List<Claim> claims(String text) {
    return X.extract(Sentences.split(text));
  }

  private static Claim only(String text) {
    List<Claim> c = claims(text);
    assertThat(c).as(text).hasSize(1);
    return c.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Small caps outpaced large caps this week.|RUSSELL_2000|SP_500|1|PLAIN",
        "The Russell 2000 outperformed the Nasdaq Composite in March.|RUSSELL_2000|NASDAQ_COMPOSITE|1|PLAIN",
        "Financials beat the S&P 500 in 2021.|FINANCIALS|SP_500|1|PLAIN",
        "Small caps lagged the S&P 500 in 2023.|RUSSELL_2000|SP_500|-1|PLAIN",
        "Utilities trailed the broader market in 2023.|UTILITIES|SP_500|-1|PLAIN",
        "Small caps fell less than the Nasdaq in 2022.|RUSSELL_2000|NASDAQ_COMPOSITE|1|PLAIN",
        "Blue chips held up better than small caps in 2022.|SP_500|RUSSELL_2000|1|PLAIN",
        "Small-cap stocks are significantly outperforming their larger counterparts.|RUSSELL_2000|SP_500|1|SUBSTANTIAL",
        "Small caps slightly outperformed in May.|RUSSELL_2000|SP_500|1|SLIGHT",
        "In 2023, the Magnificent Seven dominated returns.|MAGNIFICENT_SEVEN|SP_500|1|SUBSTANTIAL"
      })
  void extract_relative(String text, String subject, String object, int dir, Strength strength) {
    Claim c = only(text);
    assertThat(c.type()).isEqualTo(ClaimType.RELATIVE);
    assertThat(c.subject()).isEqualTo(subject);
    assertThat(c.object()).contains(object);
    assertThat(c.direction()).isEqualTo(dir);
    assertThat(c.strength()).isEqualTo(strength);
  }

  @Test
  void extract_leavingThemInTheDust_oneClaimPerEarlierEntity() {
    List<Claim> c =
        claims(
            "While the S&P 500 and Nasdaq Composite have also been enjoying gains, the Russell 2000"
                + " is leaving them in the dust.");
    assertThat(c)
        .extracting(Claim::type, Claim::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ClaimType.ABSOLUTE, "SP_500"),
            org.assertj.core.groups.Tuple.tuple(ClaimType.ABSOLUTE, "NASDAQ_COMPOSITE"),
            org.assertj.core.groups.Tuple.tuple(ClaimType.RELATIVE, "RUSSELL_2000"),
            org.assertj.core.groups.Tuple.tuple(ClaimType.RELATIVE, "RUSSELL_2000"));
    assertThat(c.get(2).object()).contains("SP_500");
    assertThat(c.get(3).object()).contains("NASDAQ_COMPOSITE");
    assertThat(c.get(3).strength()).isEqualTo(Strength.SUBSTANTIAL);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The Russell 2000 climbed in July.|RUSSELL_2000|1|PLAIN|",
        "Small caps surged in November.|RUSSELL_2000|1|SUBSTANTIAL|",
        "The Nasdaq jumped about 10% in a week.|NASDAQ_COMPOSITE|1|PLAIN|10",
        "The S&P 500 slipped in April.|SP_500|-1|PLAIN|",
        "The Nasdaq Composite lost a third of its value in 2022.|NASDAQ_COMPOSITE|-1|PLAIN|33.333333333333336",
        "The S&P 500 rose about 24% in 2023.|SP_500|1|PLAIN|24",
        "Tech stocks gained more than 40% in 2023.|TECHNOLOGY|1|PLAIN|40",
        "Energy stocks edged higher in May.|ENERGY|1|SLIGHT|"
      })
  void extract_absolute(String text, String subject, int dir, Strength strength, Double pct) {
    Claim c = only(text);
    assertThat(c.type()).isEqualTo(ClaimType.ABSOLUTE);
    assertThat(c.subject()).isEqualTo(subject);
    assertThat(c.direction()).isEqualTo(dir);
    if (pct == null) {
      assertThat(c.magnitude()).isEmpty();
      assertThat(c.strength()).isEqualTo(strength);
    } else {
      assertThat(c.magnitude().orElseThrow().percent()).isEqualTo(pct);
    }
  }

  @Test
  void extract_listOfSectors_oneAbsoluteClaimEach() {
    List<Claim> c =
        claims("Financials, industrials, and materials have all seen significant gains.");
    assertThat(c)
        .extracting(Claim::subject)
        .containsExactly("FINANCIALS", "INDUSTRIALS", "MATERIALS");
    assertThat(c).allMatch(x -> x.strength() == Strength.SUBSTANTIAL && x.direction() == 1);
  }

  @Test
  void extract_participleClause_sharesSubject() {
    List<Claim> c =
        claims("The Russell 2000 has climbed since the start of the year, outpacing the S&P 500.");
    assertThat(c).extracting(Claim::type).containsExactly(ClaimType.ABSOLUTE, ClaimType.RELATIVE);
    assertThat(c.get(1).subject()).isEqualTo("RUSSELL_2000");
    assertThat(c.get(1).periodText()).isPresent();
  }

  @Test
  void extract_nounUse_noClaim() {
    assertThat(claims("The small-cap surge presents an opportunity.")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Small-cap stocks are inherently more volatile than large-cap stocks.|VOLATILITY|1",
        "Large caps are less volatile than small caps.|VOLATILITY|-1",
        "Smaller companies are typically more sensitive to interest rate changes than larger companies.|RATE_SENSITIVITY|1",
        "Small caps are more sensitive to interest-rate changes.|RATE_SENSITIVITY|1",
        "Smaller companies tend to have lower trading volumes.|TRADING_VOLUME|-1",
        "Small caps are less liquid than large caps.|TRADING_VOLUME|-1"
      })
  void extract_comparativeStatistic(String text, ClaimType type, int dir) {
    Claim c = only(text);
    assertThat(c.type()).isEqualTo(type);
    assertThat(c.direction()).isEqualTo(dir);
    assertThat(c.object()).isPresent();
    assertThat(c.object().get()).isNotEqualTo(c.subject());
  }

  @Test
  void extract_pronounSubject_takesPreviousSentenceEntity() {
    List<Claim> c = claims("Small caps rallied in May. They are more volatile than large caps.");
    assertThat(c.get(1).type()).isEqualTo(ClaimType.VOLATILITY);
    assertThat(c.get(1).subject()).isEqualTo("RUSSELL_2000");
  }

  @Test
  void extract_otherSensitivity_untestableWithReason() {
    Claim c =
        only("Small caps are more sensitive to domestic economic conditions than large caps.");
    assertThat(c.type()).isEqualTo(ClaimType.UNTESTABLE);
    assertThat(c.untestable().orElseThrow()).contains("domestic economic conditions");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The current rally follows a period of significant underperformance for small caps.|SUBSTANTIAL",
        "After a period of underperformance, small caps looked cheap.|PLAIN"
      })
  void extract_priorUnderperformance(String text, Strength strength) {
    Claim c = only(text);
    assertThat(c.type()).isEqualTo(ClaimType.PRIOR_UNDERPERFORMANCE);
    assertThat(c.subject()).isEqualTo("RUSSELL_2000");
    assertThat(c.object()).contains("SP_500");
    assertThat(c.strength()).isEqualTo(strength);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Small caps are undervalued relative to the S&P 500.|RUSSELL_2000|SP_500|-1",
        "Many small-cap stocks were considered undervalued relative to larger companies.|RUSSELL_2000|SP_500|-1",
        "The Russell 2000 is cheaper than the Nasdaq Composite.|RUSSELL_2000|NASDAQ_COMPOSITE|-1",
        "Smaller companies trade at a steep discount to large caps.|RUSSELL_2000|SP_500|-1",
        "Small caps offer cheap valuations.|RUSSELL_2000|SP_500|-1",
        "Large caps are less expensive than small caps.|SP_500|RUSSELL_2000|-1",
        "Small-cap stocks look overvalued.|RUSSELL_2000|SP_500|1",
        "Blue chips are trading on stretched valuations.|SP_500|RUSSELL_2000|1",
        "Large-cap stocks are expensive relative to smaller companies.|SP_500|RUSSELL_2000|1",
        "The S&P 500 trades at a premium to the Russell 2000.|SP_500|RUSSELL_2000|1"
      })
  void extract_valuation(String text, String subject, String object, int dir) {
    Claim c = only(text);
    assertThat(c.type()).isEqualTo(ClaimType.VALUATION);
    assertThat(c.subject()).isEqualTo(subject);
    assertThat(c.object()).contains(object);
    assertThat(c.direction()).isEqualTo(dir);
    assertThat(c.periodText()).isEmpty();
  }

  @Test
  void extract_valuationAfterPrior_bothClaims() {
    List<Claim> c =
        claims(
            "After a period of underperformance, many small-cap stocks were considered undervalued"
                + " relative to larger companies.");
    assertThat(c)
        .extracting(Claim::type)
        .containsExactly(ClaimType.PRIOR_UNDERPERFORMANCE, ClaimType.VALUATION);
    assertThat(c.get(1).describe()).isEqualTo("RUSSELL_2000 valued cheaper than SP_500");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "As the rally continues, some small-cap stocks may become overvalued.",
        "Small caps would look cheaper than large caps if earnings recover.",
        "The rally was driven by a re-evaluation of valuations.",
        "Valuations of small caps were re-examined in January."
      })
  void extract_valuationHedgedOrWithoutDirection_noClaim(String text) {
    assertThat(claims(text)).isEmpty();
  }

  @Test
  void extract_valuationGeneric_untestable() {
    Claim c = only("Small caps typically trade at a discount to large caps.");
    assertThat(c.type()).isEqualTo(ClaimType.UNTESTABLE);
    assertThat(c.untestable().orElseThrow()).contains("one valuation snapshot");
  }

  @Test
  void extract_conditional_untestable() {
    Claim c =
        only(
            "Historically, small caps have tended to outperform large caps during periods of recovery.");
    assertThat(c.type()).isEqualTo(ClaimType.UNTESTABLE);
    assertThat(c.untestable().orElseThrow()).contains("too vague");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "If the economy weakens, small caps could be hit harder than large caps.",
        "Small caps may outperform the S&P 500 next year.",
        "As always, diversification is key.",
        "Investors should consider small-cap ETFs.",
        "A report titled \"Why Small Caps Are Soaring\" was widely read.",
        "The outperformance is increasingly pronounced."
      })
  void extract_hedgeAdviceOrQuote_noClaim(String text) {
    assertThat(claims(text)).isEmpty();
  }

  @Test
  void extract_periodCarriesWithinParagraphOnly() {
    List<Claim> c =
        claims("Small caps rose in 2021. They beat large caps.\nSmall caps beat large caps.");
    assertThat(c.get(1).periodText()).contains("Small caps rose in 2021.");
    assertThat(c.get(2).periodText()).isEmpty();
  }

  @Test
  void extract_describe_readsBack() {
    assertThat(only("Small caps outpaced large caps in 2021.").describe())
        .isEqualTo("RUSSELL_2000 outperformed SP_500");
    assertThat(only("The S&P 500 rose about 24% in 2023.").describe())
        .isEqualTo("SP_500 rose by about 24%");
  }

  @Test
  void new_null_throws() {
    assertThatThrownBy(() -> new ClaimExtractor(null, Grammar.defaults()))
        .isInstanceOf(NullPointerException.class);
    assertThat(Optional.empty()).isEmpty();
  }
}
