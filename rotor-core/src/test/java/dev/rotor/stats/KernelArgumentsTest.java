package dev.rotor.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KernelArgumentsTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 99})
  void requireFinite_badValueAtAnyIndex_namesTheFirstOne(int index) {
    // Lengths 100 and the four-way scan: every position, including the tail, is checked.
    double[] x = new double[100];
    x[index] = Double.NaN;
    x[99] = Double.POSITIVE_INFINITY;

    assertThatThrownBy(() -> KernelArguments.requireFinite(x, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("x: " + x[index] + " at index " + index + " ");
  }

  @Test
  void requireFinite_finiteExtremes_pass() {
    double[] x = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 0, 1e300};

    assertThatCode(() -> KernelArguments.requireFinite(x, "x")).doesNotThrowAnyException();
  }

  @Test
  void requireFinite_null_throwsNamingIt() {
    assertThatThrownBy(() -> KernelArguments.requireFinite(null, "y"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("y");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1})
  void requireWindow_belowMinimum_throwsNamingIt(int window) {
    assertThatThrownBy(() -> KernelArguments.requireWindow(window, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window: " + window + " must be at least 2");
  }

  @Test
  void requireSameLength_differentLengths_throwsNamingBoth() {
    assertThatThrownBy(
            () -> KernelArguments.requireSameLength(new double[2], "y", new double[3], "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("y: length 2 differs from x: length 3");
  }

  @Test
  void output_shortAndLongSeries_fillsOnlyTheWarmUp() {
    assertThat(KernelArguments.output(5, 3)).containsExactly(Double.NaN, Double.NaN, 0, 0, 0);
    assertThat(KernelArguments.output(2, 3)).containsExactly(Double.NaN, Double.NaN);
    assertThat(KernelArguments.output(2, Integer.MAX_VALUE)).containsOnly(Double.NaN);
    assertThat(KernelArguments.output(0, 3)).isEmpty();
  }
}
