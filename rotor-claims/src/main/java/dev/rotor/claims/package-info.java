/**
 * The claim checker: reads market commentary and tests each claim against the data. Entry point
 * {@link dev.rotor.claims.ClaimChecker}; parts: {@link dev.rotor.claims.Sentences} (Apache OpenNLP
 * sentence detection), {@link dev.rotor.claims.ArticleDates} (date candidates), {@link
 * dev.rotor.claims.PeriodParser} (period phrases), {@link dev.rotor.claims.EntityAliases} (alias
 * table), {@link dev.rotor.claims.Grammar} and {@link dev.rotor.claims.ClaimExtractor} (pattern
 * grammar), {@link dev.rotor.claims.ClaimEvaluator} over {@link dev.rotor.claims.MarketData} (with
 * {@code ValuationCheck} for valuation claims on the snapshots of each entity's {@link
 * dev.rotor.claims.ValuationUniverse}), and the result {@link dev.rotor.claims.CheckReport}. Rules
 * are in docs/claims.md.
 */
package dev.rotor.claims;
