package dev.rotor.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rotor.scenario.ConditionalReturns;
import dev.rotor.scenario.ConditionalSplit;
import dev.rotor.series.DateSeries;
import dev.rotor.shareddata.RealSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * RUT minus SPX monthly relative returns against FRED indicators, checked against pandas.
 *
 * <p>Oracle: {@code src/test/resources/oracles/economy/economy_oracle.py}, run as {@code
 * /usr/bin/python3 economy_oracle.py /work/shared/data > economy_oracle.csv} (pandas Series.corr,
 * numpy arctanh/tanh, scipy ttest_ind equal_var=False).
 */
class EconomicSensitivityRealDataTest {

  private static final double TOL = 1e-12;
  private static final int MAX_LAG = 3;

  private static DateSeries monthEndReturns(String index) {
    DateSeries r =
        ConditionalReturns.monthlyReturns(
            RealSeries.column("market-base/indices/" + index + ".csv", "close"));
    DateSeries.Builder b = DateSeries.builder();
    for (int i = 0; i < r.size(); i++) {
      b.put(YearMonth.from(r.dateAt(i)).atEndOfMonth(), r.valueAt(i));
    }
    return b.build();
  }

  private static DateSeries relative() {
    return ConditionalReturns.difference(monthEndReturns("RUT"), monthEndReturns("SPX"));
  }

  private static DateSeries fred(String id) {
    return RealSeries.column("fred_macro-monitor/" + id + ".csv", "value");
  }

  private static List<String[]> oracle() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    EconomicSensitivityRealDataTest.class.getResourceAsStream(
                        "/oracles/economy/economy_oracle.csv")),
                StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }

  @Test
  void correlations_rutMinusSpx_matchesPandas() throws IOException {
    DateSeries rel = relative();
    Map<String, DateSeries> inds =
        Map.of(
            "RSXFS_growth", IndicatorTransform.PERCENT_GROWTH.apply(fred("RSXFS")),
            "UMCSENT_change", IndicatorTransform.LEVEL_CHANGE.apply(fred("UMCSENT")),
            "UNRATE_change", IndicatorTransform.LEVEL_CHANGE.apply(fred("UNRATE")),
            "CFNAI_level", IndicatorTransform.LEVEL.apply(fred("CFNAI")));
    int checked = 0;
    for (String[] row : oracle()) {
      if (!row[0].equals("corr")) {
        continue;
      }
      LagCorrelation c =
          EconomicSensitivity.correlations(rel, inds.get(row[1]), MAX_LAG)
              .at(Integer.parseInt(row[2]));
      assertThat(c.n()).as(row[1] + " " + row[2]).isEqualTo(Integer.parseInt(row[3]));
      assertThat(c.r())
          .as(row[1] + " " + row[2])
          .isCloseTo(Double.parseDouble(row[4]), within(TOL));
      assertThat(c.lower()).isCloseTo(Double.parseDouble(row[5]), within(TOL));
      assertThat(c.upper()).isCloseTo(Double.parseDouble(row[6]), within(TOL));
      checked++;
    }
    assertThat(checked).isEqualTo(4 * (2 * MAX_LAG + 1));
  }

  @Test
  void conditionalSplits_rutMinusSpx_matchPandas() throws IOException {
    DateSeries rel = relative();
    Map<String, ConditionalSplit> splits =
        Map.of(
            "surprise", EconomicSensitivity.conditionalOnSurprise(rel, fred("RSXFS")),
            "usrec", EconomicSensitivity.conditionalOnRecession(rel, fred("USREC")));
    int checked = 0;
    for (String[] row : oracle()) {
      if (!row[0].equals("split")) {
        continue;
      }
      ConditionalSplit s = splits.get(row[1]);
      int n = Integer.parseInt(row[3]);
      double v = Double.parseDouble(row[4]);
      switch (row[2]) {
        case "in" -> {
          assertThat(s.inState().months()).isEqualTo(n);
          assertThat(s.inState().meanMonthly()).isCloseTo(v, within(TOL));
        }
        case "out" -> {
          assertThat(s.outOfState().months()).isEqualTo(n);
          assertThat(s.outOfState().meanMonthly()).isCloseTo(v, within(TOL));
        }
        default -> {
          assertThat(s.inState().months() + s.outOfState().months()).isEqualTo(n);
          assertThat(s.welchT()).isCloseTo(v, within(TOL));
        }
      }
      checked++;
    }
    assertThat(checked).isEqualTo(6);
  }
}
