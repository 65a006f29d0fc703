package dev.rotor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {
  @ParameterizedTest
  @CsvSource({
    "0,0,0",
    "1.25,1,1.3",
    "-1.25,1,\u22121.3",
    "-0.04,1,0.0",
    "12345.678,1,'12,345.7'",
    "-1234567,0,'\u22121,234,567'",
    "0.052,3,0.052",
    "999.95,1,'1,000.0'",
    "NaN,2,n/a",
    "-Infinity,2,n/a"
  })
  void fixed_values_roundedGroupedWithMinus(double v, int decimals, String expected) {
    assertThat(NumberText.fixed(v, decimals)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10})
  void fixed_badDecimals_throwsNamingArgument(int decimals) {
    assertThatThrownBy(() -> NumberText.fixed(1, decimals))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decimals");
  }

  /** Oracle: BigDecimal HALF_UP on the double's exact value, on seeded random values. */
  @Test
  void fixed_randomValues_matchBigDecimal() {
    Random rnd = new Random(11);
    for (int i = 0; i < 10_000; i++) {
      double v = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(9));
      int d = rnd.nextInt(4);
      BigDecimal exact =
          new BigDecimal(Math.abs(v) * Math.pow(10, d)).setScale(0, RoundingMode.HALF_UP);
      BigDecimal expected = exact.movePointLeft(d).setScale(d, RoundingMode.UNNECESSARY);
      String plain = NumberText.fixed(v, d).replace(",", "").replace("\u2212", "");
      assertThat(plain).as("%s at %d", v, d).isEqualTo(expected.toPlainString());
    }
  }
}
