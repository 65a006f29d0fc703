package dev.rotor.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleDatesTest {

  @Test
  void find_linkIdMmddyy_isLinkCandidate() {
    List<DateCandidate> c =
        ArticleDates.find(
            "Read more at [ https://example.com/live/markets-today-010726/card/x ]",
            Optional.empty());
    assertThat(c)
        .extracting(DateCandidate::date, DateCandidate::origin)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 7), DateOrigin.LINK_ID));
  }

  @Test
  void find_invalidLinkId_ignored() {
    assertThat(ArticleDates.find("see https://example.com/story-139926/x", Optional.empty()))
        .isEmpty();
  }

  @Test
  void find_yearMonthDayPath_isLinkCandidate() {
    assertThat(ArticleDates.find("https://example.com/2024/03/15/stocks", Optional.empty()))
        .extracting(DateCandidate::date)
        .containsExactly(LocalDate.of(2024, 3, 15));
  }

  @Test
  void find_dateline_isDatelineAndText() {
    List<DateCandidate> c =
        ArticleDates.find("CHICAGO, Sept. 5, 2023 - Stocks rose.", Optional.empty());
    assertThat(c)
        .extracting(DateCandidate::origin)
        .containsExactly(DateOrigin.DATELINE, DateOrigin.TEXT);
    assertThat(c).extracting(DateCandidate::date).containsOnly(LocalDate.of(2023, 9, 5));
  }

  @Test
  void find_monthDayWithoutYear_takesMostNamedYear() {
    String t =
        "Stocks began 2021 well. In 2021 the rally held. Since 2020 rates fell. On March 3rd stocks fell.";
    assertThat(ArticleDates.find(t, Optional.empty()))
        .extracting(DateCandidate::date, DateCandidate::origin)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 3, 3), DateOrigin.TEXT));
  }

  @Test
  void find_russell2000_isNotAYear() {
    assertThat(ArticleDates.find("The Russell 2000 rose on June 4th.", Optional.empty())).isEmpty();
  }

  @Test
  void find_asOf_comesFirst() {
    List<DateCandidate> c =
        ArticleDates.find("Stocks rose on January 5, 2024.", Optional.of(LocalDate.of(2024, 2, 1)));
    assertThat(c)
        .extracting(DateCandidate::origin)
        .containsExactly(DateOrigin.ASOF, DateOrigin.TEXT);
  }

  @Test
  void linkId_valid_parsesMmddyy() {
    assertThat(ArticleDates.linkId("123125")).contains(LocalDate.of(2025, 12, 31));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345", "1234567", "12a456"})
  void linkId_notSixDigits_throws(String bad) {
    assertThatThrownBy(() -> ArticleDates.linkId(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digits");
  }

  @Test
  void month_abbreviations_resolve() {
    assertThat(ArticleDates.month("Sept.")).contains(Month.SEPTEMBER);
    assertThat(ArticleDates.month("jan")).contains(Month.JANUARY);
    assertThat(ArticleDates.month("Foo")).isEmpty();
  }

  @Test
  void find_null_throws() {
    assertThatThrownBy(() -> ArticleDates.find(null, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
