package dev.rotor.cli;

import dev.rotor.returns.PriceBasis;
import dev.rotor.service.RelativeLine;
import dev.rotor.service.RotorService;
import picocli.CommandLine.Option;

/** The options that choose a small-vs-large relative line (shared by episodes and analogs). */
final class RelativeOptions {

  @Option(
      names = "--small",
      paramLabel = "ID",
      description = "Small-cap series: levels (RUT, IWM) or returns (French Lo_10).")
  String small;

  @Option(
      names = "--large",
      paramLabel = "ID",
      description = "Large-cap series, of the same kind and frequency.")
  String large;

  @Option(
      names = "--spread",
      paramLabel = "ID",
      description =
          "Instead of --small/--large: one spread return series (e.g. F-F_Research_Data_Factors.SMB).")
  String spread;

  @Option(
      names = "--basis",
      description =
          "price (close) or total (adjusted close) for level series; default ${DEFAULT-VALUE}.")
  PriceBasis basis = PriceBasis.PRICE;

  RelativeLine resolve(RotorService service) {
    try {
      return service.relativeLine(small, large, spread, basis);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
