package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyntheticSpecTest {

  private static final SyntheticSpec D = SyntheticSpec.defaults();

  @Test
  void defaults_seed42Nyse2014To2025With300Stocks() {
    assertThat(D.seed()).isEqualTo(42L);
    assertThat(D.start()).isEqualTo(LocalDate.of(2014, 1, 2));
    assertThat(D.end()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(D.calendar().name()).isEqualTo("NYSE");
    assertThat(D.stockCount()).isEqualTo(300);
    assertThat(D.planted()).isEqualTo(PlantedParameters.defaults());
  }

  @Test
  void withCopies_changeOnlyTheirField() {
    SyntheticSpec s = D.withSeed(7).withStockCount(12);

    assertThat(s.seed()).isEqualTo(7);
    assertThat(s.stockCount()).isEqualTo(12);
    assertThat(s.start()).isEqualTo(D.start());
    assertThat(s.withPlanted(D.planted().withRelativeDrift(0)).planted().relativeDrift()).isZero();
  }

  static Stream<Arguments> badSpecs() {
    LocalDate early = LocalDate.of(2010, 1, 4);
    return Stream.of(
        Arguments.of("end", (UnaryOperator<SyntheticSpec>) s -> s.withDates(s.end(), s.start())),
        Arguments.of("stockCount", (UnaryOperator<SyntheticSpec>) s -> s.withStockCount(0)),
        Arguments.of("stockCount", (UnaryOperator<SyntheticSpec>) s -> s.withStockCount(10_000)),
        Arguments.of("planted", (UnaryOperator<SyntheticSpec>) s -> s.withDates(early, s.end())));
  }

  @ParameterizedTest
  @MethodSource("badSpecs")
  void constructor_badArgument_throwsNamingIt(String name, UnaryOperator<SyntheticSpec> edit) {
    assertThatThrownBy(() -> edit.apply(D))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }

  @Test
  void constructor_nullCalendar_throws() {
    assertThatThrownBy(() -> D.withCalendar(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("calendar");
  }
}
