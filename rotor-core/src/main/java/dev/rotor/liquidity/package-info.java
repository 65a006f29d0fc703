/**
 * Liquidity analytics: {@link dev.rotor.liquidity.Liquidity} computes a {@link
 * dev.rotor.liquidity.LiquidityProfile} per series (Amihud illiquidity, average daily dollar and
 * share volume, turnover, daily volatility, days to liquidate a {@link
 * dev.rotor.liquidity.Position}, square-root-law impact, the Corwin-Schultz high-low spread and the
 * Roll spread, each a {@link dev.rotor.liquidity.Measurement} named by {@link
 * dev.rotor.liquidity.LiquidityMeasure}) under a {@link dev.rotor.liquidity.LiquiditySpec}; a
 * {@link dev.rotor.liquidity.LiquidityComparison} puts small and large side by side; {@link
 * dev.rotor.liquidity.Liquidity#bySize} gives a {@link dev.rotor.liquidity.SizeBucketTable} of
 * {@link dev.rotor.liquidity.BucketLiquidity} per {@link dev.rotor.liquidity.BucketRule}. Kernels
 * on primitive arrays: {@code DailyMeasures}, {@code WindowStats}, {@code ExecutionCost}, {@code
 * SizeBuckets}. Formulas and references: {@code docs/conventions-liquidity.md}.
 */
package dev.rotor.liquidity;
