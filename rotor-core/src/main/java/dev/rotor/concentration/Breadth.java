package dev.rotor.concentration;

import dev.rotor.series.DateSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Market breadth from a panel of closes: per date, the share of names above their trailing 50- and
 * 200-observation simple moving averages, and an advance/decline line.
 *
 * <p>The panel calendar is the union of all names' dates. A name counts on a date only if it has a
 * close on that date; its average is over its own last N closes (gaps skipped), so it needs at
 * least N closes up to and including the date. "Above" is strictly greater; a close within a
 * relative 1e-12 of its average counts as equal (rounded prices often tie exactly). A name advances
 * (declines) when its close is above (below) its close on the previous panel date; a name without a
 * close on either date is neither.
 */
public final class Breadth {

  /** Fixed survivorship statement carried by every {@link BreadthResult}. */
  public static final String SURVIVORSHIP_NOTE =
      "Survivorship bias: the panel holds only names still listed in 2026; names delisted,"
          + " acquired or bankrupt earlier are missing, which flatters past breadth.";

  /** Short moving-average length, in observations. */
  public static final int SHORT_WINDOW = 50;

  /** Long moving-average length, in observations. */
  public static final int LONG_WINDOW = 200;

  /** Relative gap below which the running-sum average is re-checked by direct summation. */
  private static final double NEAR_TIE = 1e-9;

  /** Relative gap within which a close and its average count as equal (rounding noise). */
  private static final double TIE = 1e-12;

  private Breadth() {}

  /**
   * Breadth over panel dates in {@code [from, to]} (history before {@code from} feeds the
   * averages).
   *
   * @param closes close levels by ticker
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static BreadthResult of(Map<String, DateSeries> closes, LocalDate from, LocalDate to) {
    Objects.requireNonNull(closes, "closes");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: must not be before from");
    }
    TreeSet<LocalDate> all = new TreeSet<>();
    for (DateSeries s : closes.values()) {
      for (LocalDate d : s.dates()) {
        if (!d.isAfter(to)) {
          all.add(d);
        }
      }
    }
    LocalDate[] cal = all.toArray(new LocalDate[0]);
    int n = cal.length;
    int[] above50 = new int[n];
    int[] elig50 = new int[n];
    int[] above200 = new int[n];
    int[] elig200 = new int[n];
    int[] adv = new int[n];
    int[] dec = new int[n];
    for (DateSeries s : closes.values()) {
      accumulate(s, cal, above50, elig50, above200, elig200, adv, dec);
    }
    int first = Arrays.binarySearch(cal, from);
    first = first >= 0 ? first : -first - 1;
    List<BreadthDay> days = new ArrayList<>();
    long line = 0;
    for (int t = first; t < n; t++) {
      line += adv[t] - dec[t];
      days.add(
          new BreadthDay(
              cal[t],
              above50[t],
              elig50[t],
              share(above50[t], elig50[t]),
              above200[t],
              elig200[t],
              share(above200[t], elig200[t]),
              adv[t],
              dec[t],
              line));
    }
    return new BreadthResult(closes.size(), days, SURVIVORSHIP_NOTE);
  }

  private static void accumulate(
      DateSeries s,
      LocalDate[] cal,
      int[] above50,
      int[] elig50,
      int[] above200,
      int[] elig200,
      int[] adv,
      int[] dec) {
    double[] v = s.values();
    LocalDate[] d = s.dates();
    double[] prefix = new double[v.length + 1];
    for (int i = 0; i < v.length; i++) {
      prefix[i + 1] = prefix[i] + v[i];
    }
    int prevCal = -2;
    for (int i = 0; i < v.length; i++) {
      int t = Arrays.binarySearch(cal, d[i]);
      if (t < 0) {
        break; // after `to`
      }
      count(v, prefix, i, SHORT_WINDOW, t, above50, elig50);
      count(v, prefix, i, LONG_WINDOW, t, above200, elig200);
      if (i > 0 && prevCal == t - 1) {
        if (v[i] > v[i - 1]) {
          adv[t]++;
        } else if (v[i] < v[i - 1]) {
          dec[t]++;
        }
      }
      prevCal = t;
    }
  }

  private static void count(
      double[] v, double[] prefix, int i, int window, int t, int[] above, int[] eligible) {
    if (i + 1 < window) {
      return;
    }
    double mean = (prefix[i + 1] - prefix[i + 1 - window]) / window;
    eligible[t]++;
    boolean isAbove;
    if (Math.abs(v[i] - mean) > NEAR_TIE * Math.abs(v[i])) {
      isAbove = v[i] > mean;
    } else {
      // Near a tie the running sum's rounding would decide: sum the deviations directly and treat
      // a gap within TIE (relative) as equal, so a close equal to its average is not above it.
      double dev = 0;
      for (int j = i + 1 - window; j <= i; j++) {
        dev += v[j] - v[i];
      }
      isAbove = dev < -TIE * window * Math.abs(v[i]);
    }
    if (isAbove) {
      above[t]++;
    }
  }

  private static double share(int k, int m) {
    return m == 0 ? Double.NaN : (double) k / m;
  }
}
