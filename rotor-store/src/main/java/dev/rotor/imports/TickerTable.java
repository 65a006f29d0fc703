package dev.rotor.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tickers met in one chunk of a long-format OHLCV file, numbered 0, 1, ... in order of first
 * appearance, with what the order checks need: the first and last date seen per ticker and the
 * chunk-relative line of its first row.
 *
 * <p>A ticker is looked up straight from the bytes of its cell (an open-addressing hash table over
 * a byte pool), so a row costs no allocation; a {@code String} is made once per new ticker. Keys
 * are the trimmed cell with each run of spaces or tabs replaced by one {@code _}, so {@code "BRK
 * B"} and {@code "BRK B"} are the same ticker {@code BRK_B}.
 */
final class TickerTable {

  /** What {@link #find} returns for a ticker not yet in the table. */
  static final int ABSENT = -1;

  private byte[] pool = new byte[1 << 12];
  private int poolSize;
  private int[] offsets = new int[64];
  private int[] lengths = new int[64];

  /** Hash slots holding {@code index + 1}; 0 is an empty slot. Length is a power of two. */
  private int[] slots = new int[256];

  private byte[] scratch = new byte[64];

  /** Number of tickers. */
  int size;

  /** Ticker names (normalised), by index. */
  String[] names = new String[64];

  /** Epoch day of each ticker's first and last dated row in this chunk. */
  int[] firstDay = new int[64];

  int[] lastDay = new int[64];

  /** Chunk-relative line of each ticker's first row in this chunk. */
  long[] firstLine = new long[64];

  /** Rows kept (with a close) per ticker. */
  int[] kept = new int[64];

  /**
   * The index of the ticker in {@code b[from, to)} (already trimmed, not empty), or {@link #ABSENT}
   * when it is new; a new ticker is then added with {@link #add}.
   */
  int find(byte[] b, int from, int to) {
    for (int k = from; k < to; k++) {
      if (b[k] == ' ' || b[k] == '\t') {
        int n = normalise(b, from, to);
        return lookup(scratch, 0, n);
      }
    }
    return lookup(b, from, to);
  }

  private int lookup(byte[] b, int from, int to) {
    int mask = slots.length - 1;
    int len = to - from;
    for (int s = hash(b, from, to) & mask; ; s = (s + 1) & mask) {
      int entry = slots[s];
      if (entry == 0) {
        return ABSENT;
      }
      int t = entry - 1;
      if (lengths[t] == len && same(offsets[t], b, from, len)) {
        return t;
      }
    }
  }

  /** True when the {@code len} pooled bytes at {@code at} equal {@code b[from, from + len)}. */
  private boolean same(int at, byte[] b, int from, int len) {
    // tickers are short: a plain loop beats the vectorised mismatch of Arrays.equals here
    byte[] p = pool;
    for (int k = 0; k < len; k++) {
      if (p[at + k] != b[from + k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the ticker in {@code b[from, to)}, first met at {@code line} on {@code day}.
   *
   * @return its index, or {@link #ABSENT} when the bytes are not valid UTF-8
   */
  int add(byte[] b, int from, int to, int day, long line) {
    byte[] key = b;
    int start = from;
    int end = to;
    for (int k = from; k < to; k++) {
      if (b[k] == ' ' || b[k] == '\t') {
        key = scratch;
        start = 0;
        end = normalise(b, from, to);
        break;
      }
    }
    String name;
    try {
      name =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(key, start, end - start))
              .toString();
    } catch (CharacterCodingException e) {
      return ABSENT;
    }
    int len = end - start;
    if (size == names.length) {
      grow();
    }
    if (poolSize + len > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
    }
    System.arraycopy(key, start, pool, poolSize, len);
    int t = size++;
    offsets[t] = poolSize;
    lengths[t] = len;
    poolSize += len;
    names[t] = name;
    firstDay[t] = day;
    lastDay[t] = day;
    firstLine[t] = line;
    if (size * 2 > slots.length) {
      rehash();
    } else {
      place(t);
    }
    return t;
  }

  /** Copies the trimmed bytes to {@link #scratch} with each run of spaces or tabs as one '_'. */
  private int normalise(byte[] b, int from, int to) {
    if (scratch.length < to - from) {
      scratch = new byte[to - from];
    }
    int n = 0;
    boolean blank = false;
    for (int k = from; k < to; k++) {
      boolean space = b[k] == ' ' || b[k] == '\t';
      if (space && !blank) {
        scratch[n++] = '_';
      } else if (!space) {
        scratch[n++] = b[k];
      }
      blank = space;
    }
    return n;
  }

  private void place(int t) {
    int mask = slots.length - 1;
    int s = hash(pool, offsets[t], offsets[t] + lengths[t]) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = t + 1;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    for (int t = 0; t < size; t++) {
      place(t);
    }
  }

  private void grow() {
    int n = names.length * 2;
    offsets = Arrays.copyOf(offsets, n);
    lengths = Arrays.copyOf(lengths, n);
    names = Arrays.copyOf(names, n);
    firstDay = Arrays.copyOf(firstDay, n);
    lastDay = Arrays.copyOf(lastDay, n);
    firstLine = Arrays.copyOf(firstLine, n);
    kept = Arrays.copyOf(kept, n);
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + b[k];
    }
    return h ^ (h >>> 16);
  }
}
