package dev.rotor.analogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectionTest {

  @Test
  void greedyByDate_handWorked_keepsFirstOfEachRunThenSpaces() {
    //               0      1     2     3     4      5     6      7     8     9
    boolean[] m = {false, true, true, true, false, true, false, false, true, true};
    // exclusion 3: keep 1; 2, 3 too close; 5 is 4 after 1 -> keep; 8 is 3 after 5 -> keep; 9 no.
    assertThat(Selection.greedyByDate(m, 0, m.length, 3)).containsExactly(1, 5, 8);
    // the range bounds candidates: from 2, to 8 exclusive
    assertThat(Selection.greedyByDate(m, 2, 8, 3)).containsExactly(2, 5);
    assertThat(Selection.greedyByDate(m, 0, m.length, 1)).containsExactly(1, 2, 3, 5, 8, 9);
    assertThat(Selection.greedyByDate(m, 5, 3, 3)).isEmpty();
  }

  @Test
  void greedyByDistance_handWorked_nearestFirstWithSpacing() {
    //                  0    1    2    3    4    5    6
    double[] d = {9.0, 0.4, 0.1, 0.3, 0.2, Double.NaN, 0.35};
    int[] candidates = {0, 1, 2, 3, 4, 5, 6};
    // order 2 (0.1), 4 (0.2), 3 (0.3), 6 (0.35), 1 (0.4), 0 (9); exclusion 2:
    // keep 2; 4 is 2 away -> keep; 3 is 1 from 2 -> skip; 6 is 2 from 4 -> keep.
    assertThat(Selection.greedyByDistance(d, candidates, 3, 2)).containsExactly(2, 4, 6);
    assertThat(Selection.greedyByDistance(d, candidates, 10, 2)).containsExactly(2, 4, 6, 0);
    assertThat(Selection.greedyByDistance(d, new int[] {5}, 3, 2)).isEmpty();
  }

  @Test
  void greedyByDistance_ties_earlierIndexFirst() {
    double[] d = {0.5, 0.5, 0.5};
    assertThat(Selection.greedyByDistance(d, new int[] {2, 1, 0}, 2, 1)).containsExactly(0, 1);
  }

  @Test
  void selections_randomInput_neverCloserThanExclusion() {
    Random rnd = new Random(17);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + rnd.nextInt(300);
      int exclusion = 1 + rnd.nextInt(30);
      boolean[] m = new boolean[n];
      double[] d = new double[n];
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        m[i] = rnd.nextDouble() < 0.3;
        d[i] = rnd.nextDouble();
        all[i] = i;
      }
      assertSpaced(Selection.greedyByDate(m, 0, n, exclusion), exclusion);
      int[] near = Selection.greedyByDistance(d, all, 1 + rnd.nextInt(20), exclusion);
      assertSpaced(near, exclusion);
      for (int j = 1; j < near.length; j++) {
        assertThat(d[near[j]]).isGreaterThanOrEqualTo(d[near[j - 1]]);
      }
      // nothing skipped could have been kept: every unkept index nearer than the last kept one
      // is within the exclusion of a kept index that is nearer still
      if (near.length > 0) {
        double lastKept = d[near[near.length - 1]];
        for (int i = 0; i < n; i++) {
          if (d[i] < lastKept && !contains(near, i)) {
            assertThat(hasNearerNeighbourKept(near, d, i, exclusion)).isTrue();
          }
        }
      }
    }
  }

  @Test
  void selections_exclusionBelowOne_throwNamingIt() {
    assertThatThrownBy(() -> Selection.greedyByDate(new boolean[1], 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("exclusion:");
    assertThatThrownBy(() -> Selection.greedyByDistance(new double[1], new int[] {0}, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("exclusion:");
  }

  private static void assertSpaced(int[] kept, int exclusion) {
    List<Integer> sorted = new ArrayList<>();
    for (int k : kept) {
      sorted.add(k);
    }
    sorted.sort(null);
    for (int j = 1; j < sorted.size(); j++) {
      assertThat(sorted.get(j) - sorted.get(j - 1)).isGreaterThanOrEqualTo(exclusion);
    }
  }

  private static boolean contains(int[] a, int x) {
    for (int v : a) {
      if (v == x) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNearerNeighbourKept(int[] kept, double[] d, int i, int exclusion) {
    for (int k : kept) {
      if (Math.abs(k - i) < exclusion && d[k] <= d[i]) {
        return true;
      }
    }
    return false;
  }
}
