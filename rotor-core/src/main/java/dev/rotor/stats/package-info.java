/**
 * Statistics kernels on primitive arrays: {@link dev.rotor.stats.RollingMoments} (rolling mean,
 * variance, standard deviation), {@link dev.rotor.stats.RollingComoments} (rolling covariance,
 * beta, correlation) and {@link dev.rotor.stats.Ewma} (exponentially weighted mean and standard
 * deviation in the pandas {@code ewm(span, adjust=False)} convention). All are static, pure and
 * O(n); rolling outputs are as long as the input with NaN where the window is not yet full, and NaN
 * inputs are rejected.
 */
package dev.rotor.stats;
