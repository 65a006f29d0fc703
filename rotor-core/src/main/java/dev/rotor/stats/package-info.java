/**
 * Statistics kernels on primitive arrays: {@link dev.rotor.stats.RollingMoments} (rolling mean,
 * variance, standard deviation), {@link dev.rotor.stats.RollingComoments} (rolling covariance,
 * beta, correlation), {@link dev.rotor.stats.Ewma} (exponentially weighted mean and standard
 * deviation in the pandas {@code ewm(span, adjust=False)} convention) and {@link
 * dev.rotor.stats.PairedSums} (means and centred cross-sums of a paired sample: the kernel of
 * Pearson's correlation and of the least-squares slope). All are static, pure and O(n); rolling
 * outputs are as long as the input with NaN where the window is not yet full, and the rolling
 * kernels reject NaN inputs.
 */
package dev.rotor.stats;
