package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryTest {

  @Test
  void of_countsEachVerdict() {
    Sentence s = new Sentence(0, 0, "x", "", false);
    Claim c =
        new Claim(
            s,
            ClaimType.ABSOLUTE,
            "A",
            Optional.empty(),
            1,
            Strength.PLAIN,
            Optional.empty(),
            Optional.empty(),
            false,
            "c",
            Optional.empty());
    Evidence e = Evidence.none("");
    List<ClaimCheck> k =
        List.of(
            new ClaimCheck(c, Optional.empty(), Verdict.SUPPORTED, "", e),
            new ClaimCheck(c, Optional.empty(), Verdict.SUPPORTED, "", e),
            new ClaimCheck(c, Optional.empty(), Verdict.UNVERIFIABLE, "why", e));
    assertThat(Summary.of(k)).isEqualTo(new Summary(2, 0, 1));
    assertThat(Summary.of(k).line()).isEqualTo("2 supported, 0 contradicted, 1 unverifiable");
  }

  @Test
  void new_negative_throws() {
    assertThatThrownBy(() -> new Summary(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
