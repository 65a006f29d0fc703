package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void split_proseLine_twoSentencesOneParagraph() {
    List<Sentence> s = Sentences.split("Small caps rose on Monday. Large caps fell.");
    assertThat(s)
        .extracting(Sentence::text)
        .containsExactly("Small caps rose on Monday.", "Large caps fell.");
    assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0);
    assertThat(s).extracting(Sentence::index).containsExactly(0, 1);
  }

  @Test
  void split_bulletWithLabel_labelRemovedAndKept() {
    List<Sentence> s = Sentences.split("- Volatility: Small caps swing more than large caps.");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).label()).isEqualTo("Volatility");
    assertThat(s.get(0).text()).isEqualTo("Small caps swing more than large caps.");
    assertThat(s.get(0).heading()).isFalse();
  }

  @Test
  void split_headingWithoutPunctuation_isOneSentence() {
    List<Sentence> s =
        Sentences.split("Drivers Behind the Small-Cap Boom\n\nThe rally went on. It broadened.");
    assertThat(s)
        .extracting(Sentence::text)
        .containsExactly(
            "Drivers Behind the Small-Cap Boom", "The rally went on.", "It broadened.");
    assertThat(s.get(0).heading()).isTrue();
    assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 1, 1);
  }

  @Test
  void split_abbreviation_staysInOneSentence() {
    List<Sentence> s = Sentences.split("The U.S. market rose 2% in May. Bonds were flat.");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).text()).startsWith("The U.S. market");
  }

  @Test
  void split_emptyText_noSentence() {
    assertThat(Sentences.split("\n  \n")).isEmpty();
  }

  @Test
  void split_null_throws() {
    assertThatThrownBy(() -> Sentences.split(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text");
  }
}
