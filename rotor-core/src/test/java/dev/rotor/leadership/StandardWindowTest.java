package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

class StandardWindowTest {

  @Test
  void offset_calendarWindows_matchLabels() {
    assertThat(StandardWindow.ONE_WEEK.offset()).contains(Period.ofDays(7));
    assertThat(StandardWindow.ONE_MONTH.offset()).contains(Period.ofMonths(1));
    assertThat(StandardWindow.SIX_MONTHS.offset()).contains(Period.ofMonths(6));
    assertThat(StandardWindow.TEN_YEARS.offset()).contains(Period.ofYears(10));
    assertThat(StandardWindow.YTD.offset()).isEmpty();
    assertThat(StandardWindow.MAX.offset()).isEmpty();
  }

  @Test
  void multiYear_onlyThreeFiveTenYears() {
    for (StandardWindow w : StandardWindow.values()) {
      assertThat(w.multiYear())
          .as(w.label())
          .isEqualTo(
              w == StandardWindow.THREE_YEARS
                  || w == StandardWindow.FIVE_YEARS
                  || w == StandardWindow.TEN_YEARS);
    }
  }

  @Test
  void labels_declarationOrder_joined() {
    assertThat(StandardWindow.labels())
        .isEqualTo("ytd, mtd, qtd, 1w, 1m, 3m, 6m, 1y, 3y, 5y, 10y, max");
    assertThat(StandardWindow.THREE_MONTHS.toString()).isEqualTo("3m");
  }

  @Test
  void find_unknown_isEmpty() {
    assertThat(StandardWindow.find("2y")).isEmpty();
    assertThat(StandardWindow.find("10Y")).contains(StandardWindow.TEN_YEARS);
  }
}
