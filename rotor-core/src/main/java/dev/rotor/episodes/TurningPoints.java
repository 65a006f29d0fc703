package dev.rotor.episodes;

import dev.rotor.series.DateSeries;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Dates the peaks and troughs of a positive line (typically a relative-strength line {@code small /
 * large}) with a turning-point algorithm of the Bry-Boschan (1971) family as adapted to equity
 * prices by Pagan and Sossounov (2003), with a minimum-amplitude rule in the spirit of Lunde and
 * Timmermann (2004). No smoothing is applied.
 *
 * <ol>
 *   <li><b>Candidates.</b> Observation {@code t} is a candidate peak when its value is strictly
 *       higher than every value in the {@code window} observations before it, at least as high as
 *       every value in the {@code window} observations after it, and strictly higher than at least
 *       one of them (the first observation of a plateau is the candidate; a flat window has none).
 *       Troughs mirror this. Near the ends the window is cut to the sample.
 *   <li><b>Alternation.</b> Of two candidate peaks in a row the higher is kept (the earlier on a
 *       tie); of two troughs in a row the lower.
 *   <li><b>Censoring</b>, repeated until nothing changes:
 *       <ol type="a">
 *         <li>Ends: the first turning point must be strictly more extreme than every earlier value
 *             (a peak higher, a trough lower), the last at least as extreme as every later value; a
 *             turning point fewer than {@code endExclusion} periods from an end must also move by
 *             at least {@code minAmplitude} against that end's value (a peak near the start at
 *             least {@code +minAmplitude} above the first value; a peak near the end at least
 *             {@code minAmplitude} above the last value, i.e. {@code last / peak - 1 <=
 *             -minAmplitude}). A failing end point is removed, which keeps alternation.
 *         <li>Phases and cycles: a phase (consecutive turning points) breaks the rules when its
 *             relative move has the wrong sign or is smaller than {@code minAmplitude}, or when it
 *             lasts fewer than {@code minPhase} periods and its move is smaller than {@code
 *             phaseExemption}; both phases of a cycle (peak to peak or trough to trough) shorter
 *             than {@code minCycle} break the rules. Among the offending phases the one with the
 *             smallest signed amplitude {@code ln(peak / trough)} is taken; from there the search
 *             moves to a neighbouring phase while that neighbour's amplitude is smaller; both
 *             turning points of the phase reached are removed. Removing a phase no larger than its
 *             neighbours keeps the higher of the two surrounding peaks and the lower of the two
 *             surrounding troughs, like the alternation rule, and keeps alternation.
 *       </ol>
 * </ol>
 *
 * <p>Every output satisfies alternation, the window rule, and all censoring rules. The dating is
 * invariant to multiplying the line by a positive constant. Fewer than two observations give no
 * turning points. The full statement, parameters and references are in {@code
 * docs/conventions-episodes.md}.
 */
public final class TurningPoints {

  private TurningPoints() {}

  /**
   * The turning points of {@code line} under {@code rules}, in date order.
   *
   * @throws IllegalArgumentException when a value of the line is not greater than 0
   */
  public static List<TurningPoint> date(DateSeries line, TurningPointRules rules) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(rules, "rules");
    double[] x = line.values();
    Turns turns = find(x, rules);
    List<TurningPoint> out = new ArrayList<>(turns.size());
    for (int k = 0; k < turns.size(); k++) {
      int t = turns.index(k);
      out.add(new TurningPoint(t, line.dateAt(t), x[t], turns.kind(k)));
    }
    return List.copyOf(out);
  }

  /**
   * The kernel: turning points of {@code x} (all values greater than 0) under {@code rules}.
   *
   * @throws IllegalArgumentException when a value is not finite and greater than 0
   */
  static Turns find(double[] x, TurningPointRules rules) {
    int n = x.length;
    for (int i = 0; i < n; i++) {
      if (!(x[i] > 0) || Double.isInfinite(x[i])) {
        throw new IllegalArgumentException(
            "line: value " + x[i] + " at index " + i + " is not finite and > 0");
      }
    }
    Turns turns = alternate(x, candidates(x, rules.window()));
    Censor censor = new Censor(x, rules);
    boolean changed = true;
    while (changed) {
      changed = censor.ends(turns);
      if (!changed) {
        changed = censor.weakestPhase(turns);
      }
    }
    return turns;
  }

  /** Candidate turning points in index order (step 1), before alternation. */
  static Turns candidates(double[] x, int w) {
    int n = x.length;
    double[] leftMax = trailing(x, w, true, false);
    double[] leftMin = trailing(x, w, false, false);
    double[] rightMax = trailing(x, w, true, true);
    double[] rightMin = trailing(x, w, false, true);
    Turns c = new Turns(n);
    for (int t = 0; t < n; t++) {
      double v = x[t];
      double lowest = Math.min(leftMin[t], rightMin[t]);
      double highest = Math.max(leftMax[t], rightMax[t]);
      if (v > leftMax[t] && v >= rightMax[t] && lowest < v) {
        c.add(t, true);
      } else if (v < leftMin[t] && v <= rightMin[t] && highest > v) {
        c.add(t, false);
      }
    }
    return c;
  }

  /**
   * Running extreme over the {@code w} neighbours on one side of each observation, in O(n) with a
   * monotonic deque: {@code out[t]} is the max (or min) of {@code x[t-w..t-1]} (or {@code
   * x[t+1..t+w]} when {@code after}), and -Infinity (+Infinity for min) when there is none.
   */
  private static double[] trailing(double[] x, int w, boolean max, boolean after) {
    int n = x.length;
    double[] out = new double[n];
    ArrayDeque<Integer> deque = new ArrayDeque<>();
    for (int step = 0; step < n; step++) {
      int t = after ? n - 1 - step : step;
      while (!deque.isEmpty() && Math.abs(deque.peekFirst() - t) > w) {
        deque.pollFirst();
      }
      out[t] =
          deque.isEmpty()
              ? (max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
              : x[deque.peekFirst()];
      while (!deque.isEmpty()
          && (max ? x[deque.peekLast()] <= x[t] : x[deque.peekLast()] >= x[t])) {
        deque.pollLast();
      }
      deque.addLast(t);
    }
    return out;
  }

  /** Step 2: of consecutive candidates of one kind keep the more extreme (the earlier on a tie). */
  private static Turns alternate(double[] x, Turns c) {
    Turns out = new Turns(c.size());
    for (int k = 0; k < c.size(); k++) {
      int t = c.index(k);
      boolean peak = c.isPeak(k);
      int last = out.size() - 1;
      if (last >= 0 && out.isPeak(last) == peak) {
        double kept = x[out.index(last)];
        if (peak ? x[t] > kept : x[t] < kept) {
          out.replaceLast(t);
        }
      } else {
        out.add(t, peak);
      }
    }
    return out;
  }

  /** Step 3: the censoring rules, on precomputed prefix and suffix extremes. */
  private static final class Censor {
    private final double[] x;
    private final TurningPointRules rules;
    private final double[] beforeMax;
    private final double[] beforeMin;
    private final double[] afterMax;
    private final double[] afterMin;

    Censor(double[] x, TurningPointRules rules) {
      this.x = x;
      this.rules = rules;
      int n = x.length;
      beforeMax = trailing(x, n, true, false);
      beforeMin = trailing(x, n, false, false);
      afterMax = trailing(x, n, true, true);
      afterMin = trailing(x, n, false, true);
    }

    /** Rule 3a: removes failing end points; true when something was removed. */
    boolean ends(Turns turns) {
      boolean removed = false;
      while (turns.size() > 0 && !firstHolds(turns.index(0), turns.isPeak(0))) {
        turns.removeRange(0, 1);
        removed = true;
      }
      while (turns.size() > 0
          && !lastHolds(turns.index(turns.size() - 1), turns.isPeak(turns.size() - 1))) {
        turns.removeRange(turns.size() - 1, 1);
        removed = true;
      }
      return removed;
    }

    private boolean firstHolds(int t, boolean peak) {
      if (t == 0 || !(peak ? x[t] > beforeMax[t] : x[t] < beforeMin[t])) {
        return false;
      }
      return t >= rules.endExclusion() || movesEnough(x[0], x[t], peak);
    }

    private boolean lastHolds(int t, boolean peak) {
      int n = x.length;
      if (t == n - 1 || !(peak ? x[t] >= afterMax[t] : x[t] <= afterMin[t])) {
        return false;
      }
      return n - 1 - t >= rules.endExclusion() || movesEnough(x[t], x[n - 1], !peak);
    }

    /** True when the move from {@code from} to {@code to} is a rise (a fall) of minAmplitude. */
    private boolean movesEnough(double from, double to, boolean rise) {
      double move = to / from - 1;
      return rise
          ? move > 0 && move >= rules.minAmplitude()
          : move < 0 && move <= -rules.minAmplitude();
    }

    /** Rule 3b: removes the weakest offending phase; true when something was removed. */
    boolean weakestPhase(Turns turns) {
      int m = turns.size();
      if (m < 2) {
        return false;
      }
      double[] amp = new double[m - 1];
      boolean[] bad = new boolean[m - 1];
      for (int k = 0; k < m - 1; k++) {
        int a = turns.index(k);
        int b = turns.index(k + 1);
        boolean rise = turns.isPeak(k + 1);
        amp[k] = rise ? Math.log(x[b] / x[a]) : Math.log(x[a] / x[b]);
        double move = x[b] / x[a] - 1;
        bad[k] =
            !movesEnough(x[a], x[b], rise)
                || (b - a < rules.minPhase() && !(Math.abs(move) >= rules.phaseExemption()));
      }
      for (int k = 0; k + 2 < m; k++) {
        if (turns.index(k + 2) - turns.index(k) < rules.minCycle()) {
          bad[k] = true;
          bad[k + 1] = true;
        }
      }
      int k = -1;
      for (int j = 0; j < m - 1; j++) {
        if (bad[j] && (k < 0 || amp[j] < amp[k])) {
          k = j;
        }
      }
      if (k < 0) {
        return false;
      }
      while (true) {
        double left = k > 0 ? amp[k - 1] : Double.POSITIVE_INFINITY;
        double right = k < m - 2 ? amp[k + 1] : Double.POSITIVE_INFINITY;
        if (left < amp[k] && left <= right) {
          k--;
        } else if (right < amp[k]) {
          k++;
        } else {
          break;
        }
      }
      turns.removeRange(k, 2);
      return true;
    }
  }

  /** A growable list of turning points as parallel primitive arrays (index, peak flag). */
  static final class Turns {
    private int[] index;
    private boolean[] peak;
    private int size;

    Turns(int capacity) {
      index = new int[Math.max(capacity, 1)];
      peak = new boolean[Math.max(capacity, 1)];
    }

    int size() {
      return size;
    }

    int index(int k) {
      return index[k];
    }

    boolean isPeak(int k) {
      return peak[k];
    }

    TurningPointKind kind(int k) {
      return peak[k] ? TurningPointKind.PEAK : TurningPointKind.TROUGH;
    }

    void add(int t, boolean isPeak) {
      index[size] = t;
      peak[size] = isPeak;
      size++;
    }

    void replaceLast(int t) {
      index[size - 1] = t;
    }

    void removeRange(int from, int count) {
      System.arraycopy(index, from + count, index, from, size - from - count);
      System.arraycopy(peak, from + count, peak, from, size - from - count);
      size -= count;
    }
  }
}
