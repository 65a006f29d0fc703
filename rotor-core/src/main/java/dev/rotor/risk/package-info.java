/**
 * Risk statistics of a returns or levels series: total and annualised return, volatility
 * (close-to-close, EWMA, Parkinson, Garman-Klass, Yang-Zhang), downside deviation, Sharpe, Sortino,
 * Calmar and Omega ratios against a constant or time-varying risk-free rate, drawdowns (maximum,
 * current, episode table), VaR and CVaR (historical, Gaussian, Cornish-Fisher), skewness, excess
 * kurtosis, beta, correlation (also rolling), up and down capture and the tail ratio.
 *
 * <p>Entry point: {@link dev.rotor.risk.RiskReport#compute} (returns) or {@link
 * dev.rotor.risk.RiskReport#computeFromLevels} (prices) gives a {@link
 * dev.rotor.risk.RiskStatistics}, whose {@code figures()} lists every scalar under a stable name;
 * {@link dev.rotor.risk.RiskReport#rollingCorrelation} gives a dated rolling correlation. The
 * risk-free rate is a {@link dev.rotor.risk.RiskFree}; drawdown episodes are {@link
 * dev.rotor.risk.DrawdownEpisode}s.
 *
 * <p>Kernels (static, pure, on primitive arrays, O(n)): {@link dev.rotor.risk.Moments}, {@link
 * dev.rotor.risk.Volatility}, {@link dev.rotor.risk.RangeVolatility}, {@link
 * dev.rotor.risk.Drawdowns}, {@link dev.rotor.risk.TailRisk}, {@link dev.rotor.risk.Ratios}, {@link
 * dev.rotor.risk.Capture}. Named conventions: {@link dev.rotor.risk.ShapeEstimator}, {@link
 * dev.rotor.risk.VarMethod}; all are stated in {@code docs/conventions-risk.md}.
 */
package dev.rotor.risk;
