package dev.rotor.imports;

import java.util.Arrays;

/**
 * Where the fields of one CSV line lie in a byte buffer, and the byte-level checks on one field
 * (blank, {@code null}, trimmed range). {@link ByteCsvReader} owns one and turns fields into
 * values; this class only scans bytes and allocates nothing per line (its arrays grow to the widest
 * line).
 */
final class ByteFields {

  private int[] starts = new int[16];
  private int[] ends = new int[16];

  /**
   * Splits {@code b[from, to)} at commas. A field that starts with a quote ends at the matching
   * quote (doubled quotes inside are skipped); its range is the text inside the quotes. A quoted
   * field followed by anything but a comma keeps its raw range, quotes included, so parsing it
   * fails.
   *
   * @return the number of fields (1 for an empty line)
   */
  int split(byte[] b, int from, int to) {
    int end = to;
    int i = from;
    int n = 0;
    while (true) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      if (i < end && b[i] == '"') {
        int j = i + 1;
        while (j < end && !(b[j] == '"' && (j + 1 >= end || b[j + 1] != '"'))) {
          j += b[j] == '"' ? 2 : 1;
        }
        int comma = Math.min(j + 1, end);
        while (comma < end && b[comma] != ',') {
          comma++;
        }
        boolean clean = j < end && comma == j + 1;
        starts[n] = clean ? i + 1 : i;
        ends[n] = clean ? j : comma;
        n++;
        if (comma >= end) {
          break;
        }
        i = comma + 1;
      } else {
        int comma = i;
        while (comma < end && b[comma] != ',') {
          comma++;
        }
        starts[n] = i;
        ends[n] = comma;
        n++;
        if (comma >= end) {
          break;
        }
        i = comma + 1;
      }
    }
    return n;
  }

  /** Start (inclusive) of field {@code i} of the last split. */
  int start(int i) {
    return starts[i];
  }

  /** End (exclusive) of field {@code i} of the last split. */
  int end(int i) {
    return ends[i];
  }

  /** True when field {@code i} of {@code b} is empty or only spaces and tabs. */
  boolean isEmpty(byte[] b, int i) {
    for (int k = starts[i]; k < ends[i]; k++) {
      if (b[k] != ' ' && b[k] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when field {@code i} of {@code b} is empty or, after trimming, {@code null} in any case.
   */
  boolean isNull(byte[] b, int i) {
    int s = trimStart(b, i);
    int e = trimEnd(b, i, s);
    if (s == e) {
      return true;
    }
    return e - s == 4
        && (b[s] | 0x20) == 'n'
        && (b[s + 1] | 0x20) == 'u'
        && (b[s + 2] | 0x20) == 'l'
        && (b[s + 3] | 0x20) == 'l';
  }

  /** Start of field {@code i} of {@code b} after leading spaces and tabs. */
  int trimStart(byte[] b, int i) {
    int s = starts[i];
    while (s < ends[i] && (b[s] == ' ' || b[s] == '\t')) {
      s++;
    }
    return s;
  }

  /** End of field {@code i} of {@code b} before trailing spaces and tabs, not before {@code s}. */
  int trimEnd(byte[] b, int i, int s) {
    int e = ends[i];
    while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
      e--;
    }
    return e;
  }
}
