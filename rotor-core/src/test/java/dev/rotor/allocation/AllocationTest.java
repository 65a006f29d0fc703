package dev.rotor.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.SeriesId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static final List<SeriesId> IDS = List.of(SeriesId.of("A"), SeriesId.of("B"));

  private static Allocation allocation(double[] w) {
    return new Allocation(
        AllocationMethod.EQUAL_WEIGHT,
        IDS,
        w,
        0.07,
        0.1,
        0.02,
        0.5,
        1.2,
        new double[] {0.04, 0.06});
  }

  @Test
  void weight_byId_readsTheVector() {
    Allocation a = allocation(new double[] {0.3, 0.7});
    assertThat(a.weight(SeriesId.of("B"))).isEqualTo(0.7);
    assertThatThrownBy(() -> a.weight(SeriesId.of("C")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("id:");
  }

  @Test
  void arrays_areCopiedAndCompared() {
    double[] w = {0.3, 0.7};
    Allocation a = allocation(w);
    w[0] = 9;
    a.weights()[0] = 9;
    a.riskContributions()[0] = 9;
    assertThat(a.weights()).containsExactly(0.3, 0.7);
    assertThat(a.riskContributions()).containsExactly(0.04, 0.06);
    assertThat(a).isEqualTo(allocation(new double[] {0.3, 0.7}));
    assertThat(a.hashCode()).isEqualTo(allocation(new double[] {0.3, 0.7}).hashCode());
    assertThat(a).isNotEqualTo(allocation(new double[] {0.5, 0.5}));
    assertThat(a.toString()).contains("EQUAL_WEIGHT");
  }

  @Test
  void constructor_mismatchedShapes_throwNamingThem() {
    assertThatThrownBy(() -> allocation(new double[] {1.0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("weights:");
    assertThatThrownBy(
            () -> new Allocation(null, null, new double[0], 0, 0, 0, 0, 0, new double[0]))
        .hasMessageStartingWith("ids:");
  }
}
