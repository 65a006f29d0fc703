/**
 * Portfolio allocation kernels: {@link dev.rotor.allocation.AssetReturns} (simple returns of
 * several assets on common dates at one frequency, from levels or returns, with annualised moments,
 * a {@link dev.rotor.allocation.CorrelationMatrix} and rolling correlations), {@link
 * dev.rotor.allocation.Moments} (covariance, correlation and rolling-correlation kernels), {@link
 * dev.rotor.allocation.Backtest} (a weight vector held with {@link
 * dev.rotor.allocation.Rebalancing} none, monthly or quarterly and proportional costs, giving a
 * {@link dev.rotor.allocation.BacktestResult}), {@link dev.rotor.allocation.LongOnly} (long-only
 * minimum variance, maximum Sharpe, equal risk contribution, risk budgets and {@link
 * dev.rotor.allocation.FrontierPoint efficient-frontier points}), {@link
 * dev.rotor.allocation.RiskContributions} (volatility, risk contributions, diversification ratio)
 * and the entry point {@link dev.rotor.allocation.Allocations} giving an {@link
 * dev.rotor.allocation.Allocation} per {@link dev.rotor.allocation.AllocationMethod}. Quadratic
 * programs are solved by Hipparchus' ADMM solver. Conventions: {@code
 * docs/conventions-allocation.md}.
 */
package dev.rotor.allocation;
