package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

  /** Relative tolerance for values that pass through one decimal scaling. */
  private static final double REL = 1e-15;

  // Expected values are the decimal numbers the texts denote (read off by hand; the cell forms
  // are copied from the shared-data exports: iShares "1,532,594,919.50", Nasdaq "$130.19",
  // Finviz "286.86M" / "22.30%", pandas "1.5e-05").
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,532,594,919.50 | 1532594919.50",
        "-1,350,097,893.00 | -1350097893.00",
        "$130.19          | 130.19",
        "-$5.25           | -5.25",
        "$-5.25           | -5.25",
        "286.86M          | 286860000",
        "1.2B             | 1200000000",
        "2.45T            | 2450000000000",
        "197.11K          | 197110",
        "-36.70M          | -36700000",
        "0.00             | 0",
        "37407189487.00   | 37407189487",
        "1.5e-05          | 0.000015",
        "5.5e10           | 55000000000",
        "+7               | 7",
        ".5               | 0.5",
        "  12             | 12",
        "123              | 123",
        "1,000            | 1000"
      })
  void parse_amountText_givesValue(String cell, double expected) {
    assertThat(Amounts.parse(cell, false)).isCloseTo(expected, within(Math.abs(expected) * REL));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "22.30%  | 0.223",
        "22.30   | 0.223",
        "-1.50%  | -0.015",
        "1756.90%| 17.569",
        "0.00%   | 0",
        "79.548  | 0.79548",
        "1.93    | 0.0193"
      })
  void parse_percentText_givesFraction(String cell, double expected) {
    assertThat(Amounts.parse(cell, true)).isCloseTo(expected, within(Math.abs(expected) * REL));
  }

  @Test
  void parse_scaledText_equalsNearestDoubleOfDecimal() {
    // the Java literals are the doubles nearest the decimal values; 9.70 / 100 would instead give
    // 0.09699999999999999 (checked: /usr/bin/python3 -c "print(9.70/100)")
    assertThat(Amounts.parse("22.30%", true)).isEqualTo(0.223);
    assertThat(Amounts.parse("9.70%", true)).isEqualTo(0.097);
    assertThat(Amounts.parse("286.86M", false)).isEqualTo(286.86e6);
    assertThat(Amounts.parse("0.1K", false)).isEqualTo(100.0);
    assertThat(Amounts.parse("1.5e-3%", true)).isEqualTo(1.5e-5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "-", " - "})
  void parse_missingMarker_givesNaN(String cell) {
    assertThat(Amounts.parse(cell, false)).isNaN();
    assertThat(Amounts.parse(cell, true)).isNaN();
    assertThat(Amounts.isMissing(cell)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "1,23",
        "12,34,567",
        "1234,567",
        ",123",
        "1,,000",
        "1.",
        "1.2.3",
        "--5",
        "$",
        "+",
        "1e",
        "1e+",
        "5%",
        "5 M",
        "5m",
        "5MM",
        "1e400",
        "1e400M",
        "NaN",
        "Infinity",
        "0x10",
        "1e1234567",
        "1e-1234567",
        "1 000",
        "12-",
        "$$5",
        "9,99",
        "1,000.",
        "1.5B%"
      })
  void parse_malformedAmount_throws(String cell) {
    assertThatThrownBy(() -> Amounts.parse(cell, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"5M", "5%%", "%", "1e400%", "22.30 %", "abc%", "1,2%"})
  void parse_malformedPercent_throws(String cell) {
    assertThatThrownBy(() -> Amounts.parse(cell, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void amount_malformed_throwsImportExceptionNamingFileLineField(@TempDir Path tmp)
      throws IOException, ImportException {
    Path f = tmp.resolve("x.csv");
    Files.writeString(f, "a\nb\n");
    try (CsvReader r = CsvReader.open(f)) {
      r.readLine();
      r.readLine();
      assertThatThrownBy(() -> Amounts.amount(r, "Market Cap", "12x"))
          .isInstanceOfSatisfying(
              ImportException.class,
              e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.field()).isEqualTo("Market Cap");
                assertThat(e.file()).isEqualTo(f);
              });
      assertThatThrownBy(() -> Amounts.percent(r, "Sales Q/Q", "1e400%"))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("out of range");
      assertThat(Amounts.amount(r, "Market Cap", "1.5K")).isEqualTo(1500.0);
      assertThat(Amounts.percent(r, "Sales Q/Q", "-")).isNaN();
    }
  }

  @Test
  void parse_randomFormattedNumbers_roundTrip() {
    // invariant on seeded random data: a number printed with thousands separators or a dollar
    // sign parses back to the value its plain form gives; with a suffix, to the scaled value
    Random rnd = new Random(20260505L);
    for (int i = 0; i < 5_000; i++) {
      double x = (rnd.nextDouble() - 0.3) * Math.pow(10, rnd.nextInt(13));
      String plain = String.format(Locale.ROOT, "%.2f", x);
      double expected = Double.parseDouble(plain);
      String grouped = String.format(Locale.US, "%,.2f", x);
      assertThat(Amounts.parse(grouped, false)).as(grouped).isEqualTo(expected);
      String dollar = expected < 0 ? "-$" + plain.substring(1) : "$" + plain;
      assertThat(Amounts.parse(dollar, false)).as(dollar).isEqualTo(expected);
      // a suffix or percent shifts the decimal value: within 2 ulps of the twice-rounded double
      double mega = Amounts.parse(plain + "M", false);
      assertThat(mega).as(plain + "M").isCloseTo(expected * 1e6, within(2 * Math.ulp(mega)));
      double pct = Amounts.parse(plain + "%", true);
      assertThat(pct).as(plain + "%").isCloseTo(expected / 100.0, within(2 * Math.ulp(pct)));
      assertThat(Amounts.parse(plain, true)).isEqualTo(pct);
    }
  }
}
