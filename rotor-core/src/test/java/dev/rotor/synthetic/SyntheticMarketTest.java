package dev.rotor.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.crosssection.Constituent;
import dev.rotor.crosssection.ConstituentField;
import dev.rotor.crosssection.CrossSection;
import dev.rotor.series.BarField;
import dev.rotor.series.BarSeries;
import dev.rotor.series.DateSeries;
import dev.rotor.series.Frequency;
import dev.rotor.series.SeriesKind;
import dev.rotor.time.TradingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Structure, determinism and speed of {@link SyntheticMarket#generate}. The recovery of the planted
 * parameters is checked in {@link SyntheticMarketTruthTest}.
 */
class SyntheticMarketTest {

  private static final double TOL = 1e-12;

  /**
   * Fingerprint of the default market ({@link #fingerprint}), recorded when the generator was
   * written (re-recorded when the default calendar became the NYSE calendar); the weekday-calendar
   * version was identical on OpenJDK 17.0.15 and Temurin 25.0.3 (whose StrictMath is a Java port).
   */
  private static final long FINGERPRINT = -4330962534279786113L;

  private static final double LARGE_LAST_CLOSE = 4021.9665492944273;

  /** Always the default spec (seed 42), whatever {@code -Dsynthetic.seed} says. */
  private static final SyntheticData DATA = SyntheticMarket.generate(SyntheticSpec.defaults());

  @Test
  void generate_sameSpec_identicalData() {
    SyntheticData again = SyntheticMarket.generate(SyntheticSpec.defaults());

    assertThat(again).isEqualTo(DATA);
  }

  /**
   * Tripwire for bit-exact reproducibility across JVMs and releases: a fingerprint of every value
   * of the default market, recorded when the generator was written. If it moves, find out why
   * before updating it: every stored synthetic result changes with it.
   */
  @Test
  void generate_defaultSpec_matchesRecordedFingerprint() {
    assertThat(fingerprint(DATA)).isEqualTo(FINGERPRINT);
    assertThat(DATA.get("synthetic/indices/LARGE").closesOrValues().lastValue())
        .isEqualTo(LARGE_LAST_CLOSE);
  }

  @Test
  void generate_otherSeed_differentData() {
    SyntheticData other = SyntheticMarket.generate(SyntheticSpec.defaults().withSeed(43));

    for (String id :
        List.of("synthetic/indices/SMALL", "synthetic/macro/YIELD_10Y", "synthetic/stocks/S001")) {
      assertThat(other.get(id)).as(id).isNotEqualTo(DATA.get(id));
    }
    assertThat(other.crossSections()).isNotEqualTo(DATA.crossSections());
  }

  @Test
  void generate_fewerStocks_sameIndicesAndSameFirstStocks() {
    SyntheticData small = SyntheticMarket.generate(SyntheticSpec.defaults().withStockCount(20));

    assertThat(small.stocks()).hasSize(20).isEqualTo(DATA.stocks().subList(0, 20));
    for (SyntheticSeries s : small.series()) {
      assertThat(s).as(s.info().id().value()).isEqualTo(DATA.get(s.info().id().value()));
    }
  }

  @Test
  void generate_default_everySeriesSyntheticPrefixedAndNamed() {
    for (SyntheticSeries s : DATA.series()) {
      assertThat(s.info().synthetic()).as(s.info().id().value()).isTrue();
      assertThat(s.info().id().value()).startsWith("synthetic/");
      assertThat(s.info().name()).contains("SYNTHETIC");
    }
    for (CrossSection cs : DATA.crossSections()) {
      assertThat(cs.name()).contains("SYNTHETIC");
      for (Constituent c : cs.rows()) {
        assertThat(c.name()).contains("SYNTHETIC");
      }
    }
  }

  @Test
  void generate_default_expectedIdsKindsAndFrequencies() {
    assertThat(DATA.series()).hasSize(3 + 11 + 300 + 3 + 2 + 4);
    assertThat(DATA.ids()).doesNotHaveDuplicates();
    assertKind("synthetic/indices/SMALL", SeriesKind.INDEX, Frequency.DAILY, true);
    assertKind("synthetic/indices/LARGE", SeriesKind.INDEX, Frequency.DAILY, true);
    assertKind("synthetic/indices/TECH", SeriesKind.INDEX, Frequency.DAILY, true);
    for (GicsSector s : GicsSector.values()) {
      assertKind("synthetic/sectors/" + s.name(), SeriesKind.INDEX, Frequency.DAILY, true);
    }
    assertKind("synthetic/stocks/S001", SeriesKind.STOCK, Frequency.DAILY, true);
    assertKind("synthetic/stocks/S300", SeriesKind.STOCK, Frequency.DAILY, true);
    for (String f : List.of("MARKET", "SIZE", "GROWTH")) {
      assertKind("synthetic/factors/" + f, SeriesKind.FACTOR, Frequency.DAILY, false);
    }
    assertKind("synthetic/macro/YIELD_10Y", SeriesKind.MACRO, Frequency.DAILY, false);
    assertKind("synthetic/macro/YIELD_2Y", SeriesKind.MACRO, Frequency.DAILY, false);
    for (String m : List.of("FED_FUNDS", "RETAIL_SALES", "SENTIMENT", "RECESSION")) {
      assertKind("synthetic/macro/" + m, SeriesKind.MACRO, Frequency.MONTHLY, false);
    }
  }

  private static void assertKind(String id, SeriesKind kind, Frequency freq, boolean bars) {
    SyntheticSeries s = DATA.get(id);
    assertThat(s.info().kind()).as(id).isEqualTo(kind);
    assertThat(s.info().frequency()).as(id).isEqualTo(freq);
    assertThat(s.hasBars()).as(id).isEqualTo(bars);
    assertThat(Frequency.infer(s.closesOrValues().dates())).as(id).isEqualTo(freq);
  }

  @Test
  void generate_default_nyseTradingDaysFrom2014To2025() {
    LocalDate[] dates = DATA.get("synthetic/indices/LARGE").bars().dates();

    assertThat(dates[0]).isEqualTo(LocalDate.of(2014, 1, 2));
    assertThat(dates[dates.length - 1]).isEqualTo(LocalDate.of(2025, 12, 31));
    // NYSE sessions 2014..2025 (NYSE published counts per year: 252, 252, 252, 251, 251, 252,
    // 253, 252, 251, 250, 252, 250) sum to 3018.
    assertThat(dates).hasSize(3018);
    for (LocalDate d : dates) {
      assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(dev.rotor.time.NyseCalendar.instance().isTradingDay(d)).as(d.toString()).isTrue();
    }
    assertThat(DATA.get("synthetic/factors/SIZE").values().firstDate()).isEqualTo(dates[1]);
  }

  @Test
  void generate_default_ohlcConsistentAndVolumePositive() {
    for (SyntheticSeries s : DATA.series()) {
      if (!s.hasBars()) {
        continue;
      }
      BarSeries b = s.bars();
      double[] close = b.column(BarField.CLOSE);
      double[] volume = b.column(BarField.VOLUME);
      boolean ohlc = b.has(BarField.OPEN);
      for (int t = 0; t < b.size(); t++) {
        assertThat(close[t]).as(s.info().id() + " close").isPositive();
        assertThat(volume[t]).as(s.info().id() + " volume").isGreaterThanOrEqualTo(1.0);
        assertThat(volume[t]).isEqualTo(Math.rint(volume[t]));
        if (ohlc) {
          double open = b.valueAt(BarField.OPEN, t);
          double high = b.valueAt(BarField.HIGH, t);
          double low = b.valueAt(BarField.LOW, t);
          assertThat(low).as(s.info().id() + " low " + t).isPositive();
          assertThat(low).isLessThanOrEqualTo(Math.min(open, close[t]));
          assertThat(high).isGreaterThanOrEqualTo(Math.max(open, close[t]));
        }
      }
    }
  }

  @Test
  void generate_default_crossSectionConsistentWithStocks() {
    CrossSection cs = DATA.crossSections().get(0);
    LocalDate last = LocalDate.of(2025, 12, 31);

    assertThat(cs.asOf()).isEqualTo(last);
    assertThat(cs.rows()).hasSize(300);
    for (int i = 0; i < cs.rows().size(); i++) {
      Constituent c = cs.rows().get(i);
      StockLoadings truth = DATA.stocks().get(i);
      assertThat(c.ticker()).isEqualTo(truth.ticker());
      assertThat(c.sector()).isEqualTo(truth.sector().label());
      double close = DATA.get("synthetic/stocks/" + c.ticker()).closesOrValues().lastValue();
      assertThat(c.price()).isEqualTo(close);
      assertThat(c.marketCap()).isCloseTo(c.shares() * c.price(), within(c.marketCap()));
      assertThat(c.income()).isCloseTo(c.sales() * c.profitMargin(), within(c.sales()));
      if (c.income() > 0) {
        assertThat(c.pe()).isCloseTo(c.marketCap() / c.income(), within(c.pe()));
      } else {
        assertThat(c.pe()).isNaN();
      }
      assertThat(c.debtToEquity()).isPositive();
      assertThat(c.salesGrowth()).isFinite();
      assertThat(c.earningsGrowth()).isFinite();
      assertThat(c.memberships()).isEqualTo(truth.startMarketCap() >= 1e10 ? "LARGE" : "SMALL");
      assertThat(truth.startMarketCap()).isBetween(3.16e8, 1.0e12);
    }
  }

  private static Offset<Double> within(double scale) {
    return Offset.offset(TOL * Math.abs(scale));
  }

  @Test
  void generate_customCalendar_usesItsTradingDays() {
    TradingCalendar noNewYear =
        new TradingCalendar() {
          @Override
          public String name() {
            return "WEEKDAYS-NO-JAN-1";
          }

          @Override
          public boolean isTradingDay(LocalDate date) {
            return WeekdayCalendar.INSTANCE.isTradingDay(date)
                && !MonthDay.from(date).equals(MonthDay.of(1, 1));
          }
        };
    SyntheticSpec spec =
        SyntheticSpec.defaults()
            .withCalendar(noNewYear)
            .withDates(LocalDate.of(2014, 1, 2), LocalDate.of(2016, 1, 8))
            .withStockCount(5);

    SyntheticData data = SyntheticMarket.generate(spec);

    DateSeries closes = data.get("synthetic/indices/SMALL").closesOrValues();
    assertThat(closes.contains(LocalDate.of(2015, 1, 1))).isFalse();
    assertThat(closes.contains(LocalDate.of(2015, 1, 2))).isTrue();
    assertThat(closes.lastDate()).isEqualTo(LocalDate.of(2016, 1, 8));
    assertThat(data.get("synthetic/macro/RECESSION").values().lastValue()).isEqualTo(1.0);
  }

  @Test
  void generate_rangeWithOneTradingDay_throws() {
    SyntheticSpec spec =
        SyntheticSpec.defaults().withDates(LocalDate.of(2014, 1, 3), LocalDate.of(2014, 1, 5));

    assertThatThrownBy(() -> SyntheticMarket.generate(spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spec");
  }

  /**
   * An order-dependent 64-bit mix of every id, name, date and value bit and every snapshot field;
   * it uses only hashes with a specified algorithm ({@link String#hashCode}) and raw bits, so it is
   * the same on every JVM.
   */
  static long fingerprint(SyntheticData data) {
    long h = 17;
    for (SyntheticSeries s : data.series()) {
      h = SplitMix.mix(h + s.info().id().value().hashCode());
      h = SplitMix.mix(h + s.info().name().hashCode());
      DateSeries closes = s.closesOrValues();
      for (int t = 0; t < closes.size(); t++) {
        h = SplitMix.mix(h + closes.dateAt(t).toEpochDay());
      }
      if (s.hasBars()) {
        for (BarField f : BarField.values()) {
          if (s.bars().has(f)) {
            for (double v : s.bars().column(f)) {
              h = SplitMix.mix(h + Double.doubleToLongBits(v));
            }
          }
        }
      } else {
        for (double v : s.values().values()) {
          h = SplitMix.mix(h + Double.doubleToLongBits(v));
        }
      }
    }
    for (CrossSection cs : data.crossSections()) {
      h = SplitMix.mix(h + cs.asOf().toEpochDay());
      for (Constituent c : cs.rows()) {
        h = SplitMix.mix(h + (c.ticker() + c.name() + c.sector() + c.memberships()).hashCode());
        for (ConstituentField f : ConstituentField.values()) {
          h = SplitMix.mix(h + Double.doubleToLongBits(c.get(f)));
        }
      }
    }
    return h;
  }
}
