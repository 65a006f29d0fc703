/**
 * The one orchestration service shared by the CLI (and, later, the server): {@link
 * dev.rotor.service.RotorService} opens the store and offers each user-level operation (import,
 * series and snapshots, data checks, the SYNTHETIC sample, levels on a price basis, relative
 * lines). {@link dev.rotor.service.StoreLocation} resolves {@code --store}, {@code ROTOR_STORE} and
 * the default {@code ~/.rotor/rotor.duckdb}.
 */
package dev.rotor.service;
