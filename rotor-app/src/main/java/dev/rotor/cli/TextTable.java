package dev.rotor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain left-aligned text table for terminal output. */
final class TextTable {

  private final List<String[]> rows = new ArrayList<>();
  private final String[] header;

  TextTable(String... header) {
    this.header = header;
  }

  void add(String... row) {
    rows.add(row);
  }

  void print(PrintWriter out) {
    int[] w = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      w[c] = header[c].length();
      for (String[] r : rows) {
        w[c] = Math.max(w[c], r[c].length());
      }
    }
    line(out, header, w);
    for (String[] r : rows) {
      line(out, r, w);
    }
  }

  private static void line(PrintWriter out, String[] cells, int[] w) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        sb.append("  ");
      }
      sb.append(cells[c]);
      if (c < cells.length - 1) {
        sb.append(" ".repeat(w[c] - cells[c].length()));
      }
    }
    out.println(sb);
  }
}
