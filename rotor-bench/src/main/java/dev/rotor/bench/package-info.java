/**
 * JMH benchmarks of the core kernels: {@link dev.rotor.bench.RollingBenchmark} (rolling mean,
 * standard deviation, beta, correlation and EWMA volatility over 10 million points) on data from
 * {@link dev.rotor.bench.BenchData}, which the pandas peer in {@code src/main/python} reproduces
 * bit for bit. Not part of the test phase: run the shaded {@code target/benchmarks.jar}.
 */
package dev.rotor.bench;
