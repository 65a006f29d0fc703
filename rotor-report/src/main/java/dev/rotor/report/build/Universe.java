package dev.rotor.report.build;

import java.util.List;
import java.util.Map;

/**
 * The series a report reads, chosen once: the user's ids, else the first present of each default
 * list (real data: the indices, then their ETFs), or the synthetic sample's ids.
 *
 * @param small small-cap levels id (as the user or default named it)
 * @param large large-cap levels id
 * @param tech technology levels id, or null when none is present
 * @param smallName display name of small
 * @param largeName display name of large
 * @param techName display name of tech
 * @param defaults the default candidate ids per role (first present wins)
 */
record Universe(
    String small,
    String large,
    String tech,
    String smallName,
    String largeName,
    String techName,
    Map<Role, List<String>> defaults) {

  /** A data role the report fills from the first present candidate. */
  enum Role {
    SMALL_ETF_BARS,
    LARGE_ETF_BARS,
    YIELD_2Y,
    YIELD_10Y,
    FED_FUNDS,
    SENTIMENT,
    RETAIL_SALES,
    RECESSION,
    SMALL_HOLDINGS,
    LARGE_HOLDINGS,
    FUNDAMENTALS,
    SMALL_ETFS,
    /** A stock panel's id prefix (member ids are prefix + ticker); a role of its own. */
    PANEL,
    /** A fundamentals snapshot covering small caps (screened in the investor section). */
    SMALL_FUNDAMENTALS,
    /** Monthly returns of the smallest size decile, for long holding-period odds. */
    SIZE_DECILE_SMALL,
    /** Monthly returns of the largest size decile, paired with {@link #SIZE_DECILE_SMALL}. */
    SIZE_DECILE_LARGE
  }

  static final List<String> REAL_SMALL = List.of("market-base/indices/RUT", "etf-seasonality/IWM");
  static final List<String> REAL_LARGE = List.of("market-base/indices/SPX", "etf-seasonality/SPY");
  static final List<String> REAL_TECH = List.of("market-base/indices/IXIC", "etf-seasonality/QQQ");

  static final Map<Role, List<String>> REAL_ROLES =
      Map.ofEntries(
          Map.entry(Role.SMALL_ETF_BARS, List.of("etf-seasonality/IWM")),
          Map.entry(Role.LARGE_ETF_BARS, List.of("etf-seasonality/SPY")),
          Map.entry(
              Role.YIELD_2Y, List.of("market-base/fred/rates.DGS2", "fred_macro-monitor/DGS2")),
          Map.entry(
              Role.YIELD_10Y, List.of("market-base/fred/rates.DGS10", "fred_macro-monitor/DGS10")),
          Map.entry(
              Role.FED_FUNDS,
              List.of("market-base/fred/rates.FEDFUNDS", "fred_macro-monitor/FEDFUNDS")),
          Map.entry(
              Role.SENTIMENT,
              List.of("market-base/fred/sentiment.UMCSENT", "fred_macro-monitor/UMCSENT")),
          Map.entry(Role.RETAIL_SALES, List.of("fred_macro-monitor/RSXFS")),
          Map.entry(Role.RECESSION, List.of("fred_macro-monitor/USREC")),
          Map.entry(Role.SMALL_HOLDINGS, List.of("ishares_holdings/IWM_holdings")),
          Map.entry(Role.LARGE_HOLDINGS, List.of("ishares_holdings/IVV_holdings")),
          Map.entry(Role.FUNDAMENTALS, List.of("us-stock-monitor/fundamentals_sp500_2026-06-29")),
          Map.entry(
              Role.SMALL_ETFS,
              List.of(
                  "factor_attribution/etf/IWM",
                  "factor_attribution/etf/IJR",
                  "factor_attribution/etf/VB")),
          Map.entry(
              Role.PANEL, List.of("factor_attribution/stock_panel/adj_close_wide_2019-2026.")),
          Map.entry(Role.SMALL_FUNDAMENTALS, List.of("finviz_snapshot/finviz_2023-08")),
          Map.entry(
              Role.SIZE_DECILE_SMALL,
              List.of("ken_french/Portfolios_Formed_on_ME.vw_monthly.Lo_10")),
          Map.entry(
              Role.SIZE_DECILE_LARGE,
              List.of("ken_french/Portfolios_Formed_on_ME.vw_monthly.Hi_10")));

  static final String SYN = "synthetic/";

  static final Map<Role, List<String>> SYNTHETIC_ROLES =
      Map.ofEntries(
          Map.entry(Role.SMALL_ETF_BARS, List.of(SYN + "indices/SMALL")),
          Map.entry(Role.LARGE_ETF_BARS, List.of(SYN + "indices/LARGE")),
          Map.entry(Role.YIELD_2Y, List.of(SYN + "macro/YIELD_2Y")),
          Map.entry(Role.YIELD_10Y, List.of(SYN + "macro/YIELD_10Y")),
          Map.entry(Role.FED_FUNDS, List.of(SYN + "macro/FED_FUNDS")),
          Map.entry(Role.SENTIMENT, List.of(SYN + "macro/SENTIMENT")),
          Map.entry(Role.RETAIL_SALES, List.of(SYN + "macro/RETAIL_SALES")),
          Map.entry(Role.RECESSION, List.of(SYN + "macro/RECESSION")),
          Map.entry(Role.SMALL_HOLDINGS, List.of(SYN + "snapshots/stocks")),
          Map.entry(Role.LARGE_HOLDINGS, List.of(SYN + "snapshots/stocks")),
          Map.entry(Role.FUNDAMENTALS, List.of(SYN + "snapshots/stocks")),
          Map.entry(Role.SMALL_ETFS, List.of(SYN + "indices/SMALL")),
          Map.entry(Role.PANEL, List.of(SYN + "stocks/")),
          Map.entry(Role.SMALL_FUNDAMENTALS, List.of(SYN + "snapshots/stocks")));

  /** Real sector ETFs (SPDR), in display order, with their sector names. */
  static final Map<String, String> REAL_SECTORS = orderedSectors("factor_attribution/etf/", "XL");

  private static Map<String, String> orderedSectors(String prefix, String p) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    m.put(prefix + p + "F", "Financials");
    m.put(prefix + p + "I", "Industrials");
    m.put(prefix + p + "B", "Materials");
    m.put(prefix + p + "K", "Information technology");
    m.put(prefix + p + "C", "Communication services");
    m.put(prefix + p + "Y", "Consumer discretionary");
    m.put(prefix + p + "P", "Consumer staples");
    m.put(prefix + p + "V", "Health care");
    m.put(prefix + p + "E", "Energy");
    m.put(prefix + p + "U", "Utilities");
    m.put(prefix + p + "RE", "Real estate");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Synthetic sector series and names. */
  static final Map<String, String> SYNTHETIC_SECTORS = syntheticSectors();

  private static Map<String, String> syntheticSectors() {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    for (String s :
        List.of(
            "FINANCIALS",
            "INDUSTRIALS",
            "MATERIALS",
            "INFORMATION_TECHNOLOGY",
            "COMMUNICATION_SERVICES",
            "CONSUMER_DISCRETIONARY",
            "CONSUMER_STAPLES",
            "HEALTH_CARE",
            "ENERGY",
            "UTILITIES",
            "REAL_ESTATE")) {
      String name =
          s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      m.put(SYN + "sectors/" + s, name);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The sector series for this data set. */
  Map<String, String> sectors(boolean synthetic) {
    return synthetic ? SYNTHETIC_SECTORS : REAL_SECTORS;
  }

  /**
   * Whether data answering {@code has} are the synthetic sample: none of the real small-cap
   * defaults is present and the synthetic small-cap index is.
   */
  static boolean syntheticOnly(java.util.function.Predicate<String> has) {
    return REAL_SMALL.stream().noneMatch(has) && has.test(SYN + "indices/SMALL");
  }

  /** Chooses the series: the request's ids, else the first present default. */
  static Universe choose(ReportData data, ReportRequest req) {
    boolean syn = data.synthetic();
    String small = pick(data, req.small(), syn ? List.of(SYN + "indices/SMALL") : REAL_SMALL);
    String large = pick(data, req.large(), syn ? List.of(SYN + "indices/LARGE") : REAL_LARGE);
    String tech = pick(data, req.tech(), syn ? List.of(SYN + "indices/TECH") : REAL_TECH);
    if (small == null || large == null) {
      throw new IllegalArgumentException(
          "no small-cap or large-cap series: import data (rotor import ../shared/data) or name"
              + " them with --small and --large");
    }
    return new Universe(
        small,
        large,
        tech,
        name(data, small, syn, "small caps"),
        name(data, large, syn, "large caps"),
        tech == null ? null : name(data, tech, syn, "technology"),
        syn ? SYNTHETIC_ROLES : REAL_ROLES);
  }

  /** The first present candidate for a role, or null. */
  String role(ReportData data, Role role) {
    for (String id : defaults.getOrDefault(role, List.of())) {
      if (role == Role.PANEL) {
        return id;
      }
      boolean present =
          role == Role.SMALL_HOLDINGS
                  || role == Role.LARGE_HOLDINGS
                  || role == Role.FUNDAMENTALS
                  || role == Role.SMALL_FUNDAMENTALS
              ? data.snapshot(id).isPresent()
              : data.has(id);
      if (present) {
        return id;
      }
    }
    return null;
  }

  private static String pick(ReportData data, String asked, List<String> defaults) {
    if (asked != null) {
      return data.series(asked)
          .map(ReportData.Loaded::id)
          .orElseThrow(() -> new IllegalArgumentException("no series " + asked + " in the store"));
    }
    for (String id : defaults) {
      if (data.has(id)) {
        return id;
      }
    }
    return null;
  }

  private static final Map<String, String> KNOWN_NAMES =
      Map.of(
          "market-base/indices/RUT", "Russell 2000",
          "market-base/indices/SPX", "S&P 500",
          "market-base/indices/IXIC", "Nasdaq Composite",
          "etf-seasonality/IWM", "IWM (Russell 2000 ETF)",
          "etf-seasonality/SPY", "SPY (S&P 500 ETF)",
          "etf-seasonality/QQQ", "QQQ (Nasdaq-100 ETF)");

  private static String name(ReportData data, String id, boolean syn, String role) {
    if (syn && id.startsWith(SYN)) {
      return "Synthetic " + role;
    }
    String known = KNOWN_NAMES.get(id);
    return known != null ? known : id;
  }
}
