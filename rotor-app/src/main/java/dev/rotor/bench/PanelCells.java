package dev.rotor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Counts the non-empty data cells of a wide (date + tickers) CSV, gzip or not. */
public final class PanelCells {

  private PanelCells() {}

  /** Number of non-empty cells outside the header and the date column. */
  public static long count(Path file) throws IOException {
    var raw = Files.newInputStream(file);
    var in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    long cells = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        int prev = line.indexOf(',');
        while (prev >= 0) {
          int next = line.indexOf(',', prev + 1);
          int end = next < 0 ? line.length() : next;
          if (end > prev + 1) {
            cells++;
          }
          prev = next;
        }
      }
    }
    return cells;
  }
}
