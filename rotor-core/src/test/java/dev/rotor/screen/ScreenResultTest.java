package dev.rotor.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.Constituent;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScreenResultTest {

  private static final ScreenQuery TOP2 = ScreenQuery.parse("pe > 0", "pe", 2);
  private static final List<ScreenHit> TWO =
      List.of(new ScreenHit(1, Constituent.of("A"), 1), new ScreenHit(2, Constituent.of("B"), 2));
  private static final LocalDate D = LocalDate.of(2023, 8, 31);

  @Test
  void tickers_inRankOrder() {
    ScreenResult r = new ScreenResult("s", D, TOP2, 10, 5, 0, TWO);
    assertThat(r.tickers()).containsExactly("A", "B");
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of((Supplier<?>) () -> new ScreenResult("s", D, TOP2, 1, 2, 0, TWO), "matched"),
        Arguments.of((Supplier<?>) () -> new ScreenResult("s", D, TOP2, 5, -1, 0, TWO), "matched"),
        Arguments.of(
            (Supplier<?>) () -> new ScreenResult("s", D, TOP2, 5, 3, 4, TWO), "missingRank"),
        Arguments.of((Supplier<?>) () -> new ScreenResult("s", D, TOP2, 5, 1, 0, TWO), "hits"),
        Arguments.of(
            (Supplier<?>) () -> new ScreenResult("s", D, TOP2, 5, 3, 0, TWO.subList(0, 1)),
            "hits"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void constructor_inconsistentCounts_throwNamingField(Supplier<?> build, String name) {
    assertThatThrownBy(build::get)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }

  @Test
  void constructor_nulls_throw() {
    assertThatThrownBy(() -> new ScreenResult(null, D, TOP2, 5, 3, 0, TWO)).hasMessage("snapshot");
    assertThatThrownBy(() -> new ScreenResult("s", D, null, 5, 3, 0, TWO)).hasMessage("query");
  }
}
