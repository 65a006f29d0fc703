package dev.rotor.report.build;

import dev.rotor.report.Rule;
import dev.rotor.valuation.RelativeValue;

/**
 * Every rule that turns facts into an interpretation, with the thresholds behind its adjectives.
 * The statements are printed in the report's appendix and in docs/report.md.
 */
enum ReportRule {
  SPREAD_SIZE(
      "Size of a lead: the return difference over the window is 'marginal' below 1 percentage"
          + " point, 'clear' from 1 to 5 points, and 'substantial' at 5 points or more."),
  UNUSUAL(
      "How unusual a spread is: its percentile among every past window of the same length."
          + " At or above the 95th (or at or below the 5th) percentile it is 'unusual'; at or"
          + " above the 99th (or at or below the 1st) 'exceptional'; otherwise 'within the usual"
          + " range'."),
  EPISODE_AGE(
      "Age of the current leadership episode: 'young' when it has lasted less than half the"
          + " median length of past completed episodes, 'mature' beyond the median, otherwise"
          + " 'mid-life'."),
  CONCENTRATION(
      "Concentration: the Magnificent Seven 'dominated' the large-cap return when they"
          + " contributed 50% or more of it; 'contributed heavily' from 25% to 50%."),
  SIGNIFICANT(
      "Significance: an estimate is 'significant' when its 95% interval excludes zero;"
          + " otherwise the data 'cannot distinguish it from zero'."),
  EXPLAINED_SHARE(
      "Share explained: a driver explains 'most' of the relative move at 50% or more of it,"
          + " 'part' from 20% to 50%, and 'little' below 20% (in absolute value); a driver whose"
          + " interval includes zero is reported as not distinguishable from zero whatever its"
          + " share. When the relative move itself is smaller than 0.5 percentage points in"
          + " absolute value no shares are given: dividing by so small a move is meaningless."),
  REGIME(
      "Regime: the two-state model 'places' the latest period in a regime when its filtered"
          + " probability is 80% or more; between 20% and 80% the model is 'undecided'."),
  ANALOG_ODDS(
      "Analogs: with fewer than 10 analogs the evidence is 'too thin'; otherwise small caps"
          + " 'usually' kept leading when the hit rate was 60% or more, 'usually stopped' at 40%"
          + " or less, and it was 'a coin toss' in between."),
  VOLATILITY(
      "Volatility: one index is 'more volatile' when its annualised volatility is at least 10%"
          + " higher (ratio >= 1.10), 'less volatile' at ratio <= 1/1.10, otherwise 'similar'."),
  DRAWDOWN(
      "Drawdowns: a maximum drawdown is 'deeper' when it is at least 5 percentage points"
          + " larger, otherwise 'similar'."),
  LIQUIDITY(
      "Liquidity: an ETF is 'less liquid' when its Amihud illiquidity (absolute return per"
          + " dollar traded) is at least twice the other's."),
  VALUATION(
      "Valuation: small caps are 'cheaper' when their P/E is at most 0.9 times the large caps',"
          + " 'dearer' at 1.1 times or more, otherwise 'similarly valued'. When the snapshot has"
          + " lost its minus signs and reading its loss makers as losses gives another word, the"
          + " data 'cannot say'."),
  DIVERSIFICATION(
      "Diversification: weekly return correlation of 0.9 or more means the two 'move largely"
          + " together', 0.7 to 0.9 'partly together', below 0.7 'substantially differently'."),
  HOLDING_ODDS(
      "Holding-period odds: small caps beat large caps 'usually' when they did in 60% or more"
          + " of past windows of that length, 'usually not' at 40% or less, otherwise 'about as"
          + " often as not'."),
  SECTOR_MOVE(
      "Sector moves: a sector return is 'significant' when it is at least 1.96 times its own"
          + " volatility scaled to the window (|z| >= 1.96)."),
  VOLUME_SHARE(
      "Trading interest (a proxy, not a flow): the small-cap ETF's share of the combined"
          + " small-plus-large ETF dollar volume is 'elevated' when its z-score against the"
          + " previous 63 trading days is 2 or more, 'depressed' at -2 or less, otherwise"
          + " 'normal'."),
  HEADLINE_WINDOW(
      "Headline window: the year to date once it spans 20 trading days or more, otherwise the"
          + " last three months (early in a year a few days of returns would make the headline),"
          + " or the last month when the data do not reach three months back.");

  /** Below this absolute relative move (decimal fraction) no explained shares are given. */
  static final double MIN_MOVE_FOR_SHARES = 0.005;

  private final String statement;

  ReportRule(String statement) {
    this.statement = statement;
  }

  /** The rule as a model record. */
  Rule rule() {
    return new Rule(name(), statement);
  }

  /** The lead-size word for a spread (decimal fraction). */
  static String spreadWord(double spread) {
    double a = Math.abs(spread);
    return a >= 0.05 ? "substantial" : a >= 0.01 ? "clear" : "marginal";
  }

  /** The unusualness phrase for a percentile in (0, 1], or null when NaN. */
  static String unusualWord(double percentile) {
    if (Double.isNaN(percentile)) {
      return null;
    }
    if (percentile >= 0.99 || percentile <= 0.01) {
      return "exceptional";
    }
    if (percentile >= 0.95 || percentile <= 0.05) {
      return "unusual";
    }
    return "within the usual range";
  }

  /** The share word for a share of a move (decimal fraction). */
  static String shareWord(double share) {
    double a = Math.abs(share);
    return a >= 0.5 ? "most" : a >= 0.2 ? "part" : "little";
  }

  /** The trading-interest word for a z-score of the small-cap volume share. */
  static String volumeShareWord(double z) {
    return z >= 2 ? "elevated" : z <= -2 ? "depressed" : "normal";
  }

  /** The odds word (hit rate as decimal fraction). */
  static String oddsWord(double p) {
    return p >= 0.6 ? "usually" : p <= 0.4 ? "usually not" : "about as often as not";
  }

  /** The volatility comparison word for a ratio a/b. */
  static String volWord(double ratio) {
    return ratio >= 1.10 ? "more volatile" : ratio <= 1 / 1.10 ? "less volatile" : "similar";
  }

  /** The VALUATION words for a finite P/E ratio small / large ({@link RelativeValue}). */
  static String valuationWord(double ratio) {
    return switch (RelativeValue.of(ratio)) {
      case CHEAPER -> "cheaper than";
      case DEARER -> "dearer than";
      case SIMILAR -> "similarly valued to";
    };
  }

  /** The CONCENTRATION words for a basket's share of the index return. */
  static String concentrationWord(double share) {
    return share >= 0.5
        ? "dominated"
        : share >= 0.25 ? "contributed heavily to" : "did not dominate";
  }

  /** The REGIME words for the filtered probability of the higher-mean state. */
  static String regimeWord(double p) {
    return p >= 0.8
        ? "places the latest week in the higher-mean state"
        : p <= 0.2 ? "places the latest week in the lower-mean state" : "is undecided";
  }

  /** The EPISODE_AGE word for an episode of {@code periods} against the past median length. */
  static String episodeAgeWord(int periods, double median) {
    return periods < median / 2 ? "young" : periods > median ? "mature" : "mid-life";
  }

  /**
   * The DRAWDOWN side of a difference of maximum drawdowns {@code a - b} (both negative): -1 when
   * a's is deeper by 5 points or more, +1 when b's is, 0 when they are similar.
   */
  static int drawdownSide(double difference) {
    return difference <= -0.05 ? -1 : difference >= 0.05 ? 1 : 0;
  }

  /**
   * The LIQUIDITY side of an Amihud ratio a / b: +1 when a is less liquid (ratio 2 or more), -1
   * when b is (ratio 1/2 or less), 0 otherwise.
   */
  static int liquiditySide(double ratio) {
    return ratio >= 2 ? 1 : ratio <= 0.5 ? -1 : 0;
  }

  /** The correlation word. */
  static String correlationWord(double rho) {
    return rho >= 0.9
        ? "move largely together"
        : rho >= 0.7 ? "move partly together" : "move substantially differently";
  }
}
