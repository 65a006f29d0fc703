package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodParserTest {

  private static final LocalDate AT = LocalDate.of(2024, 5, 15);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Small caps are up since the start of the year.|2023-12-31|2024-05-15",
        "Year-to-date the index gained.|2023-12-31|2024-05-15",
        "Small caps rallied so far this year.|2023-12-31|2024-05-15",
        "Stocks climbed since late October.|2023-10-21|2024-05-15",
        "Stocks climbed since mid-March.|2024-03-11|2024-05-15",
        "Stocks climbed since early May.|2024-05-01|2024-05-15",
        "Stocks climbed since March 3.|2024-03-03|2024-05-15",
        "Stocks fell from January through April 8.|2023-12-31|2024-04-08",
        "Stocks fell through April 8, 2023.|2022-12-31|2023-04-08",
        "The surge follows the late 2023 performance.|2023-08-31|2023-12-31",
        "Stocks wobbled in mid-2022.|2022-04-30|2022-08-31",
        "Bonds sank in early 2022.|2021-12-31|2022-04-30",
        "The market kicked off 2024 with a trend.|2023-12-31|2024-05-15",
        "The market kicked off 2023 with a trend.|2022-12-31|2023-01-31",
        "Tech dominated throughout much of 2023.|2022-12-31|2023-12-31",
        "Small caps lagged in 2022.|2021-12-31|2022-12-31",
        "Small Caps Lead 2024 Rally|2023-12-31|2024-05-15",
        "Stocks rose over the month.|2024-04-15|2024-05-15",
        "Stocks rose over the past week.|2024-05-08|2024-05-15",
        "Stocks rose over the past year.|2023-05-15|2024-05-15",
        "Stocks rose in July.|2023-06-30|2023-07-31",
        "Stocks rose in May.|2024-04-30|2024-05-15",
        "Stocks rose in July 2022.|2022-06-30|2022-07-31"
      })
  void parse_phrase_resolvesAgainstArticleDate(String sentence, LocalDate base, LocalDate end) {
    Period p = PeriodParser.parse(sentence, AT).orElseThrow();
    assertThat(p.base()).isEqualTo(base);
    assertThat(p.end()).isEqualTo(end);
  }

  @Test
  void parse_russell2000_isNotAYear() {
    assertThat(PeriodParser.parse("The Russell 2000 outpaced the S&P 500.", AT)).isEmpty();
  }

  @Test
  void parse_noPeriod_empty() {
    assertThat(PeriodParser.parse("Small caps are volatile.", AT)).isEmpty();
  }

  @Test
  void yearToDate_basesOnPreviousYearEnd() {
    Period p = PeriodParser.yearToDate(AT);
    assertThat(p.base()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(p.end()).isEqualTo(AT);
  }

  @Test
  void parse_nullArguments_throw() {
    assertThatThrownBy(() -> PeriodParser.parse(null, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentence");
    assertThatThrownBy(() -> PeriodParser.parse("x", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("articleDate");
  }
}
