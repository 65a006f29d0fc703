package dev.rotor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.shareddata.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end for allocate, holding, liquidity and screen on real files. Oracles: the pandas and
 * scipy scripts under rotor-core/src/test/resources/oracles/{allocation,holding,liquidity} and
 * rotor-store/src/test/resources/oracles/screen: IWM/SPY 1-year windows 2000-2026, small beats
 * large in 48.8 %; the fundamentals example screen matches 123 of 493 rows, first EXE; IWM vs SPY
 * Amihud ratio 8.0 over 2024-01-02..2026-08-20.
 */
class PortfolioCommandsTest {

  @TempDir static Path tmp;
  private static CliRunner cli;

  @BeforeAll
  static void importData() {
    cli = new CliRunner(tmp.resolve("store.duckdb"));
    // One import of the whole tree, so ids keep their folders (etf/IWM vs etf-seasonality/IWM).
    CliRunner.Run r =
        cli.run("import", SharedData.file("README.md").getParent().toString(), "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void allocate_json_weightsSumToOneForEveryMethod() throws Exception {
    CliRunner.Run r =
        cli.run("allocate", "etf/IWM", "etf/SPY", "etf/QQQ", "--json", "--weights", "0.5,0.3,0.2");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    for (JsonNode a : d.get("allocations")) {
      double sum = 0;
      for (JsonNode w : a.get("weights")) {
        sum += w.asDouble();
      }
      assertThat(sum).as(a.get("method").asText()).isCloseTo(1.0, within(1e-9));
    }
    assertThat(d.get("backtest").get("rebalancing").asText()).isEqualTo("monthly");
  }

  @Test
  void holding_iwmVsSpy_oneYearSmallBeatsLarge() throws Exception {
    CliRunner.Run r =
        cli.run(
            "holding",
            "--small",
            "factor_attribution/etf/IWM",
            "--large",
            "factor_attribution/etf/SPY",
            "--years",
            "1",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get(0).get("small_beats_large").asDouble()).isCloseTo(0.488, within(5e-4));
  }

  @Test
  void liquidity_iwmVsSpy_amihudRatio() throws Exception {
    CliRunner.Run r =
        cli.run(
            "liquidity",
            "--small",
            "etf-seasonality/IWM",
            "--large",
            "etf-seasonality/SPY",
            "--from",
            "2024-01-02",
            "--to",
            "2026-08-20",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("measures").get(0).get("measure").asText()).isEqualTo("amihud");
    assertThat(d.get("measures").get(0).get("ratio").asDouble()).isCloseTo(8.0, within(0.05));
  }

  @Test
  void screen_issueExample_matchesPandas_andBadFieldPointsAtColumn() throws Exception {
    CliRunner.Run r =
        cli.run(
            "screen",
            "fundamentals_sp500_2026-06-29",
            "--where",
            "sales_growth > 0.10 and debt_to_equity < 1 and pe > 0",
            "--rank",
            "pe",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("matched").asInt()).isEqualTo(123);
    assertThat(d.get("hits").get(0).get("ticker").asText()).isEqualTo("EXE");
    CliRunner.Run bad =
        cli.run("screen", "fundamentals_sp500_2026-06-29", "--where", "pe > 0 and sales_grwth > 1");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("at column 12", "did you mean sales_growth");
  }

  /**
   * Oracle: rotor-core/src/test/resources/oracles/etf/etf_oracle.py (pandas): IWM (unadjusted) vs
   * RUT 2016-06-28..2026-08-21, tracking difference -0.031 %, tracking error 2.107 %.
   */
  @Test
  void etfCompare_iwmVsRut_matchesOracle() throws Exception {
    CliRunner.Run r =
        cli.run(
            "etf-compare",
            "--etf",
            "etf-seasonality/IWM",
            "--index",
            "indices/RUT",
            "--expense-ratio",
            "0.0019",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("tracking_difference").asDouble()).isCloseTo(-0.00031, within(5e-6));
    assertThat(d.get("tracking_error").asDouble()).isCloseTo(0.02107, within(5e-6));
    assertThat(d.get("cost_gap").asDouble()).isCloseTo(-0.00159, within(5e-6));
    assertThat(d.get("years")).isNotEmpty();
  }

  @Test
  void allocate_rolling_reportsEachPair() throws Exception {
    CliRunner.Run r =
        cli.run("allocate", "etf/IWM", "etf/SPY", "--rolling", "52", "--frontier", "0", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode x = new ObjectMapper().readTree(r.out()).get("rolling_correlations").get(0);
    assertThat(x.get("correlation").asDouble())
        .isBetween(x.get("min").asDouble(), x.get("max").asDouble());
  }

  /**
   * Oracle: rotor-core/src/test/resources/oracles/valuation/valuation_oracle.py (pandas): S&P 500
   * fundamentals 2026-06-29 aggregate P/E 26.99 (earnings = cap / trailing P/E); IWM dollar-volume
   * share of IWM + SPY on 2026-08-21 18.4 %.
   */
  @Test
  void driversValuationAndFlows_matchOracle() throws Exception {
    CliRunner.Run v =
        cli.run("drivers", "valuation", "--snapshot", "fundamentals_sp500_2026-06-29", "--json");
    assertThat(v.code()).as(v.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(v.out());
    assertThat(d.get("small").get("pe").asDouble()).isCloseTo(26.99, within(0.005));
    assertThat(d.get("notes").get(0).asText()).contains("approximated");
    CliRunner.Run f =
        cli.run(
            "drivers",
            "flows",
            "--small",
            "etf-seasonality/IWM",
            "--large",
            "etf-seasonality/SPY",
            "--last",
            "1",
            "--json");
    assertThat(f.code()).as(f.err()).isZero();
    JsonNode last = new ObjectMapper().readTree(f.out()).get(0);
    assertThat(last.get("date").asText()).isEqualTo("2026-08-21");
    assertThat(last.get("small_share").asDouble()).isCloseTo(0.184, within(5e-4));
  }

  /**
   * Oracle: statsmodels OLS with HAC (rotor-core/src/test/resources/oracles/drivers/
   * drivers_oracle.py): weekly RUT - SPX 2016-06..2025-12, small - large on the 10-year yield +1.17
   * % per +100 bp, 95 % Newey-West interval [-1.64 %, +3.98 %].
   */
  @Test
  void driversRates_weekly_matchesStatsmodels() throws Exception {
    CliRunner.Run r =
        cli.run(
            "drivers",
            "rates",
            "--small",
            "RUT",
            "--large",
            "indices/SPX",
            "--to",
            "2025-12-31",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    JsonNode ten = d.get("differences").get(1);
    assertThat(ten.get("regressor").asText()).isEqualTo("ten_year");
    assertThat(ten.get("difference100bp").asDouble()).isCloseTo(0.0117, within(5e-5));
    assertThat(ten.get("lower100bp").asDouble()).isCloseTo(-0.0164, within(5e-5));
    // rate_cut_proxy.csv (same oracle): 2025-12-30 DGS2 minus FEDFUNDS = -0.43 points.
    assertThat(d.get("rate_cut_proxy_date").asText()).isEqualTo("2025-12-30");
    assertThat(d.get("rate_cut_proxy").asDouble()).isCloseTo(-0.43, within(1e-9));
  }

  /**
   * Oracle: rotor-core/src/test/resources/oracles/concentration (pandas): 2023 with IVV 2026-06-19
   * weights rolled back by price, approximate S&P 500 return 30.65 %, Magnificent Seven 55.7 % of
   * it; IVV effective number of names 48.6; RSP - SPY -12.48 pp.
   */
  @Test
  void concentration_2023_matchesOracle() throws Exception {
    CliRunner.Run r =
        cli.run(
            "concentration",
            "--holdings",
            "IVV_holdings",
            "--prices",
            "adj_close_wide_2019-2026",
            "--from",
            "2023-01-01",
            "--to",
            "2023-12-31",
            "--equal",
            "etf/RSP",
            "--cap",
            "etf/SPY",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    assertThat(d.get("index_return").asDouble()).isCloseTo(0.3065, within(5e-4));
    assertThat(d.get("basket").get("share_of_total").asDouble()).isCloseTo(0.557, within(5e-4));
    assertThat(d.get("effective_names").asDouble()).isCloseTo(48.6, within(0.05));
    assertThat(d.get("weighting").get("spread").asDouble()).isCloseTo(-0.1248, within(5e-4));
    assertThat(d.get("approximation").asText()).contains("constant share counts");
  }

  /**
   * Oracle: rotor-core/src/test/resources/oracles/sectors/sectors_oracle.py (pandas): 2024-11-05 to
   * 2024-12-31, XLY +12.73 % (z 1.73, significant), XLB -9.58 %; IWM from SPDR sector returns and
   * its sector weights +0.50 % vs IVV +2.82 %, all allocation (-2.32 %).
   */
  @Test
  void sectors_window_matchesOracle() throws Exception {
    CliRunner.Run r =
        cli.run(
            "sectors",
            "--from",
            "2024-11-05",
            "--to",
            "2024-12-31",
            "--small-holdings",
            "IWM_holdings",
            "--large-holdings",
            "IVV_holdings",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(r.out());
    JsonNode first = d.get("sectors").get(0);
    assertThat(first.get("sector").asText()).isEqualTo("Consumer Discretionary");
    assertThat(first.get("simple_return").asDouble()).isCloseTo(0.1273, within(5e-5));
    assertThat(first.get("significant").asBoolean()).isTrue();
    assertThat(d.get("attribution").get("allocation").asDouble()).isCloseTo(-0.0232, within(5e-5));
    // Sector contributions w x r add up to the universe's return.
    double sum = 0;
    for (JsonNode row : d.get("attribution").get("rows")) {
      sum += row.get("portfolio_weight").asDouble() * row.get("portfolio_return").asDouble();
    }
    assertThat(sum)
        .isCloseTo(d.get("attribution").get("portfolio_return").asDouble(), within(1e-12));
  }

  /**
   * Oracles: economy_oracle.py (pandas), RUT/SPX monthly relative returns vs UMCSENT changes at lag
   * -1: r = 0.299 [0.120, 0.459]; explain_oracle.py (statsmodels HAC), H2 2024 window, estimation
   * 2016-07..2023-12 on DGS2 and DGS10: actual +1.33 %, DGS10 contribution +0.45 %, R2 0.012.
   */
  @Test
  void driversEconomyAndExplain_matchOracles() throws Exception {
    CliRunner.Run e =
        cli.run("drivers", "economy", "--small", "RUT", "--large", "indices/SPX", "--json");
    assertThat(e.code()).as(e.err()).isZero();
    JsonNode umcsent = new ObjectMapper().readTree(e.out()).get("indicators").get(1);
    JsonNode lagMinus1 = umcsent.get("lags").get(2);
    assertThat(lagMinus1.get("lag").asInt()).isEqualTo(-1);
    assertThat(lagMinus1.get("r").asDouble()).isCloseTo(0.299, within(5e-4));
    CliRunner.Run x =
        cli.run(
            "drivers",
            "explain",
            "--small",
            "RUT",
            "--large",
            "indices/SPX",
            "--from",
            "2024-07-01",
            "--to",
            "2024-12-31",
            "--estimation-to",
            "2023-12-31",
            "--drivers",
            "fred_macro-monitor/DGS2,fred_macro-monitor/DGS10",
            "--json");
    assertThat(x.code()).as(x.err()).isZero();
    JsonNode d = new ObjectMapper().readTree(x.out());
    assertThat(d.get("actual").asDouble()).isCloseTo(0.0133, within(5e-5));
    assertThat(d.get("drivers").get(1).get("contribution").get("estimate").asDouble())
        .isCloseTo(0.0045, within(5e-5));
    double parts =
        d.get("intercept_part").asDouble()
            + d.get("explained").asDouble()
            + d.get("residual").asDouble();
    assertThat(parts).isCloseTo(d.get("actual").asDouble(), within(1e-12));
  }

  /**
   * Oracle: sectors_oracle.properties (pandas), IWM vs IVV with each universe's own sector returns
   * from holdings-weighted panel returns, 2024-11-05..2024-12-31: allocation -0.027720094840607525,
   * selection 0.18823382682984544, interaction -0.06866660627353122.
   */
  @Test
  void sectors_withPanel_measuresSelectionAndInteraction() throws Exception {
    CliRunner.Run r =
        cli.run(
            "sectors",
            "--from",
            "2024-11-05",
            "--to",
            "2024-12-31",
            "--small-holdings",
            "IWM_holdings",
            "--large-holdings",
            "IVV_holdings",
            "--panel",
            "adj_close_wide_2019-2026",
            "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(r.out()).get("attribution");
    assertThat(a.get("allocation").asDouble()).isCloseTo(-0.027720094840607525, within(1e-9));
    assertThat(a.get("selection").asDouble()).isCloseTo(0.18823382682984544, within(1e-9));
    assertThat(a.get("interaction").asDouble()).isCloseTo(-0.06866660627353122, within(1e-9));
  }
}
