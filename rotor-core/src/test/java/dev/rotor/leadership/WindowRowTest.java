package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowRowTest {

  private static final SeriesId A = SeriesId.of("a");
  private static final SeriesId B = SeriesId.of("b");
  private static final LocalDate D1 = LocalDate.of(2024, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2024, 1, 3);

  private static WindowRow.Available row(Map<SeriesId, WindowReturn> returns) {
    PairComparison p =
        new PairComparison(
            SeriesPair.of(A, B),
            0.1,
            0.1,
            Optional.of(A),
            new SpreadHistory(1, D2, D2, 0.1, Double.NaN, Double.NaN, Double.NaN));
    return new WindowRow.Available(
        StandardWindow.ONE_WEEK, new ResolvedWindow("1w", D1, D2, 1), returns, List.of(p));
  }

  @Test
  void available_copiesReturnsKeepingOrder() {
    Map<SeriesId, WindowReturn> m = new LinkedHashMap<>();
    m.put(B, new WindowReturn(1, 1, 0, Double.NaN));
    m.put(A, new WindowReturn(1, 1.1, 0.1, Double.NaN));
    WindowRow.Available r = row(m);
    m.clear();
    assertThat(r.returns().keySet()).containsExactly(B, A);
    assertThat(r.returnOf(A).total()).isEqualTo(0.1);
    assertThat(r.pair(A, B).leader()).contains(A);
  }

  @Test
  void lookups_unknown_throwNamingArgument() {
    WindowRow.Available r = row(Map.of(A, new WindowReturn(1, 1, 0, Double.NaN)));
    assertThatThrownBy(() -> r.returnOf(B)).hasMessageStartingWith("id:");
    assertThatThrownBy(() -> r.pair(B, A)).hasMessageStartingWith("a/b:");
  }

  @Test
  void unavailable_keepsReason() {
    WindowRow u = new WindowRow.Unavailable(StandardWindow.TEN_YEARS, "too short");
    assertThat(u.window()).isEqualTo(StandardWindow.TEN_YEARS);
    assertThat(((WindowRow.Unavailable) u).reason()).isEqualTo("too short");
  }
}
