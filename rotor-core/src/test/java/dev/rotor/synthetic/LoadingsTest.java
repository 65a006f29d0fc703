package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadingsTest {

  @Test
  void of_hasZeroAlpha() {
    Loadings l = Loadings.of(1.0, 0.5, 0.2, -0.05, 0.1);

    assertThat(l.alpha()).isZero();
    assertThat(l.market()).isEqualTo(1.0);
    assertThat(l.idioVol()).isEqualTo(0.1);
  }

  @ParameterizedTest
  @CsvSource({
    "NaN, 1, 0, 0, 0, 0.1, alpha",
    "0, Infinity, 0, 0, 0, 0.1, market",
    "0, 1, NaN, 0, 0, 0.1, size",
    "0, 1, 0, NaN, 0, 0.1, growth",
    "0, 1, 0, 0, -Infinity, 0.1, rate",
    "0, 1, 0, 0, 0, -0.1, idioVol",
    "0, 1, 0, 0, 0, NaN, idioVol"
  })
  void constructor_badArgument_throwsNamingIt(
      double alpha,
      double market,
      double size,
      double growth,
      double rate,
      double idio,
      String name) {
    assertThatThrownBy(() -> new Loadings(alpha, market, size, growth, rate, idio))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }
}
