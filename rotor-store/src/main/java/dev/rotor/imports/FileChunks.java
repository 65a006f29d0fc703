package dev.rotor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Line-aligned byte ranges of an uncompressed file, for reading a large file in parallel chunks:
 * {@link #lineAlignedRanges} finds the boundaries, {@link #open} streams one range (read by {@link
 * ByteCsvReader#open(Path, long, long)}).
 */
final class FileChunks {

  private FileChunks() {}

  /**
   * Splits {@code [from, to)} of an uncompressed {@code file} into up to {@code parts} ranges of
   * similar size that each start at the beginning of a line.
   *
   * @return the boundaries, ascending, starting with {@code from} and ending with {@code to}
   */
  static long[] lineAlignedRanges(Path file, long from, long to, int parts) throws ImportException {
    long[] out = new long[parts + 1];
    int n = 0;
    out[n++] = from;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer window = ByteBuffer.allocate(1 << 16);
      for (int k = 1; k < parts; k++) {
        long p = Math.max(from + (to - from) * k / parts, out[n - 1]);
        long start = -1;
        while (start < 0 && p < to) {
          window.clear();
          int read = channel.read(window, p);
          if (read <= 0) {
            break;
          }
          for (int i = 0; i < read && start < 0; i++) {
            if (window.get(i) == '\n') {
              start = p + i + 1;
            }
          }
          p += read;
        }
        if (start > out[n - 1] && start < to) {
          out[n++] = start;
        }
      }
    } catch (IOException e) {
      throw new ImportException(file, 0, null, "read failed: " + e.getMessage());
    }
    out[n++] = to;
    return Arrays.copyOf(out, n);
  }

  /**
   * The bytes {@code [from, to)} of {@code file} as a stream (positional reads on one channel,
   * closed with the stream).
   *
   * @throws IOException when the file cannot be opened
   */
  static InputStream open(Path file, long from, long to) throws IOException {
    return new RangeStream(FileChannel.open(file, StandardOpenOption.READ), from, to);
  }

  /** The bytes {@code [from, to)} of a channel, read with positional reads. */
  private static final class RangeStream extends InputStream {
    private final FileChannel channel;
    private long position;
    private final long end;

    RangeStream(FileChannel channel, long from, long to) {
      this.channel = channel;
      this.position = from;
      this.end = to;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (position >= end) {
        return -1;
      }
      int want = (int) Math.min(len, end - position);
      int n = channel.read(ByteBuffer.wrap(b, off, want), position);
      if (n > 0) {
        position += n;
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
