package dev.rotor.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreadthResultTest {

  @Test
  void new_mutableDays_areCopied() {
    List<BreadthDay> days = new ArrayList<>();
    BreadthResult r = new BreadthResult(0, days, Breadth.SURVIVORSHIP_NOTE);
    days.add(new BreadthDay(LocalDate.of(2024, 1, 2), 0, 0, Double.NaN, 0, 0, Double.NaN, 0, 0, 0));
    assertThat(r.days()).isEmpty();
  }

  @Test
  void new_nullNote_throwsNamingNote() {
    assertThatThrownBy(() -> new BreadthResult(0, List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("survivorshipNote");
  }
}
