/**
 * The {@code rotor} command line (picocli). {@link dev.rotor.cli.Main} is the entry point and maps
 * exceptions to exit codes (0 ok, 1 data or runtime error, 2 usage error); {@code RotorCommand}
 * holds the global options and lists the subcommands, each a small {@code Callable<Integer>} that
 * calls {@link dev.rotor.service.RotorService} and renders text or JSON (snake_case, documented in
 * {@code docs/cli.md}).
 */
package dev.rotor.cli;
