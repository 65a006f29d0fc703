package dev.rotor.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rotor.returns.PriceBasis;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesId;
import dev.rotor.synthetic.LeadershipRegime;
import dev.rotor.synthetic.SyntheticData;
import dev.rotor.synthetic.SyntheticMarket;
import dev.rotor.synthetic.SyntheticSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The synthetic market as oracle: in planted {@code SMALL_LEADS} regimes the size factor drifts
 * +0.25 a year, so windows lying wholly inside such a regime should mostly show SMALL as leader,
 * and LARGE inside {@code LARGE_LEADS} regimes (docs/synthetic-market.md). With the planted size
 * and idiosyncratic volatilities a 3-month window has a drift of about 1.7 of its standard
 * deviations, a 6-month window about 2.4, so the expected hit rates are roughly 0.95 and 0.99; the
 * test asks for "more often than not" and, as a looser sanity bound, 0.75.
 */
class LeadershipSyntheticTest {

  private static final SeriesId SMALL = SeriesId.of("synthetic/indices/SMALL");
  private static final SeriesId LARGE = SeriesId.of("synthetic/indices/LARGE");
  private static final SeriesId TECH = SeriesId.of("synthetic/indices/TECH");
  private static final List<Window> LONG =
      List.of(StandardWindow.THREE_MONTHS, StandardWindow.SIX_MONTHS, StandardWindow.ONE_YEAR);

  @ParameterizedTest
  @ValueSource(longs = {42L, 7L, 2024L})
  void table_plantedRegimes_longWindowsShowPlantedLeader(long seed) {
    SyntheticData data = SyntheticMarket.generate(SyntheticSpec.defaults().withSeed(seed));
    Map<SeriesId, DateSeries> levels =
        Map.of(
            SMALL, data.get(SMALL.value()).closesOrValues(),
            LARGE, data.get(LARGE.value()).closesOrValues(),
            TECH, data.get(TECH.value()).closesOrValues());
    List<LeadershipRegime> regimes = data.planted().regimes();
    int[] inside = new int[2];
    int[] agree = new int[2];
    LocalDate last = levels.get(SMALL).lastDate();
    for (LocalDate asOf = LocalDate.of(2014, 4, 30);
        !asOf.isAfter(last);
        asOf = asOf.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1)) {
      LeadershipTable t =
          Leadership.table(levels, PriceBasis.PRICE, SMALL, LARGE, Optional.of(TECH), asOf, LONG);
      for (WindowRow row : t.rows()) {
        if (!(row instanceof WindowRow.Available r)) {
          continue;
        }
        int regime = regimeHolding(regimes, r.resolved().start(), r.resolved().end());
        if (regime < 0) {
          continue;
        }
        boolean smallLeads =
            regimes.get(regime).leader() == dev.rotor.synthetic.Leadership.SMALL_LEADS;
        int kind = smallLeads ? 0 : 1;
        inside[kind]++;
        if (r.pair(SMALL, LARGE).leader().equals(Optional.of(smallLeads ? SMALL : LARGE))) {
          agree[kind]++;
        }
      }
    }
    for (int kind = 0; kind < 2; kind++) {
      assertThat(inside[kind]).as("windows inside regimes, kind " + kind).isGreaterThan(20);
      double rate = (double) agree[kind] / inside[kind];
      assertThat(rate)
          .as("hit rate " + (kind == 0 ? "SMALL_LEADS" : "LARGE_LEADS"))
          .isGreaterThan(0.75);
    }
  }

  /**
   * Index of the regime holding every day from the day after {@code start} to {@code end}, or -1.
   */
  private static int regimeHolding(List<LeadershipRegime> regimes, LocalDate start, LocalDate end) {
    for (int i = 0; i < regimes.size(); i++) {
      LocalDate from = regimes.get(i).start();
      LocalDate to = i + 1 < regimes.size() ? regimes.get(i + 1).start() : LocalDate.MAX;
      if (!start.plusDays(1).isBefore(from) && end.isBefore(to)) {
        return i;
      }
    }
    return -1;
  }
}
