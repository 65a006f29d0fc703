package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CorrelationMatrixTest {

  private static final List<SeriesId> IDS = List.of(SeriesId.of("IWM"), SeriesId.of("SPY"));
  private static final double[][] M = {{1, 0.8}, {0.8, 1}};

  @Test
  void get_byIndexAndId_readsTheMatrix() {
    CorrelationMatrix c = new CorrelationMatrix(IDS, M, Frequency.WEEKLY, 100);
    assertThat(c.get(0, 1)).isEqualTo(0.8);
    assertThat(c.get(SeriesId.of("SPY"), SeriesId.of("IWM"))).isEqualTo(0.8);
    assertThat(c.size()).isEqualTo(2);
    assertThatThrownBy(() -> c.get(SeriesId.of("QQQ"), SeriesId.of("IWM")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a:");
  }

  @Test
  void values_areCopiedInAndOut() {
    double[][] m = {{1, 0.8}, {0.8, 1}};
    CorrelationMatrix c = new CorrelationMatrix(IDS, m, Frequency.WEEKLY, 100);
    m[0][1] = 0;
    c.values()[0][1] = 0;
    assertThat(c.get(0, 1)).isEqualTo(0.8);
    assertThat(c).isEqualTo(new CorrelationMatrix(IDS, M, Frequency.WEEKLY, 100));
    assertThat(c.hashCode())
        .isEqualTo(new CorrelationMatrix(IDS, M, Frequency.WEEKLY, 100).hashCode());
    assertThat(c.toString()).contains("weekly");
  }

  @Test
  void nanEntries_areAllowed() {
    double[][] m = {{Double.NaN, Double.NaN}, {Double.NaN, 1}};
    assertThat(new CorrelationMatrix(IDS, m, Frequency.DAILY, 1).get(0, 1)).isNaN();
  }

  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of(null, M, Frequency.DAILY, 1, "ids"),
        Arguments.of(IDS, null, Frequency.DAILY, 1, "values"),
        Arguments.of(IDS, M, null, 1, "frequency"),
        Arguments.of(IDS, new double[][] {{1}}, Frequency.DAILY, 1, "values"),
        Arguments.of(IDS, new double[][] {{1, 0}, {0}}, Frequency.DAILY, 1, "values"),
        Arguments.of(IDS, new double[][] {{1, 1.5}, {1.5, 1}}, Frequency.DAILY, 1, "values"),
        Arguments.of(IDS, M, Frequency.DAILY, -1, "observations"));
  }

  @ParameterizedTest
  @MethodSource("bad")
  void constructor_badArguments_throwNamingThem(
      List<SeriesId> ids, double[][] v, Frequency f, int n, String name) {
    assertThatThrownBy(() -> new CorrelationMatrix(ids, v, f, n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + ":");
  }
}
