package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Seeded random corruption of golden excerpts for parser tests: the parser must either succeed or
 * throw an {@link ImportException} whose line lies in the file; nothing else may escape.
 */
final class Corruption {

  private static final String[] TOKENS = {
    "",
    "abc",
    "1e400",
    "-1e400",
    "NaN",
    "Infinity",
    "null",
    "2020-13-45",
    "2021-02-29",
    "-",
    ".",
    "1,5",
    "\"",
    "\"1.5\"",
    "0x1p3",
    "1.5d",
    "99999999999999999999999",
    "2019-01-01",
    "1e-400",
    " ",
    "\u00e9",
    "\uFEFF"
  };

  private Corruption() {}

  /** One random corruption of {@code text}. */
  static byte[] corrupt(String text, Random rnd) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int op = rnd.nextInt(12);
    int li = rnd.nextInt(lines.size());
    String line = lines.get(li);
    switch (op) {
      case 0: // delete a character
        if (!line.isEmpty()) {
          int p = rnd.nextInt(line.length());
          lines.set(li, line.substring(0, p) + line.substring(p + 1));
        }
        break;
      case 1: // insert a character
        {
          String chars = "0123456789,.-\"eE xX\r\n";
          int p = rnd.nextInt(line.length() + 1);
          char c = chars.charAt(rnd.nextInt(chars.length()));
          lines.set(li, line.substring(0, p) + c + line.substring(p));
        }
        break;
      case 2: // replace a field with a bad token
        {
          String[] cells = line.split(",", -1);
          cells[rnd.nextInt(cells.length)] = TOKENS[rnd.nextInt(TOKENS.length)];
          lines.set(li, String.join(",", cells));
        }
        break;
      case 3: // drop a field (wrong column count)
        {
          List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
          cells.remove(rnd.nextInt(cells.size()));
          lines.set(li, String.join(",", cells));
        }
        break;
      case 4: // duplicate a line (duplicate date)
        lines.add(li, line);
        break;
      case 5: // swap two lines (unsorted dates, header in the middle)
        {
          int lj = rnd.nextInt(lines.size());
          lines.set(li, lines.get(lj));
          lines.set(lj, line);
        }
        break;
      case 6: // delete a line (maybe the header)
        lines.remove(li);
        break;
      case 7: // truncate the file anywhere
        {
          String all = String.join("\n", lines);
          return all.substring(0, rnd.nextInt(all.length() + 1)).getBytes(StandardCharsets.UTF_8);
        }
      case 8: // byte-order mark and CRLF
        return ("\uFEFF" + String.join("\r\n", lines)).getBytes(StandardCharsets.UTF_8);
      case 9: // invalid UTF-8 byte somewhere
        {
          byte[] b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
          if (b.length > 0) {
            b[rnd.nextInt(b.length)] = (byte) 0xC3;
          }
          return b;
        }
      case 10: // empty file
        return new byte[0];
      default: // several small corruptions
        String once = new String(corrupt(text, rnd), StandardCharsets.UTF_8);
        return corrupt(once, rnd);
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  /** A parse attempt. */
  interface Parse {
    Object run(Path file) throws ImportException;
  }

  /**
   * Corrupts {@code golden} {@code rounds} times with {@code seed}, writes each version to {@code
   * dir/name} (gzip when the name ends in .gz) and asserts that only {@link ImportException}
   * escapes {@code parse}, with a line between 0 and the number of lines + 1.
   *
   * @return how many corrupted files were rejected
   */
  static int check(Path dir, String name, String golden, long seed, int rounds, Parse parse)
      throws IOException {
    Random rnd = new Random(seed);
    int rejected = 0;
    Path file = dir.resolve(name);
    for (int i = 0; i < rounds; i++) {
      byte[] bytes = corrupt(golden, rnd);
      write(file, bytes);
      long lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1).length;
      try {
        parse.run(file);
      } catch (ImportException e) {
        rejected++;
        assertThat(e.line()).as("line of: %s", e.getMessage()).isBetween(0L, lines + 1);
        assertThat(e.getMessage()).contains(name);
      } catch (RuntimeException | Error e) {
        fail(
            "round "
                + i
                + " of seed "
                + seed
                + ": "
                + e
                + " for input:\n"
                + new String(bytes, StandardCharsets.UTF_8),
            e);
      }
    }
    return rejected;
  }

  static void write(Path file, byte[] bytes) throws IOException {
    if (file.getFileName().toString().endsWith(".gz")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(bytes);
      }
    } else {
      Files.write(file, bytes);
    }
  }
}
