package dev.rotor.analogs;

import java.util.Arrays;

/**
 * Non-overlapping selection of analog indices. Static and pure; indices are observation positions
 * and {@code exclusion} is a spacing in observations: two chosen indices {@code i < j} always have
 * {@code j - i >= exclusion}.
 */
final class Selection {

  private Selection() {}

  /**
   * Greedy by date: walks {@code match} from index {@code from} up to {@code toExclusive} and keeps
   * each matching index at least {@code exclusion} after the last kept one. In a run of matching
   * dates this keeps the first, then the first at least {@code exclusion} later, and so on.
   *
   * @return the kept indices, ascending
   */
  static int[] greedyByDate(boolean[] match, int from, int toExclusive, int exclusion) {
    requireExclusion(exclusion);
    int[] out = new int[Math.max(0, toExclusive - from)];
    int n = 0;
    for (int i = Math.max(0, from); i < toExclusive; i++) {
      if (match[i] && (n == 0 || i - out[n - 1] >= exclusion)) {
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Greedy by distance: takes {@code candidates} in ascending {@code distance} (ties: earlier index
   * first) and keeps a candidate when it is at least {@code exclusion} away from every index kept
   * so far, until {@code k} are kept. Candidates with a NaN distance are never kept.
   *
   * @param distance distance per observation index
   * @param candidates candidate indices (any order, no duplicates)
   * @return the kept indices, nearest first
   */
  static int[] greedyByDistance(double[] distance, int[] candidates, int k, int exclusion) {
    requireExclusion(exclusion);
    Integer[] order = new Integer[candidates.length];
    for (int c = 0; c < candidates.length; c++) {
      order[c] = candidates[c];
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byDistance = Double.compare(distance[a], distance[b]);
          return byDistance != 0 ? byDistance : Integer.compare(a, b);
        });
    int[] kept = new int[Math.min(k, candidates.length)];
    int n = 0;
    for (int c = 0; c < order.length && n < kept.length; c++) {
      int i = order[c];
      if (Double.isNaN(distance[i]) || !farFromAll(i, kept, n, exclusion)) {
        continue;
      }
      kept[n++] = i;
    }
    return Arrays.copyOf(kept, n);
  }

  private static boolean farFromAll(int i, int[] kept, int n, int exclusion) {
    for (int j = 0; j < n; j++) {
      if (Math.abs(i - kept[j]) < exclusion) {
        return false;
      }
    }
    return true;
  }

  private static void requireExclusion(int exclusion) {
    if (exclusion < 1) {
      throw new IllegalArgumentException("exclusion: " + exclusion + " is below 1");
    }
  }
}
