package dev.rotor.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rotor's planted default parameters (see {@code docs/synthetic-market.md} for the table). The
 * values are chosen to be plausible for a US market of 2014-2025 and large enough to be recovered
 * by estimators on twelve years of daily data; they are not fitted to any real series.
 */
final class DefaultParameters {

  private DefaultParameters() {}

  static PlantedParameters planted() {
    return new PlantedParameters(
        regimes(),
        recessionMonths(),
        0.25,
        0.08,
        -0.50,
        2.0,
        0.14,
        0.06,
        0.03,
        0.10,
        indices(),
        sectors(),
        new Vasicek(3.0, 2.75, 0.8, 0.85),
        new Vasicek(2.0, 1.0, 1.0, 0.35),
        0.30,
        MacroParameters.defaults(),
        BarShape.defaults());
  }

  static List<LeadershipRegime> regimes() {
    Leadership small = Leadership.SMALL_LEADS;
    Leadership large = Leadership.LARGE_LEADS;
    return List.of(
        LeadershipRegime.of(LocalDate.of(2014, 1, 1), large),
        LeadershipRegime.of(LocalDate.of(2016, 7, 1), small),
        LeadershipRegime.of(LocalDate.of(2018, 9, 1), large),
        LeadershipRegime.of(LocalDate.of(2020, 4, 1), small),
        LeadershipRegime.of(LocalDate.of(2021, 6, 1), large),
        LeadershipRegime.of(LocalDate.of(2023, 7, 1), small),
        LeadershipRegime.of(LocalDate.of(2024, 10, 1), large));
  }

  static List<YearMonth> recessionMonths() {
    List<YearMonth> months = new ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      months.add(YearMonth.of(2016, m));
    }
    for (int m = 3; m <= 6; m++) {
      months.add(YearMonth.of(2020, m));
    }
    return months;
  }

  static Map<SyntheticIndex, Loadings> indices() {
    Map<SyntheticIndex, Loadings> m = new EnumMap<>(SyntheticIndex.class);
    m.put(SyntheticIndex.SMALL, Loadings.of(1.0, 1.0, 0.0, -0.07, 0.04));
    m.put(SyntheticIndex.LARGE, Loadings.of(1.0, 0.0, 0.0, -0.03, 0.02));
    m.put(SyntheticIndex.TECH, Loadings.of(1.15, 0.0, 1.0, -0.06, 0.04));
    return m;
  }

  static Map<GicsSector, Loadings> sectors() {
    Map<GicsSector, Loadings> m = new EnumMap<>(GicsSector.class);
    m.put(GicsSector.ENERGY, Loadings.of(1.05, 0.1, -0.3, 0.02, 0.22));
    m.put(GicsSector.MATERIALS, Loadings.of(1.05, 0.1, 0.0, -0.01, 0.10));
    m.put(GicsSector.INDUSTRIALS, Loadings.of(1.05, 0.1, 0.0, -0.02, 0.07));
    m.put(GicsSector.CONSUMER_DISCRETIONARY, Loadings.of(1.10, 0.1, 0.4, -0.04, 0.08));
    m.put(GicsSector.CONSUMER_STAPLES, Loadings.of(0.65, 0.0, -0.2, -0.04, 0.08));
    m.put(GicsSector.HEALTH_CARE, Loadings.of(0.80, 0.0, 0.0, -0.02, 0.09));
    m.put(GicsSector.FINANCIALS, Loadings.of(1.10, 0.2, -0.2, 0.05, 0.09));
    m.put(GicsSector.INFORMATION_TECHNOLOGY, Loadings.of(1.15, 0.0, 1.0, -0.06, 0.06));
    m.put(GicsSector.COMMUNICATION_SERVICES, Loadings.of(1.0, 0.0, 0.6, -0.04, 0.09));
    m.put(GicsSector.UTILITIES, Loadings.of(0.50, 0.0, -0.3, -0.08, 0.12));
    m.put(GicsSector.REAL_ESTATE, Loadings.of(0.85, 0.1, -0.2, -0.09, 0.12));
    return m;
  }
}
