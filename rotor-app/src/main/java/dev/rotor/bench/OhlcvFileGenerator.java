package dev.rotor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a long-format OHLCV CSV for benchmarks: {@code date,ticker,open,high,low,close,volume},
 * one row per ticker per weekday, sorted by date then ticker, prices a seeded random walk with two
 * decimals. Deterministic for a given row count, ticker count and seed.
 */
final class OhlcvFileGenerator {

  private OhlcvFileGenerator() {}

  /** Writes {@code rows} rows (rounded up to whole days) for {@code tickers} tickers. */
  static long write(Path file, long rows, int tickers, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] price = new double[tickers];
    String[] names = new String[tickers];
    for (int t = 0; t < tickers; t++) {
      price[t] = 20 + 200 * rnd.nextDouble();
      names[t] = String.format("T%05d", t);
    }
    long written = 0;
    LocalDate d = LocalDate.of(1990, 1, 1);
    StringBuilder sb = new StringBuilder(128);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("date,ticker,open,high,low,close,volume\n");
      while (written < rows) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
          d = d.plusDays(1);
        }
        String date = d.toString();
        for (int t = 0; t < tickers && written < rows; t++) {
          double open = price[t];
          double close = Math.max(0.01, open * Math.exp(0.02 * (rnd.nextDouble() - 0.5)));
          double high = Math.max(open, close) * (1 + 0.01 * rnd.nextDouble());
          double low = Math.min(open, close) * (1 - 0.01 * rnd.nextDouble());
          price[t] = close;
          sb.setLength(0);
          sb.append(date).append(',').append(names[t]).append(',');
          cents(sb, open).append(',');
          cents(sb, high).append(',');
          cents(sb, low).append(',');
          cents(sb, close).append(',');
          sb.append(100 + rnd.nextInt(1_000_000)).append('\n');
          w.write(sb.toString());
          written++;
        }
        d = d.plusDays(1);
      }
    }
    return written;
  }

  private static StringBuilder cents(StringBuilder sb, double v) {
    long c = Math.round(v * 100);
    sb.append(c / 100).append('.');
    long r = c % 100;
    if (r < 10) {
      sb.append('0');
    }
    return sb.append(r);
  }
}
