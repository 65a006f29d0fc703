package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowTest {

  @Test
  void parse_everyStandardLabel_roundTrips() {
    for (StandardWindow w : StandardWindow.values()) {
      assertThat(Window.parse(w.label())).isSameAs(w);
      assertThat(Window.parse(" " + w.label().toUpperCase() + " ")).isSameAs(w);
    }
  }

  @Test
  void parse_explicitRange_givesExplicitWindow() {
    assertThat(Window.parse("2024-01-01..2024-03-31"))
        .isEqualTo(new ExplicitWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
    assertThat(Window.parse("2024-01-01..2024-03-31").label()).isEqualTo("2024-01-01..2024-03-31");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2m", "y", "1 y", "ytdd", "max5", "2024-13-01..2024-12-31", "..x"})
  void parse_unknownLabel_throwsListingValidLabels(String text) {
    assertThatThrownBy(() -> Window.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("window:");
  }

  @Test
  void parse_unknownLabel_messageListsLabels() {
    assertThatThrownBy(() -> Window.parse("2m"))
        .hasMessageContaining("ytd, mtd, qtd, 1w, 1m, 3m, 6m, 1y, 3y, 5y, 10y, max")
        .hasMessageContaining("FROM..TO");
  }

  @Test
  void parse_rangeEndingBeforeStart_throwsNamingTo() {
    assertThatThrownBy(() -> Window.parse("2024-03-01..2024-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("to:");
  }

  @Test
  void parseList_commaSeparated_keepsOrder() {
    assertThat(Window.parseList("ytd, 1m,,max"))
        .containsExactly(StandardWindow.YTD, StandardWindow.ONE_MONTH, StandardWindow.MAX);
    assertThatThrownBy(() -> Window.parseList(" , "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("windows:");
  }

  /** Dates: Fri 2024-01-26, Mon 01-29, Wed 01-31, Thu 02-01; as-of Sat 02-03 uses 02-01. */
  private static final LocalDate[] DATES = {
    LocalDate.of(2023, 12, 29),
    LocalDate.of(2024, 1, 26),
    LocalDate.of(2024, 1, 29),
    LocalDate.of(2024, 1, 31),
    LocalDate.of(2024, 2, 1)
  };

  @Test
  void resolve_weekendAsOf_usesLastDateAndRule() {
    LocalDate sat = LocalDate.of(2024, 2, 3);
    // 1w: limit 2024-02-01 - 7 = 01-25, last date on or before: 2023-12-29; 4 periods
    assertThat(StandardWindow.ONE_WEEK.resolve(DATES, sat))
        .contains(
            new ResolvedWindow("1w", LocalDate.of(2023, 12, 29), LocalDate.of(2024, 2, 1), 4));
    // mtd: last close of January
    assertThat(StandardWindow.MTD.resolve(DATES, sat).orElseThrow().start())
        .isEqualTo(LocalDate.of(2024, 1, 31));
    // ytd: last close of 2023
    assertThat(StandardWindow.YTD.resolve(DATES, sat).orElseThrow().periods()).isEqualTo(4);
  }

  @Test
  void resolve_tooLittleData_isEmpty() {
    assertThat(StandardWindow.ONE_MONTH.resolve(DATES, LocalDate.of(2024, 1, 26))).isEmpty();
    assertThat(StandardWindow.MAX.resolve(DATES, LocalDate.of(2023, 12, 29))).isEmpty();
    assertThat(StandardWindow.YTD.resolve(DATES, LocalDate.of(2023, 1, 1))).isEmpty();
    assertThat(
            Window.between(LocalDate.of(2024, 1, 30), LocalDate.of(2024, 1, 30))
                .resolve(DATES, LocalDate.MAX))
        .isEmpty();
  }

  @Test
  void resolve_series_usesItsDates() {
    DateSeries s = DateSeries.of(DATES, new double[] {1, 2, 3, 4, 5});
    assertThat(StandardWindow.MAX.resolve(s, LocalDate.of(2024, 1, 30)))
        .contains(new ResolvedWindow("max", DATES[0], DATES[2], 2));
  }

  @Test
  void resolve_unsortedDates_throwsNamingDates() {
    LocalDate[] bad = {DATES[1], DATES[0]};
    assertThatThrownBy(() -> StandardWindow.MAX.resolve(bad, DATES[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dates:");
  }
}
