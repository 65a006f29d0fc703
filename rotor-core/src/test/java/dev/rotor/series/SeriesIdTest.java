package dev.rotor.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeriesIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "a b", "/RUT", "RUT/", "a\tb", "q\"x", "back\\slash"})
  void new_badText_isRejected(String text) {
    assertThatThrownBy(() -> SeriesId.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void matchesTail_onlyAfterSlash() {
    SeriesId id = SeriesId.of("market-base/indices/RUT");
    assertThat(id.matchesTail("RUT")).isTrue();
    assertThat(id.matchesTail("indices/RUT")).isTrue();
    assertThat(id.matchesTail("market-base/indices/RUT")).isTrue();
    assertThat(id.matchesTail("UT")).isFalse();
    assertThat(id.tail()).isEqualTo("RUT");
    assertThat(SeriesId.of("ken_french/F-F.SMB").withColumn("x").value())
        .isEqualTo("ken_french/F-F.SMB.x");
  }
}
