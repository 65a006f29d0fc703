package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrammarTest {

  private static final Grammar G = Grammar.defaults();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "RISE|the index climbed on monday|climbed",
        "RISE|stocks have been enjoying gains|enjoying gains",
        "RISE|sectors have all seen significant gains|seen significant gains",
        "FALL|the index slipped|slipped",
        "FALL|it lost a third|lost",
        "OUTPERFORM|small caps outpaced large caps|outpaced",
        "OUTPERFORM|it is leaving them in the dust|leaving them in the dust",
        "OUTPERFORM|value held up better than growth|held up better than",
        "OUTPERFORM|value fell less than growth|fell less than",
        "UNDERPERFORM|small caps trailed|trailed",
        "DOMINATE|tech dominated returns|dominated",
        "VOLATILITY|they are more volatile than|more volatile",
        "RATES|more sensitive to interest rate changes|more sensitive to interest rate changes",
        "VOLUME|they have lower trading volumes|lower trading volumes",
        "PRIOR|it follows a period of significant underperformance|follows a period of significant underperformance",
        "UNDERVALUED|many were considered undervalued relative to|undervalued",
        "UNDERVALUED|they trade at a deep discount to|trade at a deep discount",
        "UNDERVALUED|small caps offer cheap valuations|cheap valuations",
        "UNDERVALUED|they are less expensive than|less expensive than",
        "OVERVALUED|large caps look overvalued|overvalued",
        "OVERVALUED|stretched valuations in tech|stretched valuations",
        "OVERVALUED|they are expensive relative to|expensive relative to",
        "HEDGE|stocks could fall|could",
        "GENERIC|they typically rise|typically",
        "CONDITIONAL|during periods of recovery|during periods of"
      })
  void find_cue_matchesWords(Cue cue, String text, String match) {
    assertThat(G.find(cue, text)).extracting(Grammar.Match::text).contains(match);
  }

  @Test
  void find_insideWord_noMatch() {
    assertThat(G.find(Cue.FALL, "the waterfall was lovely")).isEmpty();
    assertThat(G.find(Cue.OUTPERFORM, "the outperformance was clear")).isEmpty();
  }

  @Test
  void has_region_limitsSearch() {
    String s = "small caps slipped and then climbed";
    assertThat(G.has(Cue.RISE, s, 0, 20)).isFalse();
    assertThat(G.has(Cue.RISE, s, 20, s.length())).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'NOPE\tx'|unknown cue",
        "'RISE\t(unclosed'|bad regex",
        "'RISE'|needs CUE",
        "'RISE\tx'|no pattern"
      })
  void parse_bad_throwsNamingSource(String text, String message) {
    assertThatThrownBy(() -> Grammar.parse(text, "g.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("g.tsv")
        .hasMessageContaining(message);
  }
}
