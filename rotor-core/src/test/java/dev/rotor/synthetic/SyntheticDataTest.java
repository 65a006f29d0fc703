package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SyntheticDataTest {

  private static final SyntheticData SMALL =
      SyntheticMarket.generate(
          SyntheticSpec.defaults()
              .withDates(LocalDate.of(2014, 1, 2), LocalDate.of(2014, 3, 31))
              .withStockCount(3));

  @Test
  void findAndGet_knownId_returnsSeries() {
    assertThat(SMALL.find(SeriesId.of("synthetic/stocks/S002"))).isPresent();
    assertThat(SMALL.get("synthetic/stocks/S002").info().id().tail()).isEqualTo("S002");
    assertThat(SMALL.ids())
        .hasSize(SMALL.series().size())
        .contains(SeriesId.of("synthetic/macro/RECESSION"));
    assertThat(SMALL.planted()).isSameAs(SMALL.spec().planted());
  }

  @Test
  void findAndGet_unknownId_emptyOrThrows() {
    assertThat(SMALL.find(SeriesId.of("synthetic/stocks/S004"))).isEmpty();
    assertThatThrownBy(() -> SMALL.get("synthetic/stocks/S004"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
  }

  @Test
  void lists_areUnmodifiable() {
    assertThatThrownBy(() -> SMALL.series().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
