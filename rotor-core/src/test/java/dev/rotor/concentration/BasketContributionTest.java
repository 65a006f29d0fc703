package dev.rotor.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasketContributionTest {

  @Test
  void new_mutableLists_areCopied() {
    List<String> names = new ArrayList<>(List.of("A"));
    BasketContribution b = new BasketContribution("b", names, List.of(), 0.5, 0.1, 0.5);
    names.add("B");
    assertThat(b.names()).containsExactly("A");
  }

  @Test
  void new_nullLabel_throwsNamingLabel() {
    assertThatThrownBy(() -> new BasketContribution(null, List.of(), List.of(), 0, 0, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("label");
  }
}
