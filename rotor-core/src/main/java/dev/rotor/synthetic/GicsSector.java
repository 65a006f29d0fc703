package dev.rotor.synthetic;

/**
 * The eleven GICS sectors (as revised in 2018), used to label synthetic sector indices and stocks.
 * Series ids use {@link #name()}; display text uses {@link #label()}.
 */
public enum GicsSector {
  ENERGY("Energy"),
  MATERIALS("Materials"),
  INDUSTRIALS("Industrials"),
  CONSUMER_DISCRETIONARY("Consumer Discretionary"),
  CONSUMER_STAPLES("Consumer Staples"),
  HEALTH_CARE("Health Care"),
  FINANCIALS("Financials"),
  INFORMATION_TECHNOLOGY("Information Technology"),
  COMMUNICATION_SERVICES("Communication Services"),
  UTILITIES("Utilities"),
  REAL_ESTATE("Real Estate");

  private final String label;

  GicsSector(String label) {
    this.label = label;
  }

  /** The GICS sector name as published ({@code "Information Technology"}). */
  public String label() {
    return label;
  }
}
