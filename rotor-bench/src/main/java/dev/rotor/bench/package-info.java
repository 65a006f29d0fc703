/**
 * JMH benchmarks of the core kernels, each with a Python peer in {@code src/main/python} run in the
 * same session by a driver script: {@link dev.rotor.bench.RollingBenchmark} (rolling mean, standard
 * deviation, beta, correlation and EWMA volatility over 10 million points, data from {@link
 * dev.rotor.bench.BenchData}, which the pandas peer reproduces bit for bit), {@link
 * dev.rotor.bench.RegimeBenchmark} (two-state Markov-switching fit on two real series shared with
 * the statsmodels peer through files, see {@link dev.rotor.bench.RegimeData}) and {@link
 * dev.rotor.bench.RiskBenchmark} (the full risk report on 100 years of daily data from {@link
 * dev.rotor.bench.RiskData}, reproduced bit for bit by the numpy/pandas peer). Not part of the test
 * phase: run the shaded {@code target/benchmarks.jar}.
 */
package dev.rotor.bench;
