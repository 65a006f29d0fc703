/**
 * Rotor's embedded synthetic market: seeded, deterministic, and generated from a documented model
 * with planted parameters, so that estimators (leadership episodes, regime probabilities, rate
 * betas, volatilities, correlations) can be tested against known truth.
 *
 * <p>Entry point: {@link dev.rotor.synthetic.SyntheticMarket#generate} with a {@link
 * dev.rotor.synthetic.SyntheticSpec} (seed, dates, calendar, stock count; {@link
 * dev.rotor.synthetic.SyntheticSpec#defaults()} is seed 42 over 2014-01-02..2025-12-31, weekdays,
 * 300 stocks). The result, {@link dev.rotor.synthetic.SyntheticData}, holds {@link
 * dev.rotor.synthetic.SyntheticSeries} (bars or values, all flagged synthetic, ids under {@code
 * synthetic/}), a stock-universe cross-section, the {@link dev.rotor.synthetic.PlantedParameters}
 * and each stock's {@link dev.rotor.synthetic.StockLoadings}.
 *
 * <p>The model, in short (full statement in {@link dev.rotor.synthetic.SyntheticMarket} and {@code
 * docs/synthetic-market.md}): the 10-year yield and the term spread are {@link
 * dev.rotor.synthetic.Vasicek} processes; market, size and growth factors are independent Gaussian
 * log returns whose drifts switch with planted recession months and {@link
 * dev.rotor.synthetic.LeadershipRegime}s (the size factor drifts up when {@link
 * dev.rotor.synthetic.Leadership#SMALL_LEADS}, down when {@link
 * dev.rotor.synthetic.Leadership#LARGE_LEADS}); every asset's daily log return is a linear
 * combination ({@link dev.rotor.synthetic.Loadings}) of the factors and the 10-year yield change
 * plus an idiosyncratic shock; recession months lower the market drift and scale every equity
 * shock; bars and volume follow {@link dev.rotor.synthetic.BarShape}; monthly macro series follow
 * {@link dev.rotor.synthetic.MacroParameters}.
 *
 * <p>No I/O: the market is built in memory (the default takes a fraction of a second).
 */
package dev.rotor.synthetic;
