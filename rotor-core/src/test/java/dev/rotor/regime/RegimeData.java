package dev.rotor.regime;

import dev.rotor.returns.Resample;
import dev.rotor.returns.ReturnKind;
import dev.rotor.returns.Returns;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.shareddata.RealSeries;
import dev.rotor.shareddata.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test inputs for the regime tests: the real series the statsmodels oracle was run on (built here
 * exactly as {@code oracles/regime/markov_oracle.py} builds them) and the oracle's golden files.
 */
final class RegimeData {

  static final String FRENCH = "ken_french/F-F_Research_Data_Factors.csv";

  private RegimeData() {}

  /**
   * Monthly SMB from the first block of the French research factors (rows {@code YYYYMM}), percent
   * to decimal, dated on the last day of the month.
   */
  static DateSeries smbMonthly() {
    try {
      List<String> lines = Files.readAllLines(SharedData.file(FRENCH));
      DateSeries.Builder b = DateSeries.builder();
      boolean started = false;
      for (String line : lines) {
        String[] cells = line.split(",", -1);
        String key = cells[0].trim();
        if (key.length() == 6 && key.chars().allMatch(Character::isDigit)) {
          started = true;
          YearMonth ym =
              YearMonth.of(
                  Integer.parseInt(key.substring(0, 4)), Integer.parseInt(key.substring(4)));
          b.put(ym.atEndOfMonth(), Double.parseDouble(cells[2].trim()) / 100.0);
        } else if (started) {
          break;
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Weekly {@code log(RUT) - log(SPX)} return differences: closes, last observation per ISO week,
   * log returns of each, differenced (the two files share their dates).
   */
  static DateSeries rutSpxWeekly() {
    DateSeries rut = weeklyLogReturns("market-base/indices/RUT.csv");
    DateSeries spx = weeklyLogReturns("market-base/indices/SPX.csv");
    return difference(rut, spx);
  }

  static DateSeries weeklyLogReturns(String file) {
    DateSeries close = RealSeries.column(file, "close");
    return Returns.fromPrices(Resample.lastPerPeriod(close, Frequency.WEEKLY), ReturnKind.LOG);
  }

  /** {@code a - b} on the dates of {@code a}, which must equal those of {@code b}. */
  static DateSeries difference(DateSeries a, DateSeries b) {
    if (!java.util.Arrays.equals(a.dates(), b.dates())) {
      throw new IllegalStateException("the two series do not share their dates");
    }
    double[] va = a.values();
    double[] vb = b.values();
    double[] d = new double[va.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = va[i] - vb[i];
    }
    return DateSeries.of(a.dates(), d);
  }

  /** The {@code key,value} golden of data set {@code name} ({@code <name>_fit.csv}). */
  static Map<String, Double> fitGolden(String name) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String[] row : rows(name + "_fit.csv")) {
      out.put(row[0], Double.parseDouble(row[1]));
    }
    return out;
  }

  /** The real series of data set {@code name} ({@code smb_monthly} or {@code rut_spx_weekly}). */
  static DateSeries series(String name) {
    return switch (name) {
      case "smb_monthly" -> smbMonthly();
      case "rut_spx_weekly" -> rutSpxWeekly();
      default -> throw new IllegalArgumentException("name: unknown data set " + name);
    };
  }

  /**
   * The golden probabilities of data set {@code name} ({@code <name>_probs.csv}), with the series
   * itself rebuilt from the shared data (the golden holds only dates and probabilities). Fails when
   * the rebuilt dates differ from the golden's.
   */
  static Probs probsGolden(String name) {
    List<String[]> rows = rows(name + "_probs.csv");
    int n = rows.size();
    LocalDate[] dates = new LocalDate[n];
    double[] filtered0 = new double[n];
    double[] smoothed0 = new double[n];
    for (int i = 0; i < n; i++) {
      String[] r = rows.get(i);
      dates[i] = LocalDate.parse(r[0]);
      filtered0[i] = Double.parseDouble(r[1]);
      smoothed0[i] = Double.parseDouble(r[2]);
    }
    DateSeries y = series(name);
    if (!java.util.Arrays.equals(y.dates(), dates)) {
      throw new IllegalStateException(name + ": rebuilt series dates differ from the golden's");
    }
    return new Probs(dates, y.values(), filtered0, smoothed0);
  }

  /** Golden per-period values and the series they belong to. */
  record Probs(LocalDate[] dates, double[] y, double[] filtered0, double[] smoothed0) {}

  /** The statsmodels MLE of a fit golden, in Rotor's order and labelling. */
  static RegimeParameters parameters(Map<String, Double> g) {
    return new RegimeParameters(
        g.get("p00"),
        g.get("p11"),
        g.get("mean0"),
        g.get("mean1"),
        g.get("variance0"),
        g.get("variance1"));
  }

  private static List<String[]> rows(String resource) {
    String path = "/oracles/regime/" + resource;
    try (InputStream in = RegimeData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> out = new ArrayList<>();
      r.readLine(); // header
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(line.split(","));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
