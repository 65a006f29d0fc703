package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteCellsTest {

  private static double decimal(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return ByteCells.plainDecimal(b, 0, b.length);
  }

  private static int day(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return ByteCells.epochDay(b, 0, b.length);
  }

  /** Oracle: Double.parseDouble, the JDK's correctly rounded decimal conversion. */
  @Test
  void plainDecimal_seededRandomPlainDecimals_equalDoubleParseDouble() {
    Random rnd = new Random(5);
    for (int i = 0; i < 200_000; i++) {
      long unscaled = rnd.nextLong() % (1L << (1 + rnd.nextInt(53)));
      String t = BigDecimal.valueOf(unscaled, rnd.nextInt(19)).toPlainString();
      if (rnd.nextInt(10) == 0) {
        t = t.startsWith("-") ? t : "+" + t;
      }
      double got = decimal(t);
      if (t.replaceAll("[^0-9]", "").length() <= 18) {
        assertThat(got).as(t).isEqualTo(Double.parseDouble(t));
      } else {
        assertThat(got).as(t).isNaN();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        "+",
        ".",
        "1e5",
        "1E5",
        "abc",
        "1.2.3",
        "1,5",
        " 1",
        "1 ",
        "NaN",
        "0x10",
        "1234567890123456789",
        "9007199254740993",
        "1.5d",
        "--1"
      })
  void plainDecimal_otherShapes_giveNaN(String text) {
    assertThat(decimal(text)).isNaN();
  }

  /** Oracle: java.time.LocalDate (proleptic ISO calendar). */
  @Test
  void epochDay_seededRandomDates_equalLocalDate() {
    Random rnd = new Random(3);
    DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
    for (int i = 0; i < 100_000; i++) {
      // years 0000..9999
      LocalDate d = LocalDate.ofEpochDay(rnd.nextInt(3_652_425) - 719_528);
      assertThat(ByteCells.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
          .as(d.toString())
          .isEqualTo(d.toEpochDay());
      assertThat(day(d.toString())).as(d.toString()).isEqualTo(d.toEpochDay());
      assertThat(day(d.format(basic))).as(d.toString()).isEqualTo(d.toEpochDay());
    }
  }

  @Test
  void lengthOfMonth_everyMonthOfFourCenturies_equalsYearMonth() {
    for (int y = 1600; y < 2400; y++) {
      for (int m = 1; m <= 12; m++) {
        assertThat(ByteCells.lengthOfMonth(y, m)).isEqualTo(YearMonth.of(y, m).lengthOfMonth());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29",
        "1900-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-01-00",
        "2024-04-31",
        "2024-1-01",
        "24-01-01",
        "2024/01/01",
        "2024-01-01X",
        "abcdefgh",
        "2024-0a-01",
        "",
        "2024-01-1",
        "-2024-01-01",
        "20241301"
      })
  void epochDay_invalidText_givesNotADate(String text) {
    assertThat(day(text)).isEqualTo(ByteCells.NOT_A_DATE);
  }

  @Test
  void epochDay_timeSuffix_isIgnored() {
    assertThat(day("2024-02-29 16:00:00")).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
    assertThat(day("2024-02-29T00:00Z")).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
  }
}
